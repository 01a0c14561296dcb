package vn.tthc.reporting.events;

import vn.tthc.reporting.inbound.CalendarYearPublished;
import vn.tthc.reporting.inbound.FeedbackAnswered;
import vn.tthc.reporting.inbound.FeedbackReceived;

import org.junit.jupiter.api.Test;
import vn.tthc.local.EventSchema;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The feedback-service events reporting's tests send must be events feedback-service could really publish. */
class FeedbackEventContractTest {

    @Test
    void receivedFixturesConform() {
        EventSchema schema = EventSchema.forType("feedback-service", FeedbackReceived.TYPE);
        assertThat(schema.violations(FeedbackEventFixtures.received("SKHCN-VP", "2025-02-03").value())).isEmpty();
        assertThat(schema.violations(FeedbackEventFixtures.receivedData(UUID.randomUUID().toString(), "VP", "hôm qua", "2025-02-03")))
                .isNotEmpty();
    }

    @Test
    void answeredFixturesConform() {
        EventSchema schema = EventSchema.forType("feedback-service", FeedbackAnswered.TYPE);
        assertThat(schema.violations(FeedbackEventFixtures.answered("SKHCN-P1", "2025-02-03", false).value())).isEmpty();
    }

    @Test
    void calendarFixturesConform() {
        EventSchema schema = EventSchema.forType("feedback-service", CalendarYearPublished.TYPE);
        assertThat(schema.violations(FeedbackEventFixtures.calendarYear(2025, List.of("2025-01-01", "2025-01-28"),
                List.of("2025-01-04")).value())).isEmpty();
        assertThat(schema.violations(FeedbackEventFixtures.calendarData(2025, List.of("1/1/2025"), List.of()))).isNotEmpty();
    }
}
