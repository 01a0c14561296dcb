package vn.tthc.reporting.events;

import vn.tthc.reporting.inbound.CalendarYearPublished;
import vn.tthc.reporting.inbound.FeedbackAnswered;
import vn.tthc.reporting.inbound.FeedbackReceived;

import org.apache.kafka.clients.producer.ProducerRecord;
import vn.tthc.reporting.TestKafka;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** feedback-service events as reporting's tests send them; {@link FeedbackEventContractTest} checks them against its schemas. */
public final class FeedbackEventFixtures {

    private FeedbackEventFixtures() {
    }

    static String receivedData(String itemId, String unit, String receivedAt, String receivedOn) {
        return """
                {"itemId":"%s","trackingCode":"PAKN-%s","receivedAt":"%s","receivedOn":"%s","receivingUnitCode":"%s","channel":"NATIONAL_PORTAL","field":"Khoa học và công nghệ","procedureCode":null}"""
                .formatted(itemId, itemId.substring(0, 8), receivedAt, receivedOn, unit);
    }

    static String answeredData(String itemId, String unit, String answeredOn, boolean onTime) {
        return """
                {"itemId":"%s","trackingCode":"PAKN-%s","handlingUnitCode":"%s","receivedOn":"2025-01-02","answeredOn":"%s","dueDate":"2025-01-20","onTime":%s,"field":null}"""
                .formatted(itemId, itemId.substring(0, 8), unit, answeredOn, onTime);
    }

    static String calendarData(int year, List<String> nonWorkingDays, List<String> workingWeekendDays) {
        return """
                {"year":%d,"nonWorkingDays":[%s],"workingWeekendDays":[%s],"holidays":[]}"""
                .formatted(year, quoted(nonWorkingDays), quoted(workingWeekendDays));
    }

    /** Feedback received at 09:00 in Vietnam on {@code receivedOn} (yyyy-MM-dd). */
    public static ProducerRecord<String, String> received(String unit, String receivedOn) {
        String itemId = UUID.randomUUID().toString();
        return TestKafka.cloudEvent("feedback.events", itemId, FeedbackReceived.TYPE, "/tthc/feedback-service",
                "items/" + itemId, receivedData(itemId, unit, receivedOn + "T02:00:00Z", receivedOn));
    }

    public static ProducerRecord<String, String> answered(String unit, String answeredOn, boolean onTime) {
        String itemId = UUID.randomUUID().toString();
        return TestKafka.cloudEvent("feedback.events", itemId, FeedbackAnswered.TYPE, "/tthc/feedback-service",
                "items/" + itemId, answeredData(itemId, unit, answeredOn, onTime));
    }

    public static ProducerRecord<String, String> calendarYear(int year, List<String> nonWorkingDays, List<String> workingWeekendDays) {
        return TestKafka.cloudEvent("feedback.calendar", Integer.toString(year), CalendarYearPublished.TYPE,
                "/tthc/feedback-service", "calendar/" + year, calendarData(year, nonWorkingDays, workingWeekendDays));
    }

    private static String quoted(List<String> days) {
        return days.stream().map(day -> "\"" + day + "\"").collect(Collectors.joining(","));
    }
}
