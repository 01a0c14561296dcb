package vn.tthc.reporting.events;

import org.junit.jupiter.api.Test;
import vn.tthc.local.EventSchema;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixtures reporting's tests use must be events plan-service could really publish. */
class PlanEventContractTest {

    private final EventSchema taskCompleted = EventSchema.forType("plan-service", TaskCompleted.TYPE);

    @Test
    void theTaskCompletedFixtureConformsToPlanServicesSchema() {
        String data = PlanEventFixtures.taskCompletedData(UUID.randomUUID().toString(), "SKHCN-VP", "2025-03-10", true);
        assertThat(taskCompleted.violations(data)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatReportingCouldNotUse() {
        assertThat(taskCompleted.violations("{\"taskId\":\"x\",\"leadUnitCode\":\"VP\",\"completedOn\":\"hôm qua\"}"))
                .isNotEmpty();
    }
}
