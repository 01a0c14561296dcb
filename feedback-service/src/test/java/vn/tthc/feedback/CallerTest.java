package vn.tthc.feedback;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tthc.feedback.ItemAction.APPROVE;
import static vn.tthc.feedback.ItemAction.CLASSIFY;
import static vn.tthc.feedback.ItemAction.HANDLE;
import static vn.tthc.feedback.ItemAction.READ;
import static vn.tthc.feedback.ItemAction.SEND;

/** The access rules of SECURITY.md ("### feedback-service"), without HTTP. */
class CallerTest {

    // Paths from the root: the province, a department, its office and a division; another department's division.
    private static final List<String> OFFICE = List.of("UBND-ST", "SKHCN", "SKHCN-VP");
    private static final List<String> DIVISION = List.of("UBND-ST", "SKHCN", "SKHCN-QLKH");
    private static final List<String> INSPECTORATE = List.of("UBND-ST", "SKHCN", "SKHCN-TTRA");
    private static final List<String> OTHER_OFFICE = List.of("UBND-ST", "STP", "STP-VP");
    private static final List<String> NONE = List.of();

    private static Caller caller(String unit, String... roles) {
        return new Caller("sub-" + unit, "name", unit, Set.of(roles));
    }

    @Test
    void aUnitOfficerSeesAndHandlesOnlyTheirOwnUnitsItems() {
        Caller officer = caller("SKHCN-QLKH", Caller.UNIT_OFFICER);
        assertThat(officer.may(READ, OFFICE, DIVISION)).isTrue();
        assertThat(officer.may(HANDLE, OFFICE, DIVISION)).isTrue();
        // Another division's item, and the office's items not assigned to them.
        assertThat(officer.may(READ, OFFICE, INSPECTORATE)).isFalse();
        assertThat(officer.may(HANDLE, OFFICE, INSPECTORATE)).isFalse();
        assertThat(officer.may(READ, OFFICE, NONE)).isFalse();
        // Items received at their own desk (entered by them) are theirs too.
        assertThat(officer.may(READ, DIVISION, NONE)).isTrue();
        // Never: classification, approval, sending.
        assertThat(officer.may(CLASSIFY, DIVISION, DIVISION)).isFalse();
        assertThat(officer.may(APPROVE, OFFICE, DIVISION)).isFalse();
        assertThat(officer.may(SEND, OFFICE, DIVISION)).isFalse();
    }

    @Test
    void anOfficerOfTheDepartmentIsNotAnOfficerOfItsDivisions() {
        Caller officer = caller("SKHCN", Caller.UNIT_OFFICER);
        assertThat(officer.may(READ, OFFICE, DIVISION)).isFalse();
        assertThat(officer.may(HANDLE, OFFICE, DIVISION)).isFalse();
        assertThat(officer.sees(DIVISION)).isFalse();
        assertThat(officer.sees(List.of("UBND-ST", "SKHCN"))).isTrue();
    }

    @Test
    void theDepartmentOfficesPlannerHasTheWholeWorkflowOfWhatTheDepartmentReceived() {
        Caller planner = caller("SKHCN", Caller.PLANNER);
        assertThat(planner.may(READ, OFFICE, NONE)).isTrue();
        assertThat(planner.may(CLASSIFY, OFFICE, NONE)).isTrue();
        assertThat(planner.may(READ, OFFICE, DIVISION)).isTrue();
        assertThat(planner.may(HANDLE, OFFICE, DIVISION)).isTrue();
        assertThat(planner.may(SEND, OFFICE, DIVISION)).isTrue();
        assertThat(planner.may(APPROVE, OFFICE, DIVISION)).as("approval is a leader's").isFalse();
        // Nothing of another department.
        assertThat(planner.may(READ, OTHER_OFFICE, NONE)).isFalse();
        assertThat(planner.may(CLASSIFY, OTHER_OFFICE, NONE)).isFalse();
        // Nothing to start before the item is assigned.
        assertThat(planner.may(HANDLE, OFFICE, NONE)).isFalse();
    }

    @Test
    void leadersApproveForTheHandlingUnitOrAUnitAboveIt() {
        assertThat(caller("SKHCN", Caller.LEADER).may(APPROVE, OFFICE, DIVISION)).isTrue();
        assertThat(caller("SKHCN-QLKH", Caller.LEADER).may(APPROVE, OFFICE, DIVISION)).isTrue();
        assertThat(caller("UBND-ST", Caller.LEADER).may(APPROVE, OFFICE, DIVISION)).isTrue();
        // The office's leader is beside the division, not above it; another department's leader is elsewhere.
        assertThat(caller("SKHCN-VP", Caller.LEADER).may(APPROVE, OFFICE, DIVISION)).isFalse();
        assertThat(caller("STP", Caller.LEADER).may(APPROVE, OFFICE, DIVISION)).isFalse();
        // The division's leader sees the item but sends nothing: sending is the receiving side's.
        assertThat(caller("SKHCN-QLKH", Caller.LEADER).may(READ, OFFICE, DIVISION)).isTrue();
        assertThat(caller("SKHCN-QLKH", Caller.LEADER).may(SEND, OFFICE, DIVISION)).isFalse();
        assertThat(caller("SKHCN", Caller.LEADER).may(SEND, OFFICE, DIVISION)).isTrue();
        assertThat(caller("SKHCN", Caller.LEADER).may(HANDLE, OFFICE, DIVISION)).isFalse();
    }

    @Test
    void auditorsReadTheirSubtreeAndDoNothingElse() {
        Caller auditor = caller("SKHCN", Caller.AUDITOR);
        assertThat(auditor.may(READ, OFFICE, DIVISION)).isTrue();
        assertThat(auditor.may(READ, OTHER_OFFICE, NONE)).isFalse();
        for (ItemAction action : List.of(CLASSIFY, HANDLE, APPROVE, SEND)) {
            assertThat(auditor.may(action, OFFICE, DIVISION)).as(action.name()).isFalse();
        }
    }

    @Test
    void administratorsAreProvinceWideButDoNotDraftAnswers() {
        Caller admin = caller(null, Caller.ADMINISTRATOR);
        assertThat(admin.provinceWide()).isTrue();
        assertThat(admin.may(READ, OTHER_OFFICE, NONE)).isTrue();
        assertThat(admin.may(CLASSIFY, OTHER_OFFICE, NONE)).isTrue();
        assertThat(admin.may(APPROVE, OFFICE, DIVISION)).isTrue();
        assertThat(admin.may(SEND, OFFICE, DIVISION)).isTrue();
        assertThat(admin.may(HANDLE, OFFICE, DIVISION)).as("an answer is drafted by the handling unit").isFalse();
        assertThat(admin.mayEnterFor(OTHER_OFFICE)).isTrue();
    }

    @Test
    void integrationReadsProvinceWideAndNothingMore() {
        Caller integration = caller(null, Caller.INTEGRATION);
        assertThat(integration.provinceWide()).isTrue();
        assertThat(integration.may(READ, OTHER_OFFICE, NONE)).isTrue();
        for (ItemAction action : List.of(CLASSIFY, HANDLE, APPROVE, SEND)) {
            assertThat(integration.may(action, OFFICE, DIVISION)).as(action.name()).isFalse();
        }
        assertThat(integration.mayEnterFor(OFFICE)).isFalse();
    }

    @Test
    void thePortalSeesNothing() {
        Caller portal = caller(null, Caller.PORTAL);
        for (ItemAction action : ItemAction.values()) {
            assertThat(portal.may(action, OFFICE, DIVISION)).as(action.name()).isFalse();
        }
        assertThat(portal.sees(OFFICE)).isFalse();
        assertThat(portal.mayEnterFor(OFFICE)).isFalse();
    }

    @Test
    void aStaffMemberWithoutAUnitSeesNothing() {
        Caller planner = caller(null, Caller.PLANNER, Caller.LEADER, Caller.UNIT_OFFICER);
        for (ItemAction action : ItemAction.values()) {
            assertThat(planner.may(action, OFFICE, DIVISION)).as(action.name()).isFalse();
        }
        assertThat(planner.mayEnterFor(OFFICE)).isFalse();
    }

    @Test
    void staffEnterItemsForTheirUnitOrBelowIt() {
        assertThat(caller("SKHCN", Caller.PLANNER).mayEnterFor(OFFICE)).isTrue();
        assertThat(caller("SKHCN", Caller.PLANNER).mayEnterFor(OTHER_OFFICE)).isFalse();
        assertThat(caller("SKHCN-QLKH", Caller.UNIT_OFFICER).mayEnterFor(DIVISION)).isTrue();
        assertThat(caller("SKHCN-QLKH", Caller.UNIT_OFFICER).mayEnterFor(OFFICE)).isFalse();
        assertThat(caller("SKHCN", Caller.LEADER).mayEnterFor(OFFICE)).as("leaders do not enter items").isFalse();
    }

    @Test
    void severalRolesAllowWhatAnyOfThemAllows() {
        Caller both = caller("SKHCN-QLKH", Caller.UNIT_OFFICER, Caller.LEADER);
        assertThat(both.ownUnitOnly()).isFalse();
        assertThat(both.may(HANDLE, OFFICE, DIVISION)).isTrue();
        assertThat(both.may(APPROVE, OFFICE, DIVISION)).isTrue();
        assertThat(caller("SKHCN-QLKH", Caller.UNIT_OFFICER).ownUnitOnly()).isTrue();
    }

    @Test
    void theActorRecordedIsTheTokensSubjectNameAndUnit() {
        Actor actor = new Caller("3f9a-uuid", "nguyen.van.a", "SKHCN", Set.of(Caller.PLANNER)).actor();
        assertThat(actor).isEqualTo(new Actor("3f9a-uuid", "nguyen.van.a", "SKHCN"));
        assertThat(new Actor("x".repeat(300), null, null).id()).hasSize(Actor.MAX_LENGTH);
        assertThat(new Actor("id", null, null).name()).isEqualTo("id");
    }
}
