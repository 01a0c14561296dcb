package vn.tthc.reporting.events;

import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** plan-service events as reporting's tests send them; {@link PlanEventContractTest} checks them against plan-service's schemas. */
final class PlanEventFixtures {

    private PlanEventFixtures() {
    }

    static String taskCompletedData(String taskId, String unit, String completedOn, boolean onTime) {
        return """
                {"taskId":"%s","planId":"%s","label":"1","leadUnitCode":"%s","dueDate":"2025-03-15","completedOn":"%s","onTime":%s}"""
                .formatted(taskId, UUID.randomUUID(), unit, completedOn, onTime);
    }

    static ProducerRecord<String, String> taskCompleted(String eventId, String unit, String completedOn, boolean onTime) {
        String taskId = UUID.randomUUID().toString();
        ProducerRecord<String, String> record = new ProducerRecord<>("plan.events", taskId,
                taskCompletedData(taskId, unit, completedOn, onTime));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", TaskCompleted.TYPE);
        header(record, "ce_source", "/tthc/plan-service");
        header(record, "ce_subject", "tasks/" + taskId);
        header(record, "ce_time", "2025-03-10T01:00:00Z");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
