package vn.tthc.local.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each layering rule fails on a planted violation and holds on a well-layered fixture. */
class ServiceArchitectureTest {

    private static final String PLANTED = "vn.tthc.local.architecture.planted";
    private static final String CLEAN = "vn.tthc.local.architecture.clean";

    private final JavaClasses planted = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(PLANTED);
    private final JavaClasses clean = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(CLEAN);

    @Test
    void aResourceUsingARepositoryOrATransactionIsCaught() {
        EvaluationResult result = new ServiceArchitecture(PLANTED).resourcesUseNoRepository().evaluate(planted);
        assertTrue(result.hasViolation());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("ThingRepository"), report);
        assertTrue(report.contains("jakarta.transaction.Transactional"), report);
    }

    @Test
    void aDomainClassUsingAServiceOrTheFrameworkIsCaught() {
        EvaluationResult result = new ServiceArchitecture(PLANTED).domainIsPlain().evaluate(planted);
        assertTrue(result.hasViolation());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("ThingService"), report);
        assertTrue(report.contains("jakarta.ws.rs.core.Response"), report);
    }

    @Test
    void aCycleBetweenPackagesIsCaught() {
        EvaluationResult result = new ServiceArchitecture(PLANTED).noPackageCycles().evaluate(planted);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains("Left"), result.getFailureReport().toString());
    }

    @Test
    void aWellLayeredServicePassesEveryRule() {
        for (var rule : new ServiceArchitecture(CLEAN).all()) {
            EvaluationResult result = rule.evaluate(clean);
            assertFalse(result.hasViolation(), result.getFailureReport().toString());
        }
    }
}
