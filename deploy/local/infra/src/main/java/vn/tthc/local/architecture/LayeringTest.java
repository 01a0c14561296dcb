package vn.tthc.local.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md checked on one service's main classes; a service's {@code ArchitectureTest}
 * extends it, naming its base package and domain sub-packages. The rules fail on planted violations
 * (ServiceArchitectureTest in this module).
 */
public abstract class LayeringTest {

    private final ServiceArchitecture architecture;
    private final JavaClasses classes;

    protected LayeringTest(String basePackage, String... domainSubPackages) {
        this.architecture = new ServiceArchitecture(basePackage, domainSubPackages);
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    @Test
    void resourcesUseNoRepositoryAndNoTransaction() {
        architecture.resourcesUseNoRepository().check(classes);
    }

    @Test
    void domainClassesKnowNeitherResourcesNorServicesNorQuarkus() {
        architecture.domainIsPlain().check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        architecture.noPackageCycles().check(classes);
    }
}
