package vn.tthc.reporting.events;

import vn.tthc.reporting.inbound.TaskCompleted;
import vn.tthc.reporting.inbound.UnitSnapshot;

import org.junit.jupiter.api.Test;
import vn.tthc.local.EventSchema;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixtures reporting's tests use must be events plan-service could really publish. */
class PlanEventContractTest {

    private final EventSchema taskCompleted = EventSchema.forType("plan-service", TaskCompleted.TYPE);
    private final EventSchema unit = EventSchema.forType("plan-service", UnitSnapshot.TYPE);

    @Test
    void theTaskCompletedFixtureConformsToPlanServicesSchema() {
        String data = PlanEventFixtures.taskCompletedData(UUID.randomUUID().toString(), "SKHCN-VP", "2025-03-10", true);
        assertThat(taskCompleted.violations(data)).isEmpty();
        assertThat(taskCompleted.violations(PlanEventFixtures.taskCompleted("SKHCN-VP", "2025-03-10", false).value())).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatReportingCouldNotUse() {
        assertThat(taskCompleted.violations("{\"taskId\":\"x\",\"leadUnitCode\":\"VP\",\"completedOn\":\"hôm qua\"}"))
                .isNotEmpty();
    }

    @Test
    void unitSnapshotFixturesConformToPlanServicesSchema() {
        assertThat(unit.violations(PlanEventFixtures.unitData("SKHCN", "Sở Khoa học và Công nghệ", "DEPARTMENT", "UBND", 3)))
                .isEmpty();
        assertThat(unit.violations(PlanEventFixtures.unitData("UBND", "Ủy ban nhân dân tỉnh", "PROVINCIAL_COMMITTEE", null, 1)))
                .isEmpty();
        assertThat(unit.violations(PlanEventFixtures.unitData("X", "Đơn vị", "SECTION", null, 1)))
                .as("a kind plan-service does not publish").isNotEmpty();
        assertThat(unit.violations(PlanEventFixtures.unitData("SKHCN", "Sở Khoa học và Công nghệ", "DEPARTMENT", "UBND", 3,
                ",\"abbreviation\":\"SKHCN\",\"place\":\"Hà Giang\",\"headerName\":\"Sở Khoa học và Công nghệ\","
                        + "\"signingAuthority\":\"KT. Giám đốc\",\"signerTitle\":\"Phó Giám đốc\",\"signerName\":null")))
                .as("the letterhead fields").isEmpty();
        assertThat(unit.violations(PlanEventFixtures.unitData("SKHCN", "Sở", "DEPARTMENT", "UBND", 3,
                ",\"abbreviation\":\"" + "X".repeat(21) + "\""))).as("an abbreviation too long for a symbol").isNotEmpty();
    }
}
