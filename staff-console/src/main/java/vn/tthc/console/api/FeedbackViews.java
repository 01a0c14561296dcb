package vn.tthc.console.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the console reads from feedback-service. */
public final class FeedbackViews {

    private FeedbackViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemSummary(UUID id, String trackingCode, String status, String title, String field,
                              String receivingUnitCode, String handlingUnitCode, LocalDate receivedOn, LocalDate dueDate,
                              LocalDate answerDueDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sender(String kind, String name, String organisation, String address, String phone, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(Long id, String kind, String unitCode, LocalDate startedOn, LocalDate dueDate, LocalDate endedOn,
                       LocalDate overdueSince) {
        public boolean open() {
            return endedOn == null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Transition(String action, String fromStatus, String toStatus, String actor, String actorName,
                             String actorUnit, Instant at, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attachment(UUID id, String fileName, String mediaType, Long size) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID id, String trackingCode, String status, String classification, String notAcceptedReason,
                       String notAcceptedNote, Sender sender, String title, String content, String field, String channel,
                       boolean publicationConsent, String receivingUnitCode, String handlingUnitCode, String answer,
                       Instant receivedAt, LocalDate receivedOn, String enteredByName, LocalDate answerDueDate,
                       LocalDate answeredOn, Boolean answeredOnTime, LocalDate publishedOn, UUID mergedInto, int extensions,
                       List<Step> steps, List<Transition> history, List<Attachment> attachments, long version) {
        public Step openStep() {
            return steps == null ? null : steps.stream().filter(Step::open).reduce((a, b) -> b).orElse(null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Receipt(UUID itemId, String trackingCode, String lookupSecret, String status, String notAcceptedReason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Duplicate(UUID itemId, UUID otherItemId, String reason, Double similarity, String state) {
        public int percent() {
            return similarity == null ? 0 : (int) Math.round(similarity * 100);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DueStep(UUID itemId, String trackingCode, String title, String status, String step, String unitCode,
                          LocalDate startedOn, LocalDate dueDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Count(String key, long count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answers(Long total, Long onTime, Long late) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statistics(LocalDate from, LocalDate to, String unitCode, long received, List<Count> byStatus,
                             List<Count> byUnit, List<Count> byMonth, com.fasterxml.jackson.databind.JsonNode answered) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CalendarYear(int year, List<LocalDate> nonWorkingDays, List<LocalDate> workingWeekendDays) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicEvent(String action, String status, Instant at) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicItem(String trackingCode, String title, String status, LocalDate receivedOn, String notAcceptedReason,
                             String transferredTo, LocalDate dueDate, String answer, LocalDate answeredOn,
                             LocalDate publishedOn, List<PublicEvent> history) {
    }
}
