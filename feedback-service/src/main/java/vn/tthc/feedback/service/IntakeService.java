package vn.tthc.feedback.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import vn.tthc.feedback.Actor;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.feedback.Deadlines;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.ItemStatus;
import vn.tthc.feedback.Moment;
import vn.tthc.feedback.Submission;
import vn.tthc.feedback.events.ItemClassifiedV1;
import vn.tthc.feedback.events.ItemReceivedV1;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.feedback.repository.FeedbackItemRepository;
import vn.tthc.feedback.repository.UnitRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Records received items: from the portal (with an Idempotency-Key, so a retried post creates nothing new)
 * and entered by staff for paper, phone and email. Applies the acceptance rules, opens the classification
 * step, flags likely duplicates and announces the receipt.
 */
@ApplicationScoped
public class IntakeService {

    private final FeedbackItemRepository items;
    private final UnitRepository units;
    private final CalendarService calendar;
    private final AttachmentPolicy attachments;
    private final DuplicateService duplicates;
    private final Outbox outbox;
    private final Clock clock;

    public IntakeService(FeedbackItemRepository items, UnitRepository units, CalendarService calendar,
                         AttachmentPolicy attachments, DuplicateService duplicates, Outbox outbox, Clock clock) {
        this.items = items;
        this.units = units;
        this.calendar = calendar;
        this.attachments = attachments;
        this.duplicates = duplicates;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What intake produced: the item, and whether this was a retry answered with the first result. */
    public record Intake(UUID itemId, String trackingCode, ItemStatus status, boolean replayed) {
    }

    /**
     * Records an item; with an idempotency key, a retry of the same request returns the first item and a
     * different request under the same key is refused (409).
     *
     * @param requestHash a fingerprint of the request, to tell a retry from a reuse of the key
     * @param receivedBy who records it: the staff member entering it, or the portal's client (from the token)
     * @param receivedOn the day it was received when earlier than today (a letter), or null for today
     */
    public Intake submit(Submission submission, List<AttachmentUpload> uploads, String idempotencyKey,
                         String requestHash, Actor receivedBy, LocalDate receivedOn) {
        attachments.check(uploads);
        if (idempotencyKey != null) {
            Intake earlier = QuarkusTransaction.requiringNew().call(() -> replay(idempotencyKey, requestHash));
            if (earlier != null) {
                return earlier;
            }
        }
        try {
            return QuarkusTransaction.requiringNew().call(() ->
                    record(submission, uploads, idempotencyKey, requestHash, receivedBy, receivedOn));
        } catch (PersistenceException e) {
            if (idempotencyKey != null && isUniqueViolation(e)) {
                // A concurrent retry with the same key won the race: answer with its result.
                Intake earlier = QuarkusTransaction.requiringNew().call(() -> replay(idempotencyKey, requestHash));
                if (earlier != null) {
                    return earlier;
                }
            }
            throw e;
        }
    }

    private Intake replay(String key, String requestHash) {
        return items.findByIdempotencyKey(key).map(item -> {
            if (!item.requestHash().equals(requestHash)) {
                throw new ConflictException("idempotency.key-reused", key);
            }
            return new Intake(item.id(), item.trackingCode(), item.statusAtIntake(), true);
        }).orElse(null);
    }

    private Intake record(Submission submission, List<AttachmentUpload> uploads, String key, String requestHash,
                          Actor receivedBy, LocalDate receivedOn) {
        if (units.find(submission.receivingUnitCode()).isEmpty()) {
            throw new InvalidFieldException("receivingUnitCode", "unit.unknown");
        }
        Moment moment = Moment.now(clock);
        LocalDate day = receivedOn == null ? moment.today() : receivedOn;
        if (day.isAfter(moment.today())) {
            throw new InvalidFieldException("receivedOn", "received.in-future");
        }
        Deadlines deadlines = calendar.deadlines();
        FeedbackItem item = FeedbackItem.receive(UUID.randomUUID(), items.nextTrackingCode(day.getYear()), submission,
                receivedBy, moment, day, deadlines);
        if (key != null) {
            item.rememberRequest(key, requestHash);
        }
        for (AttachmentUpload upload : uploads) {
            item.attach(upload.fileName(), upload.mediaType(), upload.content(), AttachmentPolicy.sha256(upload.content()));
        }
        items.persist(item);
        items.flush();
        LocalDate classificationDue = item.steps().get(0).dueDate();
        outbox.record(ItemReceivedV1.of(item, classificationDue));
        if (item.status() == ItemStatus.NOT_ACCEPTED) {
            outbox.record(ItemClassifiedV1.of(item, moment.today(), classificationDue));
        }
        duplicates.flag(item);
        return new Intake(item.id(), item.trackingCode(), item.status(), false);
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
