package vn.tthc.reporting;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The access rules of SECURITY.md ("reporting-service") on unit paths, without Quarkus. */
class CallerTest {

    // Province P → department D → its office D-VP and division D-P1; another department E → division E-P1.
    private static final List<String> PROVINCE = List.of("P");
    private static final List<String> DEPARTMENT = List.of("P", "D");
    private static final List<String> OFFICE = List.of("P", "D", "D-VP");
    private static final List<String> DIVISION = List.of("P", "D", "D-P1");
    private static final List<String> OTHER_DIVISION = List.of("P", "E", "E-P1");

    private static Caller caller(String unit, String... roles) {
        return new Caller("sub-" + unit, "name-" + unit, unit, Set.of(roles));
    }

    @Test
    void administratorsAndIntegrationSeeTheWholeProvinceEvenWithoutAUnit() {
        Caller administrator = caller(null, Caller.ADMINISTRATOR);
        Caller integration = caller(null, Caller.INTEGRATION);
        assertThat(administrator.provinceWide()).isTrue();
        assertThat(integration.provinceWide()).isTrue();
        assertThat(integration.sees(OTHER_DIVISION)).isTrue();
        assertThat(administrator.sees(List.of("UNKNOWN"))).isTrue();
        assertThat(caller("D", Caller.PLANNER, Caller.LEADER, Caller.AUDITOR).provinceWide()).isFalse();
    }

    @Test
    void plannersLeadersAndAuditorsSeeTheirSubtreeOnly() {
        for (String role : List.of(Caller.PLANNER, Caller.LEADER, Caller.AUDITOR)) {
            Caller department = caller("D", role);
            assertThat(department.sees(DEPARTMENT)).as(role).isTrue();
            assertThat(department.sees(DIVISION)).as(role).isTrue();
            assertThat(department.sees(OFFICE)).as(role).isTrue();
            assertThat(department.sees(PROVINCE)).as(role + " above its unit").isFalse();
            assertThat(department.sees(OTHER_DIVISION)).as(role + " in another department").isFalse();
        }
    }

    @Test
    void unitOfficersSeeTheirOwnUnitAndNothingBelowOrBeside() {
        Caller officer = caller("D", Caller.UNIT_OFFICER);
        assertThat(officer.sees(DEPARTMENT)).isTrue();
        assertThat(officer.sees(DIVISION)).isFalse();
        assertThat(caller("D-P1", Caller.UNIT_OFFICER).sees(DIVISION)).isTrue();
        assertThat(caller("D-P1", Caller.UNIT_OFFICER).sees(OFFICE)).isFalse();
        assertThat(caller("D-P1", Caller.UNIT_OFFICER).sees(List.of())).isFalse();
    }

    @Test
    void staffWithoutAUnitAndThePortalSeeNothing() {
        assertThat(caller(null, Caller.PLANNER, Caller.LEADER, Caller.UNIT_OFFICER).sees(DIVISION)).isFalse();
        assertThat(caller("D", Caller.PORTAL).sees(DEPARTMENT)).isFalse();
        assertThat(caller("D", Caller.PORTAL).preparesFor(DEPARTMENT)).isFalse();
    }

    @Test
    void unitOfficersPrepareOnlyTheirOwnUnitsReportsAndPlannersThoseAtOrBelowTheirUnit() {
        assertThat(caller("D-P1", Caller.UNIT_OFFICER).preparesFor(DIVISION)).isTrue();
        assertThat(caller("D-P1", Caller.UNIT_OFFICER).preparesFor(OFFICE)).isFalse();
        assertThat(caller("D", Caller.UNIT_OFFICER).preparesFor(DIVISION)).as("an officer of the unit above").isFalse();

        assertThat(caller("D", Caller.PLANNER).preparesFor(DIVISION)).as("the department office consolidating").isTrue();
        assertThat(caller("D", Caller.PLANNER).preparesFor(DEPARTMENT)).as("the department's own report").isTrue();
        assertThat(caller("D", Caller.PLANNER).preparesFor(OTHER_DIVISION)).isFalse();
        assertThat(caller("D-P1", Caller.PLANNER).preparesFor(DEPARTMENT)).as("a planner below").isFalse();

        assertThat(caller("D", Caller.LEADER, Caller.AUDITOR).preparesFor(DIVISION)).as("leaders and auditors read").isFalse();
        assertThat(caller(null, Caller.INTEGRATION).preparesFor(DIVISION)).isFalse();
        assertThat(caller(null, Caller.ADMINISTRATOR).preparesFor(OTHER_DIVISION)).isTrue();
    }

    @Test
    void onlyLeadersStrictlyAboveTheSubmittingUnitAndAdministratorsDecide() {
        assertThat(caller("D", Caller.LEADER).decidesFor(DIVISION)).isTrue();
        assertThat(caller("P", Caller.LEADER).decidesFor(DIVISION)).isTrue();
        assertThat(caller("D-P1", Caller.LEADER).decidesFor(DIVISION)).as("a unit's own leader").isFalse();
        assertThat(caller("D", Caller.LEADER).decidesFor(DEPARTMENT)).as("the department's own report").isFalse();
        assertThat(caller("E", Caller.LEADER).decidesFor(DIVISION)).as("another department's leader").isFalse();
        assertThat(caller("D", Caller.PLANNER, Caller.UNIT_OFFICER, Caller.AUDITOR).decidesFor(DIVISION))
                .as("planners, officers and auditors").isFalse();
        assertThat(caller(null, Caller.LEADER).decidesFor(DIVISION)).isFalse();
        assertThat(caller(null, Caller.INTEGRATION).decidesFor(DIVISION)).isFalse();
        assertThat(caller(null, Caller.ADMINISTRATOR).decidesFor(DIVISION)).isTrue();
    }

    @Test
    void adHocReportsAreRequestedByPlannersAndLeadersWhoSeeTheReceivingUnit() {
        assertThat(caller("D", Caller.PLANNER).requestsReportsFor(OFFICE)).isTrue();
        assertThat(caller("D", Caller.LEADER).requestsReportsFor(OFFICE)).isTrue();
        assertThat(caller("E", Caller.PLANNER).requestsReportsFor(OFFICE)).isFalse();
        assertThat(caller("D-VP", Caller.UNIT_OFFICER, Caller.AUDITOR).requestsReportsFor(OFFICE)).isFalse();
        assertThat(caller(null, Caller.ADMINISTRATOR).requestsReportsFor(OFFICE)).isTrue();
        assertThat(caller(null, Caller.INTEGRATION).requestsReportsFor(OFFICE)).isFalse();
    }

    @Test
    void theRolesAreCopiedSoTheCallerCannotBeWidenedLater() {
        var roles = new java.util.HashSet<>(Set.of(Caller.UNIT_OFFICER));
        Caller officer = new Caller("s", "n", "D-P1", roles);
        roles.add(Caller.ADMINISTRATOR);
        assertThat(officer.provinceWide()).isFalse();
        assertThat(officer.sees(OTHER_DIVISION)).isFalse();
    }
}
