package vn.tthc.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.service.DemoData;

import java.util.List;

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

    @Test
    void aHandfulOfItemsInDifferentStates() {
        clock.reset();
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
}
