package vn.tthc.feedback.inbound;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import vn.tthc.feedback.repository.UnitRepository;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.TestUnits;
import vn.tthc.local.ConsumerGroups;
import vn.tthc.local.TestInfrastructure;
import vn.tthc.local.TopicReader;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The read-only replica of plan.units: snapshots applied, ancestors resolved, tombstones deleting, junk to the DLT. */
@QuarkusTest
class UnitReplicaTest {

    @Test
    void unitsAndTheirAncestorsAreResolvedFromTheReplica() {
        TestUnits.ensure();
        given().get("/units/" + TestUnits.DIVISION).then().statusCode(200)
                .body("unit.name", equalTo("Phòng Quản lý khoa học"))
                .body("unit.kind", equalTo("DIVISION"))
                .body("ancestors.code", contains(TestUnits.DEPARTMENT, TestUnits.PROVINCE));
    }

    @Test
    void aNewerSnapshotReplacesAnOlderOneAndNeverTheOtherWayRound() {
        String code = "TEST-RENAME";
        TestUnits.send(List.of(TestUnits.record(code, TestUnits.unit(code, "Tên cũ", "DIVISION", "SKHCN", 1)),
                TestUnits.record(code, TestUnits.unit(code, "Tên mới", "DIVISION", "SKHCN", 2)),
                TestUnits.record(code, TestUnits.unit(code, "Tên cũ phát lại", "DIVISION", "SKHCN", 1))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/units/" + code).then().statusCode(200).body("unit.name", equalTo("Tên mới")));
        // The replayed old version has been read once the group's committed offsets reach the end of every partition
        // (a marker under another key could sit on another partition and be read first); it was ignored.
        ConsumerGroups.awaitConsumedToEnd(TestInfrastructure.get().kafka().bootstrapServers(), "feedback-service",
                "plan.units", Duration.ofSeconds(30));
        given().get("/units/" + code).then().body("unit.name", equalTo("Tên mới")).body("unit.version", equalTo(2));
    }

    @Inject
    UnitRepository units;

    @Test
    void theReplicaKeepsWhatTheUnitsDocumentsPrint() {
        String code = "TEST-LETTERHEAD";
        String json = TestUnits.unit(code, "Sở Khoa học và Công nghệ tỉnh Hà Giang", "DEPARTMENT", null, 1)
                .replaceFirst("}$", ",\"abbreviation\":\"SKHCN\",\"place\":\"Hà Giang\",\"headerName\":\"Sở Khoa học và Công nghệ\","
                        + "\"signingAuthority\":\"KT. Giám đốc\",\"signerTitle\":\"Phó Giám đốc\",\"signerName\":null}");
        TestUnits.send(List.of(TestUnits.record(code, json)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/units/" + code).then().statusCode(200));
        vn.tthc.feedback.Unit unit = QuarkusTransaction.requiringNew().call(() -> units.findById(code));
        assertThat(unit.abbreviation()).isEqualTo("SKHCN");
        assertThat(unit.place()).isEqualTo("Hà Giang");
    }

    @Test
    void aTombstoneRemovesTheUnit() {
        String code = "TEST-GONE";
        TestUnits.send(List.of(TestUnits.record(code, TestUnits.unit(code, "Đơn vị giải thể", "DIVISION", "SKHCN", 1))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/units/" + code).then().statusCode(200));
        TestUnits.send(List.of(TestUnits.record(code, null)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/units/" + code).then().statusCode(404));
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndReadingGoesOn() {
        String code = "TEST-JUNK";
        var junk = new org.apache.kafka.clients.producer.ProducerRecord<String, String>("plan.units", code, "{not json");
        TestUnits.send(List.of(junk, TestUnits.record("TEST-AFTER-JUNK",
                TestUnits.unit("TEST-AFTER-JUNK", "Sau bản ghi hỏng", "DIVISION", null, 1))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/units/TEST-AFTER-JUNK").then().statusCode(200));
        given().get("/units/" + code).then().statusCode(404);
        try (TopicReader reader = new TopicReader(TestInfrastructure.get().kafka().bootstrapServers(), "plan.units.dlt")) {
            assertThat(reader.await(r -> code.equals(r.key()), Duration.ofSeconds(20))).isNotEmpty();
        }
    }
}
