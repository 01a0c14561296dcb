package vn.tthc.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.feedback.Actor;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.Classification;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.ItemAction;
import vn.tthc.feedback.Moment;
import vn.tthc.feedback.NotAcceptedReason;
import vn.tthc.platform.errors.StaleVersionException;
import vn.tthc.feedback.Step;
import vn.tthc.feedback.StepKind;
import vn.tthc.feedback.Unit;
import vn.tthc.feedback.events.ItemAnsweredV1;
import vn.tthc.feedback.events.ItemAssignedV1;
import vn.tthc.feedback.events.ItemClassifiedV1;
import vn.tthc.feedback.events.ItemPublishedV1;
import vn.tthc.feedback.events.ItemTransferredV1;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.feedback.repository.FeedbackItemRepository;
import vn.tthc.feedback.repository.UnitRepository;
import vn.tthc.feedback.access.ItemAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The staff side of the workflow, one transaction per action: classification, handling, the answer and its
 * publication, extensions. Each action first checks, in its transaction, that the caller may take it on the item
 * ({@link ItemAccess}); the domain ({@link FeedbackItem}) checks the transition; this resolves units from the
 * replica of plan.units and records the events. Changes are recorded with the caller's subject, name and unit.
 */
@ApplicationScoped
public class WorkflowService {

    private final FeedbackItemRepository items;
    private final UnitRepository units;
    private final ItemAccess access;
    private final CalendarService calendar;
    private final Outbox outbox;
    private final Clock clock;

    public WorkflowService(FeedbackItemRepository items, UnitRepository units, ItemAccess access, CalendarService calendar,
                           Outbox outbox, Clock clock) {
        this.items = items;
        this.units = units;
        this.access = access;
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What staff decided when classifying an item. */
    public record Decision(Classification classification, NotAcceptedReason reason, String handlingUnitCode,
                           String transferUnitCode, String transferAgency, String note) {
    }

    @Transactional
    public FeedbackItem classify(UUID id, Long expectedVersion, Decision decision, Caller caller) {
        FeedbackItem item = load(id, expectedVersion, caller, ItemAction.CLASSIFY);
        Actor actor = caller.actor();
        Moment moment = Moment.now(clock);
        LocalDate classificationDue = currentDue(item, StepKind.CLASSIFICATION);
        switch (decision.classification()) {
            case NOT_ACCEPTED -> {
                if (decision.reason() == null) {
                    throw new InvalidFieldException("reason", "classification.reason-required");
                }
                item.notAccept(decision.reason(), decision.note(), actor, moment);
            }
            case WITHIN_COMPETENCE -> {
                requireDivisionOf(item, decision.handlingUnitCode());
                item.assign(decision.handlingUnitCode(), decision.note(), actor, moment, calendar.deadlines());
            }
            case CONDUCT, OUTSIDE_COMPETENCE -> {
                String agency = decision.transferAgency();
                if (decision.transferUnitCode() != null) {
                    Unit unit = units.find(decision.transferUnitCode())
                            .orElseThrow(() -> new InvalidFieldException("transferUnitCode", "unit.unknown"));
                    agency = agency == null ? unit.name() : agency;
                } else if (agency == null) {
                    throw new InvalidFieldException("transferAgency", "transfer.target-required");
                }
                item.transfer(decision.classification(), decision.transferUnitCode(), agency, decision.note(), actor, moment);
            }
        }
        items.flush();
        outbox.record(ItemClassifiedV1.of(item, moment.today(), classificationDue));
        switch (item.status()) {
            case TRANSFERRED -> outbox.record(ItemTransferredV1.of(item, moment.today(), classificationDue));
            case ASSIGNED -> outbox.record(ItemAssignedV1.of(item, item.openStep().orElseThrow()));
            default -> {
            }
        }
        return item;
    }

    @Transactional
    public FeedbackItem start(UUID id, Long expectedVersion, String note, Caller caller) {
        FeedbackItem item = load(id, expectedVersion, caller, ItemAction.HANDLE);
        item.start(note, caller.actor(), Moment.now(clock));
        return item;
    }

    @Transactional
    public FeedbackItem draftAnswer(UUID id, Long expectedVersion, String answer, String note, Caller caller) {
        FeedbackItem item = load(id, expectedVersion, caller, ItemAction.HANDLE);
        item.draftAnswer(answer, note, caller.actor(), Moment.now(clock), calendar.deadlines());
        return item;
    }

    @Transactional
    public FeedbackItem approveAnswer(UUID id, Long expectedVersion, String note, Caller caller) {
        FeedbackItem item = load(id, expectedVersion, caller, ItemAction.APPROVE);
        item.approveAnswer(note, caller.actor(), Moment.now(clock));
        return item;
    }

    @Transactional
    public FeedbackItem returnAnswer(UUID id, Long expectedVersion, String note, Caller caller) {
        FeedbackItem item = load(id, expectedVersion, caller, ItemAction.APPROVE);
        item.returnAnswer(note, caller.actor(), Moment.now(clock), calendar.deadlines());
        return item;
    }

    @Transactional
    public FeedbackItem sendAnswer(UUID id, Long expectedVersion, String note, Caller caller) {
        FeedbackItem item = load(id, expectedVersion, caller, ItemAction.SEND);
        item.sendAnswer(note, caller.actor(), Moment.now(clock), calendar.deadlines());
        items.flush();
        outbox.record(ItemAnsweredV1.of(item));
        return item;
    }

    @Transactional
    public FeedbackItem publish(UUID id, Long expectedVersion, String note, Caller caller) {
        FeedbackItem item = load(id, expectedVersion, caller, ItemAction.SEND);
        item.publish(note, caller.actor(), Moment.now(clock));
        items.flush();
        outbox.record(ItemPublishedV1.of(item));
        return item;
    }

    /** More time for the current step; without a number of days, a normal step becomes a complex case's. */
    @Transactional
    public FeedbackItem extend(UUID id, Long expectedVersion, String reason, Integer workingDays, Caller caller) {
        FeedbackItem item = load(id, expectedVersion, caller, ItemAction.CLASSIFY);
        var deadlines = calendar.deadlines();
        int days = workingDays == null ? deadlines.limits().defaultExtension() : workingDays;
        item.extend(reason, days, caller.actor(), Moment.now(clock), deadlines);
        return item;
    }

    /** The item, if the caller may take the action on it (else 403, or 404 for a province-wide caller and no item). */
    private FeedbackItem load(UUID id, Long expectedVersion, Caller caller, ItemAction action) {
        FeedbackItem item = access.require(id, caller, action);
        StaleVersionException.check(id, expectedVersion, item.version());
        return item;
    }

    private static LocalDate currentDue(FeedbackItem item, StepKind kind) {
        return item.openStep().filter(step -> step.kind() == kind).map(Step::dueDate)
                .orElseGet(() -> item.steps().isEmpty() ? item.receivedOn() : item.steps().get(0).dueDate());
    }

    /** A division handling an item must be a known unit below the agency that received it. */
    private void requireDivisionOf(FeedbackItem item, String divisionCode) {
        if (divisionCode == null) {
            throw new InvalidFieldException("handlingUnitCode", "assignment.unit-required");
        }
        List<Unit> division = units.ancestorsOrSelf(divisionCode);
        if (division.isEmpty()) {
            throw new InvalidFieldException("handlingUnitCode", "unit.unknown");
        }
        String agency = units.ancestorsOrSelf(item.receivingUnitCode()).stream().filter(Unit::isAgency)
                .map(Unit::code).findFirst().orElse(item.receivingUnitCode());
        if (division.stream().noneMatch(unit -> unit.code().equals(agency))) {
            throw new InvalidFieldException("handlingUnitCode", "assignment.outside-agency", agency);
        }
    }
}
