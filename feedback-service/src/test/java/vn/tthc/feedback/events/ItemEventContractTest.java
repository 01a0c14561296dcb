package vn.tthc.feedback.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.Api;
import vn.tthc.feedback.TestClock;
import vn.tthc.feedback.TestUnits;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What is actually published for items, checked against the schemas other services build on. */
@QuarkusTest
class ItemEventContractTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void setUp() {
        TestUnits.ensure();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type").orElseThrow();
    }

    @Test
    void everyItemEventConformsToItsSchemaAndCarriesNoPersonalData() {
        clock.setDay(LocalDate.of(2025, 7, 1));
        String answered = Api.portalPost(Api.submission("Sự kiện", "Nội dung để kiểm tra các sự kiện của phản ánh.")).statusCode(201)
                .extract().path("itemId");
        Api.assign(answered);
        Api.approveAnswer(answered, "Trả lời");
        clock.setDay(LocalDate.of(2025, 7, 10));
        Api.clerk().post("/items/" + answered + "/answer-sending").then().statusCode(200);
        Api.clerk().post("/items/" + answered + "/publication").then().statusCode(200);

        clock.setDay(LocalDate.of(2025, 7, 1));
        String transferred = Api.portalPost(Api.submission("Chuyển", "Nội dung thuộc thẩm quyền Sở Tư pháp.")).statusCode(201)
                .extract().path("itemId");
        Api.clerk().body("{\"classification\":\"OUTSIDE_COMPETENCE\",\"transferUnitCode\":\"STP\"}")
                .post("/items/" + transferred + "/classification").then().statusCode(200);
        String rejected = Api.portalPost(Api.submission(null, "Sóc Trăng", null, "Ẩn danh", "Nội dung không tên.", true))
                .statusCode(201).extract().path("itemId");

        Set<String> ids = Set.of(answered, transferred, rejected);
        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "feedback.events")) {
            reader.await(r -> answered.equals(r.key()) && type(r).endsWith("published.v1"), Duration.ofSeconds(20));
            reader.await(r -> transferred.equals(r.key()) && type(r).endsWith("transferred.v1"), Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> events = reader.await(
                    r -> rejected.equals(r.key()) && type(r).endsWith("classified.v1"), Duration.ofSeconds(20));
            assertThat(events).isNotEmpty();
            events = reader.readFor(r -> ids.contains(r.key()), Duration.ofMillis(500));

            for (ConsumerRecord<String, String> event : events) {
                assertThat(EventSchema.forType("feedback-service", type(event)).violations(event.value()))
                        .as("%s %s", type(event), event.value()).isEmpty();
                assertThat(event.value()).doesNotContain("Nguyễn Văn An", "0912 345 678", "example.vn", "Trần Hưng Đạo");
                assertThat(TopicReader.header(event, "ce_subject")).contains("items/" + event.key());
                assertThat(TopicReader.header(event, "ce_source")).contains("/tthc/feedback-service");
            }
            assertThat(events.stream().filter(e -> e.key().equals(answered)).map(ItemEventContractTest::type)).containsExactly(
                    "vn.tthc.feedback.item.received.v1", "vn.tthc.feedback.item.classified.v1",
                    "vn.tthc.feedback.item.assigned.v1", "vn.tthc.feedback.item.answered.v1",
                    "vn.tthc.feedback.item.published.v1");
            assertThat(events.stream().filter(e -> e.key().equals(transferred)).map(ItemEventContractTest::type)).containsExactly(
                    "vn.tthc.feedback.item.received.v1", "vn.tthc.feedback.item.classified.v1",
                    "vn.tthc.feedback.item.transferred.v1");
            assertThat(events.stream().filter(e -> e.key().equals(rejected)).map(ItemEventContractTest::type)).containsExactly(
                    "vn.tthc.feedback.item.received.v1", "vn.tthc.feedback.item.classified.v1");

            JsonPath answer = JsonPath.from(events.stream().filter(e -> type(e).endsWith("answered.v1")).findFirst()
                    .orElseThrow().value());
            // Assigned Tuesday 1 July 2025 (online): division by Friday 4 July, answer by Tuesday 8 July; sent 10 July.
            assertThat(answer.getString("handlingUnitCode")).isEqualTo("SKHCN-QLKH");
            assertThat(answer.getString("dueDate")).isEqualTo("2025-07-08");
            assertThat(answer.getString("answeredOn")).isEqualTo("2025-07-10");
            assertThat(answer.getBoolean("onTime")).isFalse();
            JsonPath transfer = JsonPath.from(events.stream().filter(e -> type(e).endsWith("transferred.v1")).findFirst()
                    .orElseThrow().value());
            assertThat(transfer.getString("toAgency")).isEqualTo("Sở Tư pháp");
            assertThat(transfer.getBoolean("onTime")).isTrue();
            JsonPath notAccepted = JsonPath.from(events.stream()
                    .filter(e -> e.key().equals(rejected) && type(e).endsWith("classified.v1")).findFirst().orElseThrow().value());
            assertThat(notAccepted.getString("classification")).isEqualTo("NOT_ACCEPTED");
            assertThat(notAccepted.getString("notAcceptedReason")).isEqualTo("NO_NAME");
        }
    }
}
