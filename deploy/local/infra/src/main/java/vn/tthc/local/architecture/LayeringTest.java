package vn.tthc.local.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layering of ARCHITECTURE.md checked on one service's main classes; a service's {@code ArchitectureTest}
 * extends it, naming its base package and domain sub-packages. The rules fail on planted violations
 * (ServiceArchitectureTest in this module).
 * One instance per class, so the service's classes are imported once for all the rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LayeringTest {

    private final ServiceArchitecture architecture;
    private final JavaClasses classes;
    private final String basePackage;
    private final String[] domainSubPackages;

    protected LayeringTest(String basePackage, String... domainSubPackages) {
        this.basePackage = basePackage;
        this.domainSubPackages = domainSubPackages.clone();
        this.architecture = new ServiceArchitecture(basePackage, domainSubPackages);
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    @Test
    void resourcesUseNoRepositoryAndNoTransaction() {
        assertHolds(architecture.resourcesUseNoRepository());
    }

    @Test
    void domainClassesKnowNeitherResourcesNorServicesNorQuarkus() {
        assertHolds(architecture.domainIsPlain());
    }

    @Test
    void packagesHaveNoCycles() {
        assertHolds(architecture.noPackageCycles());
    }

    /**
     * Each domain sub-package the service names still holds classes, so that a package renamed or emptied does not
     * silently drop out of the domain rule.
     */
    @Test
    void theNamedDomainPackagesHoldClasses() {
        for (String subPackage : domainSubPackages) {
            String name = basePackage + "." + subPackage;
            assertTrue(classes.stream().anyMatch(type -> type.getPackageName().startsWith(name)),
                    "no class in the domain package " + name);
        }
    }

    private void assertHolds(ArchRule rule) {
        EvaluationResult result = rule.evaluate(classes);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }
}
