package vn.tthc.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tthc.local.ProjectRoot;
import vn.tthc.feedback.service.DemoData;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The demo items (loaded by the run command's first start; off in tests, so loaded here by hand). */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aHandfulOfItemsInDifferentStates() {
        // The items are dated back from today in working days: a chosen day, not the wall clock's, in a year no other
        // test uses, so that they stay out of other tests' statistics and duplicate windows.
        clock.setDay(LocalDate.of(2029, 6, 18));
        List<FeedbackItem> loaded = QuarkusTransaction.requiringNew().call(() -> demo.load());
        assertThat(loaded).extracting(FeedbackItem::status).containsExactly(ItemStatus.PUBLISHED, ItemStatus.ANSWERED,
                ItemStatus.IN_PROGRESS, ItemStatus.TRANSFERRED, ItemStatus.NOT_ACCEPTED, ItemStatus.RECEIVED);
        assertThat(loaded.get(0).answeredOnTime()).isTrue();
        assertThat(loaded.get(1).answeredOnTime()).isFalse();
        assertThat(loaded.get(1).extensions()).isEqualTo(1);
        assertThat(loaded.get(4).notAcceptedReason()).isEqualTo(NotAcceptedReason.COMPLAINT_OR_DENUNCIATION);
        given().get("/public/answers/" + loaded.get(0).trackingCode()).then().statusCode(200)
                .body("senderName", equalTo("N***** V** H**"));
    }

    @Test
    void everyUnitOfTheDemoItemsIsInPlanServicesDemoTreeSoTheDemoOfficersSeeThem() throws Exception {
        clock.setDay(LocalDate.of(2029, 6, 18));
        List<FeedbackItem> loaded = QuarkusTransaction.requiringNew().call(() -> demo.load());
        Set<String> used = new TreeSet<>();
        for (FeedbackItem item : loaded) {
            used.add(item.receivingUnitCode());
            Stream.of(item.enteredByUnit(), item.handlingUnitCode(), item.transferUnitCode()).filter(Objects::nonNull).forEach(used::add);
            item.steps().stream().map(Step::unitCode).filter(Objects::nonNull).forEach(used::add);
            item.transitions().stream().map(Transition::actorUnit).filter(Objects::nonNull).forEach(used::add);
        }
        // plan-service owns the tree; its demo tree is what the run command loads and publishes to plan.units.
        Path tree = ProjectRoot.find().resolve("plan-service/src/main/resources/demo/units.json");
        Set<String> codes = new TreeSet<>();
        new ObjectMapper().readTree(tree.toFile()).forEach(unit -> codes.add(unit.get("code").asText()));

        assertThat(used).as("unit codes of the demo items").contains("ST-SKHCN", "ST-SKHCN-VP", "ST-SKHCN-QLKH");
        assertThat(codes).as("unit codes of plan-service's demo tree (%s)", tree).containsAll(used);
        // The demo items are received by the department's office: the demo division officer handles one of them.
        assertThat(loaded).extracting(FeedbackItem::receivingUnitCode).containsOnly("ST-SKHCN-VP");
        assertThat(loaded).extracting(FeedbackItem::handlingUnitCode).contains("ST-SKHCN-QLKH");
    }
}
