package vn.tthc.reporting.events;

import vn.tthc.reporting.inbound.TaskCompleted;
import vn.tthc.reporting.inbound.UnitSnapshot;

import org.apache.kafka.clients.producer.ProducerRecord;
import vn.tthc.reporting.TestKafka;

import java.util.UUID;

/** plan-service events as reporting's tests send them; {@link PlanEventContractTest} checks them against plan-service's schemas. */
public final class PlanEventFixtures {

    private PlanEventFixtures() {
    }

    static String taskCompletedData(String taskId, String unit, String completedOn, boolean onTime) {
        return """
                {"taskId":"%s","planId":"%s","label":"1","leadUnitCode":"%s","dueDate":"2025-03-15","completedOn":"%s","onTime":%s}"""
                .formatted(taskId, UUID.randomUUID(), unit, completedOn, onTime);
    }

    /** A task completion with a fresh event id. */
    public static ProducerRecord<String, String> taskCompleted(String unit, String completedOn, boolean onTime) {
        String taskId = UUID.randomUUID().toString();
        return TestKafka.cloudEvent("plan.events", taskId, TaskCompleted.TYPE, "/tthc/plan-service", "tasks/" + taskId,
                taskCompletedData(taskId, unit, completedOn, onTime));
    }

    static String unitData(String code, String name, String kind, String parentCode, long version) {
        return unitData(code, name, kind, parentCode, version, "");
    }

    /** A snapshot with more fields, e.g. {@code ,"abbreviation":"SKHCN","place":"Hà Giang"}. */
    static String unitData(String code, String name, String kind, String parentCode, long version, String more) {
        return """
                {"code":"%s","name":"%s","shortNames":[],"aliases":[],"kind":"%s","parentCode":%s,"officers":[],"version":%d%s}"""
                .formatted(code, name, kind, parentCode == null ? "null" : "\"" + parentCode + "\"", version, more);
    }

    /** A unit snapshot with what its documents print (letterhead fields as JSON members, each led by a comma). */
    public static ProducerRecord<String, String> unit(String code, String name, String kind, String parentCode, long version,
                                                      String letterhead) {
        return TestKafka.cloudEvent("plan.units", code, UnitSnapshot.TYPE, "/tthc/plan-service", "units/" + code,
                unitData(code, name, kind, parentCode, version, letterhead));
    }

    /** A unit snapshot on the compacted topic plan.units, keyed by the unit's code. */
    public static ProducerRecord<String, String> unit(String code, String name, String kind, String parentCode, long version) {
        return TestKafka.cloudEvent("plan.units", code, UnitSnapshot.TYPE, "/tthc/plan-service", "units/" + code,
                unitData(code, name, kind, parentCode, version));
    }

    /** A tombstone: the unit was removed. */
    public static ProducerRecord<String, String> unitRemoved(String code) {
        return new ProducerRecord<>("plan.units", code, null);
    }
}
