package vn.tthc.plan;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access rules of SECURITY.md on a small province: UBND (the province) above two departments, SKHCN with
 * its divisions SKHCN-VP and SKHCN-QLCN, and STP with STP-VP.
 */
class CallerTest {

    private static final List<String> PROVINCE = List.of("UBND");
    private static final List<String> SKHCN = List.of("UBND", "SKHCN");
    private static final List<String> SKHCN_VP = List.of("UBND", "SKHCN", "SKHCN-VP");
    private static final List<String> SKHCN_QLCN = List.of("UBND", "SKHCN", "SKHCN-QLCN");
    private static final List<String> STP = List.of("UBND", "STP");
    private static final List<String> STP_VP = List.of("UBND", "STP", "STP-VP");
    private static final List<String> NO_UNIT = List.of();

    private static Caller staff(String unit, String... roles) {
        return new Caller("sub-" + unit, "name-" + unit, unit, Set.of(roles));
    }

    @Test
    void administratorsSeeAndPlanForTheWholeProvinceIncludingPlansWithoutAnIssuingUnit() {
        Caller admin = staff(null, Caller.ADMINISTRATOR);
        assertThat(admin.provinceWide()).isTrue();
        assertThat(admin.sight()).isEqualTo(UnitScope.PROVINCE);
        assertThat(List.of(PROVINCE, SKHCN_VP, STP, NO_UNIT)).allMatch(admin::sees).allMatch(admin::editsPlan);
        assertThat(admin.recordsProgress(NO_UNIT, List.of())).isTrue();
        assertThat(admin.managesTask(STP)).isTrue();
    }

    @Test
    void integrationReadsTheWholeProvinceAndChangesNothing() {
        Caller integration = new Caller("service-account-lgsp", "service-account-lgsp", null, Set.of(Caller.INTEGRATION));
        assertThat(integration.provinceWide()).isTrue();
        assertThat(List.of(PROVINCE, SKHCN_VP, STP_VP, NO_UNIT)).allMatch(integration::sees);
        assertThat(integration.planning()).isEqualTo(UnitScope.NONE);
        assertThat(integration.editsPlan(SKHCN)).isFalse();
        assertThat(integration.recordsProgress(SKHCN, List.of(SKHCN_VP))).isFalse();
        assertThat(integration.handlesUpload(integration.actor(), NO_UNIT)).isFalse();
    }

    @Test
    void aDepartmentPlannerSeesAndPlansForTheDepartmentsSubtreeOnly() {
        Caller planner = staff("SKHCN", Caller.PLANNER);
        assertThat(planner.provinceWide()).isFalse();
        assertThat(planner.sight()).isEqualTo(UnitScope.subtree("SKHCN"));
        assertThat(List.of(SKHCN, SKHCN_VP, SKHCN_QLCN)).allMatch(planner::seesPlan).allMatch(planner::editsPlan);
        assertThat(List.of(PROVINCE, STP, STP_VP, NO_UNIT)).noneMatch(planner::seesPlan).noneMatch(planner::editsPlan);
    }

    @Test
    void leadersAndAuditorsSeeTheirSubtreeButPlanForNothing() {
        for (String role : List.of(Caller.LEADER, Caller.AUDITOR)) {
            Caller reader = staff("SKHCN", role);
            assertThat(reader.sees(SKHCN_VP)).as(role).isTrue();
            assertThat(reader.sees(STP)).as(role).isFalse();
            assertThat(reader.sees(PROVINCE)).as(role + " does not see above its unit").isFalse();
            assertThat(reader.editsPlan(SKHCN)).as(role).isFalse();
            assertThat(reader.recordsProgress(SKHCN, List.of(SKHCN_VP))).as(role).isFalse();
        }
    }

    @Test
    void aUnitOfficerSeesItsOwnUnitAloneAndTheTasksItLeadsOrCooperatesOn() {
        Caller officer = staff("SKHCN-VP", Caller.UNIT_OFFICER);
        assertThat(officer.sight()).isEqualTo(UnitScope.only("SKHCN-VP"));
        assertThat(officer.seesPlan(SKHCN_VP)).isTrue();
        assertThat(officer.seesPlan(SKHCN)).as("the department's plan").isFalse();
        assertThat(officer.seesTask(SKHCN, List.of(SKHCN_QLCN, SKHCN_VP))).as("cooperating on a department task").isTrue();
        assertThat(officer.seesTask(SKHCN, List.of(SKHCN_QLCN))).isFalse();
        assertThat(officer.seesTask(NO_UNIT, List.of())).isFalse();
    }

    @Test
    void aUnitOfficerRecordsProgressOnlyOnTasksItsUnitLeads() {
        Caller officer = staff("SKHCN-VP", Caller.UNIT_OFFICER);
        assertThat(officer.recordsProgress(SKHCN, List.of(SKHCN_VP))).isTrue();
        assertThat(officer.recordsProgress(SKHCN, List.of(SKHCN_QLCN, SKHCN_VP))).as("one of several lead units").isTrue();
        assertThat(officer.recordsProgress(SKHCN, List.of(SKHCN_QLCN))).as("another division's task").isFalse();
        assertThat(officer.recordsProgress(SKHCN_VP, List.of())).as("its unit's own plan, led by nobody").isFalse();
        assertThat(officer.managesTask(SKHCN_VP)).isFalse();
        assertThat(officer.editsPlan(SKHCN_VP)).isFalse();
    }

    @Test
    void aPlannerRecordsProgressOnItsPlansAndOnTasksLedBelowItAndManagesOnlyTasksOfItsPlans() {
        Caller planner = staff("SKHCN", Caller.PLANNER);
        assertThat(planner.recordsProgress(SKHCN, List.of(STP_VP))).as("its own plan, led by another department").isTrue();
        assertThat(planner.recordsProgress(PROVINCE, List.of(SKHCN_VP))).as("a province task its division leads").isTrue();
        assertThat(planner.recordsProgress(PROVINCE, List.of(STP))).isFalse();
        assertThat(planner.managesTask(SKHCN)).isTrue();
        assertThat(planner.managesTask(PROVINCE)).as("reassigning the province's tasks").isFalse();
    }

    @Test
    void staffWithoutAUnitSeeNothingAndOneRoleDoesNotNarrowAnother() {
        Caller unitless = staff(null, Caller.PLANNER, Caller.LEADER, Caller.UNIT_OFFICER);
        assertThat(unitless.sight()).isEqualTo(UnitScope.NONE);
        assertThat(List.of(PROVINCE, SKHCN, SKHCN_VP, NO_UNIT)).noneMatch(unitless::sees).noneMatch(unitless::editsPlan);

        Caller officerAndAuditor = staff("SKHCN", Caller.UNIT_OFFICER, Caller.AUDITOR);
        assertThat(officerAndAuditor.sight()).isEqualTo(UnitScope.subtree("SKHCN"));
        assertThat(officerAndAuditor.sees(SKHCN_QLCN)).isTrue();
        assertThat(officerAndAuditor.recordsProgress(SKHCN, List.of(SKHCN))).isTrue();
        assertThat(officerAndAuditor.recordsProgress(SKHCN, List.of(SKHCN_QLCN))).as("an officer acts for its own unit only").isFalse();
    }

    @Test
    void aUnitCodeTheRegistryDoesNotKnowIsAPathOfItself() {
        Caller planner = staff("SYT", Caller.PLANNER);
        assertThat(planner.seesPlan(List.of("SYT"))).isTrue();
        assertThat(planner.seesPlan(List.of("SYT-X"))).isFalse();
    }

    @Test
    void anUploadIsItsUploadersAndTheirUnitsPlanners() {
        Actor uploader = new Actor("sub-a", "a", "SKHCN-VP");
        assertThat(new Caller("sub-a", "a", "SKHCN-VP", Set.of(Caller.PLANNER)).handlesUpload(uploader, SKHCN_VP)).isTrue();
        assertThat(staff("SKHCN", Caller.PLANNER).handlesUpload(uploader, SKHCN_VP)).as("planner above").isTrue();
        assertThat(staff("SKHCN-QLCN", Caller.PLANNER).handlesUpload(uploader, SKHCN_VP)).as("sibling division").isFalse();
        assertThat(staff("STP", Caller.PLANNER).handlesUpload(uploader, SKHCN_VP)).isFalse();
        assertThat(staff("SKHCN", Caller.LEADER).handlesUpload(uploader, SKHCN_VP)).isFalse();
        assertThat(staff("SKHCN", Caller.PLANNER).handlesUpload(null, NO_UNIT)).as("an upload without uploader").isFalse();
        assertThat(staff(null, Caller.ADMINISTRATOR).handlesUpload(null, NO_UNIT)).isTrue();
        Actor unitless = new Actor("sub-admin", "admin", null);
        assertThat(staff("SKHCN", Caller.PLANNER).handlesUpload(unitless, NO_UNIT)).isFalse();
    }

    @Test
    void theActorRecordedIsTheTokensSubjectNameAndUnit() {
        assertThat(new Caller("5b3c", "nguyen.van.an", "SKHCN-VP", Set.of(Caller.UNIT_OFFICER)).actor())
                .isEqualTo(new Actor("5b3c", "nguyen.van.an", "SKHCN-VP"));
        Caller system = Caller.system("demo-data");
        assertThat(system.has(Caller.ADMINISTRATOR)).isTrue();
        assertThat(system.actor()).isEqualTo(new Actor("demo-data", "demo-data", null));
    }

    @Test
    void onlyTheProvinceScopeCoversNoUnit() {
        assertThat(UnitScope.PROVINCE.covers(NO_UNIT)).isTrue();
        assertThat(UnitScope.subtree("UBND").covers(NO_UNIT)).isFalse();
        assertThat(UnitScope.only("UBND").covers(NO_UNIT)).isFalse();
        assertThat(UnitScope.only("SKHCN").covers(SKHCN_VP)).isFalse();
        assertThat(UnitScope.subtree("SKHCN").covers(SKHCN_VP)).isTrue();
        assertThatThrownBy(() -> new UnitScope(UnitScope.Kind.SUBTREE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitScope(UnitScope.Kind.PROVINCE, "UBND")).isInstanceOf(IllegalArgumentException.class);
    }
}
