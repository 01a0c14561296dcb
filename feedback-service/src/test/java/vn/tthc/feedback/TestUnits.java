package vn.tthc.feedback;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tthc.local.EventSchema;
import vn.tthc.local.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * plan-service's unit snapshots as the tests send them to plan.units, each checked against plan-service's
 * schema first: a small organisation tree of a province, a department with its office and divisions.
 */
public final class TestUnits {

    public static final String PROVINCE = "UBND-ST";
    public static final String DEPARTMENT = "SKHCN";
    public static final String OFFICE = "SKHCN-VP";
    public static final String DIVISION = "SKHCN-QLKH";
    public static final String INSPECTORATE = "SKHCN-TTRA";
    public static final String OTHER_DEPARTMENT = "STP";
    public static final String OTHER_DIVISION = "STP-HCTP";

    private static final EventSchema SCHEMA = EventSchema.forType("plan-service", "vn.tthc.plan.unit.v1");
    private static boolean published;

    private TestUnits() {
    }

    public static String unit(String code, String name, String kind, String parent, long version) {
        return """
                {"code":"%s","name":"%s","shortNames":[],"aliases":[],"kind":"%s","parentCode":%s,"officers":[{"id":"u1","name":"Trần Thế Vũ","title":"Chánh Văn phòng"}],"version":%d}"""
                .formatted(code, name, kind, parent == null ? "null" : "\"" + parent + "\"", version);
    }

    public static ProducerRecord<String, String> record(String code, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>("plan.units", code, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", "vn.tthc.plan.unit.v1");
        header(record, "ce_source", "/tthc/plan-service");
        header(record, "ce_subject", "units/" + code);
        header(record, "ce_time", "2025-03-01T01:00:00Z");
        if (json != null) {
            assertThat(SCHEMA.violations(json)).as("fixture %s against plan-service's schema", code).isEmpty();
        }
        return record;
    }

    public static void send(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (ProducerRecord<String, String> record : records) {
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes the standard tree once per test run and waits until the replica has it. */
    public static synchronized void ensure() {
        if (!published) {
            send(List.of(
                    record(PROVINCE, unit(PROVINCE, "Ủy ban nhân dân tỉnh Sóc Trăng", "PROVINCIAL_COMMITTEE", null, 1)),
                    record(DEPARTMENT, unit(DEPARTMENT, "Sở Khoa học và Công nghệ", "DEPARTMENT", PROVINCE, 1)),
                    record(OFFICE, unit(OFFICE, "Văn phòng Sở Khoa học và Công nghệ", "DIVISION", DEPARTMENT, 1)),
                    record(DIVISION, unit(DIVISION, "Phòng Quản lý khoa học", "DIVISION", DEPARTMENT, 1)),
                    record(INSPECTORATE, unit(INSPECTORATE, "Thanh tra Sở", "INSPECTORATE", DEPARTMENT, 1)),
                    record(OTHER_DEPARTMENT, unit(OTHER_DEPARTMENT, "Sở Tư pháp", "DEPARTMENT", PROVINCE, 1)),
                    record(OTHER_DIVISION, unit(OTHER_DIVISION, "Phòng Hành chính tư pháp", "DIVISION", OTHER_DEPARTMENT, 1))));
            published = true;
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/units/" + OTHER_DIVISION).then().statusCode(200));
    }
}
