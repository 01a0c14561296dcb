package vn.tthc.console.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.tthc.console.api.FeedbackViews.Item;
import vn.tthc.console.security.ConsoleUser;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The next step of an item, offered to the roles that take it, and the body each step sends. */
class FeedbackStepsTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final ConsoleUser OFFICE = user("planner");
    private static final ConsoleUser OFFICER = user("unit-officer");
    private static final ConsoleUser LEADER = user("leader");

    private static ConsoleUser user(String role) {
        return new ConsoleUser("s", "u", "U", "ST-SKHCN", Set.of(role));
    }

    private static Item item(String status, boolean consent) throws Exception {
        return JSON.readValue("{\"status\":\"" + status + "\",\"publicationConsent\":" + consent + "}", Item.class);
    }

    @Test
    void eachStatusOffersItsStepToTheRolesThatTakeIt() throws Exception {
        assertThat(FeedbackSteps.actions(item("RECEIVED", true), OFFICE)).extracting(FeedbackSteps.Action::step).containsExactly("classification");
        assertThat(FeedbackSteps.actions(item("RECEIVED", true), OFFICER)).isEmpty();
        assertThat(FeedbackSteps.actions(item("ASSIGNED", true), OFFICER)).extracting(FeedbackSteps.Action::step).containsExactly("start");
        assertThat(FeedbackSteps.actions(item("IN_PROGRESS", true), OFFICER)).extracting(FeedbackSteps.Action::step).containsExactly("answer-draft");
        assertThat(FeedbackSteps.actions(item("ANSWER_DRAFTED", true), LEADER)).extracting(FeedbackSteps.Action::step)
                .containsExactly("answer-approval", "answer-return");
        assertThat(FeedbackSteps.actions(item("ANSWER_APPROVED", true), OFFICE)).extracting(FeedbackSteps.Action::step).containsExactly("answer-sending");
        assertThat(FeedbackSteps.actions(item("ANSWERED", true), OFFICE)).extracting(FeedbackSteps.Action::step).containsExactly("publication");
        assertThat(FeedbackSteps.actions(item("ANSWERED", false), OFFICE)).as("no consent, no publication").isEmpty();
        assertThat(FeedbackSteps.actions(item("PUBLISHED", true), OFFICE)).isEmpty();
    }

    @Test
    void theClassificationSendsOnlyWhatItsKindNeeds() {
        assertThat(FeedbackSteps.body("classification", Map.of("classification", "WITHIN_COMPETENCE", "handlingUnitCode", "ST-SKHCN-QLKH",
                "reason", "NO_NAME", "transferAgency", "", "note", " ")))
                .isEqualTo(Map.of("classification", "WITHIN_COMPETENCE", "handlingUnitCode", "ST-SKHCN-QLKH"));
        assertThat(FeedbackSteps.body("classification", Map.of("classification", "NOT_ACCEPTED", "handlingUnitCode", "ST-SKHCN-QLKH",
                "reason", "NO_NAME"))).isEqualTo(Map.of("classification", "NOT_ACCEPTED", "reason", "NO_NAME"));
        assertThat(FeedbackSteps.body("answer-draft", Map.of("answer", "Trả lời", "note", ""))).isEqualTo(Map.of("answer", "Trả lời"));
        assertThat(FeedbackSteps.body("answer-return", Map.of("note", "Thiếu căn cứ"))).isEqualTo(Map.of("note", "Thiếu căn cứ"));
    }

    @Test
    void staffIntakeNestsTheSender() {
        Map<String, Object> body = FeedbackSteps.intakeBody(Map.of("sender.name", "Trần Thị Bình", "sender.phone", "0913 222 333",
                "title", "Hỏi thủ tục", "content", "Nội dung", "channel", "PHONE", "publicationConsent", "true", "receivedOn", ""));
        assertThat(body).containsEntry("sender", Map.of("name", "Trần Thị Bình", "phone", "0913 222 333"))
                .containsEntry("publicationConsent", true).containsEntry("channel", "PHONE").doesNotContainKey("receivedOn");
    }
}
