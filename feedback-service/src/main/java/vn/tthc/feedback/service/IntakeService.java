package vn.tthc.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.feedback.Actor;
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
 * Records received items: from the portal and entered by staff for paper, phone and email. Applies the acceptance
 * rules, opens the classification step, flags likely duplicates and announces the receipt. A retried request with an
 * Idempotency-Key is answered by the platform before it reaches here.
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

    /** What intake produced: the item and the status the acceptance rules left it in. */
    public record Intake(UUID itemId, String trackingCode, ItemStatus status) {
    }

    /**
     * Records an item, in the caller's transaction (an idempotent request's, which stores the answer with it) or a
     * new one.
     *
     * @param receivedBy who records it: the staff member entering it, or the portal's client (from the token)
     * @param receivedOn the day it was received when earlier than today (a letter), or null for today
     */
    @Transactional
    public Intake submit(Submission submission, List<AttachmentUpload> uploads, Actor receivedBy, LocalDate receivedOn) {
        attachments.check(uploads);
        return record(submission, uploads, receivedBy, receivedOn);
    }

    private Intake record(Submission submission, List<AttachmentUpload> uploads, Actor receivedBy, LocalDate receivedOn) {
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
        return new Intake(item.id(), item.trackingCode(), item.status());
    }
}
