package vn.tthc.feedback.rest;

import vn.tthc.platform.web.ProblemMessages;

import vn.tthc.feedback.Attachment;
import vn.tthc.feedback.DuplicateCandidate;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.feedback.ItemStatus;
import vn.tthc.feedback.Sender;
import vn.tthc.feedback.Step;
import vn.tthc.feedback.Transition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the item endpoints return. Staff views carry contacts and who did what; the public views never do:
 * they are built from separate records so that no field can slip through.
 */
public final class ItemViews {

    private ItemViews() {
    }

    public record Reason(String code, String message) {
        static Reason of(FeedbackItem item, ProblemMessages messages) {
            return item.notAcceptedReason() == null ? null
                    : new Reason(item.notAcceptedReason().name(), messages.text("reason." + item.notAcceptedReason().name()));
        }
    }

    /** The answer to an intake: the tracking code and the secret that, together, let the sender look the item up. */
    public record IntakeView(UUID itemId, String trackingCode, String lookupSecret, ItemStatus status,
                             Reason notAcceptedReason) {
    }

    public record StepView(long id, String kind, String unitCode, LocalDate startedOn, LocalDate dueDate,
                           LocalDate endedOn, LocalDate overdueSince) {
        static StepView of(Step step) {
            return new StepView(step.id(), step.kind().name(), step.unitCode(), step.startedOn(), step.dueDate(),
                    step.endedOn(), step.overdueSince());
        }
    }

    /** One entry of the audit trail: the action, who took it (the token's subject, a readable name, the unit), when, why. */
    public record TransitionView(String action, ItemStatus fromStatus, ItemStatus toStatus, String actor, String actorName,
                                 String actorUnit, Instant at, String note) {
        static TransitionView of(Transition t) {
            return new TransitionView(t.action().name(), t.fromStatus(), t.toStatus(), t.actor(), t.actorName(),
                    t.actorUnit(), t.at(), t.note());
        }
    }

    public record AttachmentView(UUID id, String fileName, String mediaType, long sizeBytes, String sha256) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256());
        }
    }

    public record ProcedureView(String code, String text) {
    }

    public record TransferView(String kind, String unitCode, String agency) {
    }

    /** A likely duplicate and staff's decision about it: who decided (subject, name, unit) and when; null while suspected. */
    public record DuplicateView(UUID itemId, UUID otherItemId, String reason, double similarity, String state,
                                Instant decidedAt, String decidedBy, String decidedByName, String decidedByUnit) {
        static DuplicateView of(DuplicateCandidate c, UUID seenFrom) {
            boolean forward = c.itemId().equals(seenFrom);
            return new DuplicateView(seenFrom, forward ? c.candidateId() : c.itemId(), c.reason().name(),
                    Math.round(c.similarity() * 1000) / 1000.0, c.state().name(), c.decidedAt(), c.decidedBy(),
                    c.decidedByName(), c.decidedByUnit());
        }
    }

    /** The full item, for staff. */
    public record ItemView(UUID id, String trackingCode, ItemStatus status, String classification, Reason notAcceptedReason,
                           String notAcceptedNote, Sender sender, String title, String content, ProcedureView procedure,
                           String field, String channel, boolean publicationConsent, String receivingUnitCode,
                           String handlingUnitCode, TransferView transfer, String answer, Instant receivedAt,
                           LocalDate receivedOn, String enteredBy, String enteredByName, String enteredByUnit,
                           LocalDate answerDueDate,
                           LocalDate answeredOn, Boolean answeredOnTime, LocalDate publishedOn, UUID mergedInto,
                           int extensions, List<StepView> steps, List<TransitionView> history,
                           List<AttachmentView> attachments, long version) {

        static ItemView of(FeedbackItem item, ProblemMessages messages) {
            return new ItemView(item.id(), item.trackingCode(), item.status(),
                    item.classification() == null ? null : item.classification().name(), Reason.of(item, messages),
                    item.notAcceptedNote(), item.sender(), item.title(), item.content(),
                    item.procedureCode() == null && item.procedureText() == null ? null
                            : new ProcedureView(item.procedureCode(), item.procedureText()),
                    item.field(), item.channel().name(), item.publicationConsent(), item.receivingUnitCode(),
                    item.handlingUnitCode(),
                    item.transferAgency() == null && item.transferUnitCode() == null ? null
                            : new TransferView(item.classification().name(), item.transferUnitCode(), item.transferAgency()),
                    item.answer(), item.receivedAt(), item.receivedOn(), item.enteredBy(), item.enteredByName(),
                    item.enteredByUnit(),
                    item.answerDueDate(), item.answeredOn(), item.answeredOnTime(), item.publishedOn(), item.mergedInto(),
                    item.extensions(), item.steps().stream().map(StepView::of).toList(),
                    item.transitions().stream().map(TransitionView::of).toList(),
                    item.attachments().stream().map(AttachmentView::of).toList(), item.version());
        }
    }

    /** A line of a staff list. */
    public record ItemSummary(UUID id, String trackingCode, ItemStatus status, String title, String field,
                              String receivingUnitCode, String handlingUnitCode, LocalDate receivedOn,
                              LocalDate dueDate, LocalDate answerDueDate) {
        static ItemSummary of(FeedbackItem item) {
            return new ItemSummary(item.id(), item.trackingCode(), item.status(), item.title(), item.field(),
                    item.receivingUnitCode(), item.handlingUnitCode(), item.receivedOn(),
                    item.openStep().map(Step::dueDate).orElse(null), item.answerDueDate());
        }
    }

    /** A step coming due, for a unit's "due in the next N working days" list. */
    public record DueStepView(UUID itemId, String trackingCode, String title, ItemStatus status, String step,
                              String unitCode, LocalDate startedOn, LocalDate dueDate) {
        static DueStepView of(Step step) {
            FeedbackItem item = step.item();
            return new DueStepView(item.id(), item.trackingCode(), item.title(), item.status(), step.kind().name(),
                    step.unitCode(), step.startedOn(), step.dueDate());
        }
    }

    // ---- Public views: no contacts, no staff, no notes ----

    /** One entry of the public history: what happened and when; never who or why. */
    public record PublicEvent(String action, ItemStatus status, Instant at) {
    }

    /**
     * What a sender sees with the tracking code and secret. {@code dueDate} is when the answer is due once
     * the item is assigned, before that when it must be classified; none once it is answered or closed.
     */
    public record PublicItemView(String trackingCode, String title, ItemStatus status, LocalDate receivedOn,
                                 Reason notAcceptedReason, String transferredTo, LocalDate dueDate, String answer,
                                 LocalDate answeredOn, LocalDate publishedOn, List<PublicEvent> history) {

        static PublicItemView of(FeedbackItem item, ProblemMessages messages) {
            boolean answered = item.status() == ItemStatus.ANSWERED || item.status() == ItemStatus.PUBLISHED;
            return new PublicItemView(item.trackingCode(), item.title(), item.status(), item.receivedOn(),
                    Reason.of(item, messages), item.transferAgency(),
                    answered ? null : item.answerDueDate() != null ? item.answerDueDate()
                            : item.openStep().map(Step::dueDate).orElse(null),
                    answered ? item.answer() : null, item.answeredOn(), item.publishedOn(),
                    item.transitions().stream().map(t -> new PublicEvent(t.action().name(), t.toStatus(), t.at())).toList());
        }
    }

    /** A published answer: the sender's name masked, contacts never shown. */
    public record PublishedAnswerView(String trackingCode, String title, String content, String answer, String field,
                                      String senderName, LocalDate receivedOn, LocalDate answeredOn,
                                      LocalDate publishedOn) {
        static PublishedAnswerView of(FeedbackItem item) {
            return new PublishedAnswerView(item.trackingCode(), item.title(), item.content(), item.answer(), item.field(),
                    item.sender().maskedName(), item.receivedOn(), item.answeredOn(), item.publishedOn());
        }
    }
}
