package vn.tthc.reporting.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.tthc.reporting.EventFigure;
import vn.tthc.platform.time.ClockProducer;
import vn.tthc.platform.events.inbound.EventJson;
import vn.tthc.reporting.inbound.FeedbackAnswered;
import vn.tthc.reporting.inbound.FeedbackReceived;
import vn.tthc.platform.events.inbound.IncomingEvent;
import vn.tthc.reporting.inbound.TaskCompleted;
import vn.tthc.reporting.repository.EventFigures;
import vn.tthc.platform.events.inbound.ProcessedEvents;
import vn.tthc.reporting.repository.Units;

import java.time.LocalDate;

/**
 * Applies an event from another service exactly once: its id is recorded in the same transaction as its
 * effect, so a redelivered event changes nothing.
 * <p>
 * Each event counts for its own unit on its own day ({@code leadUnitCode} and completion day for a task,
 * {@code receivingUnitCode} and day of receipt, {@code handlingUnitCode} and day of answer for feedback). The
 * ancestors' figures are added up when read, from the unit replica, so an event whose unit the replica
 * does not know yet still counts, and rolls up once plan-service publishes the unit. An event that names no
 * unit, or cannot be read, goes to the dead-letter topic.
 */
@ApplicationScoped
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class);

    private final ProcessedEvents processed;
    private final EventFigures figures;
    private final Units units;
    private final EventJson json;

    public EventApplier(ProcessedEvents processed, EventFigures figures, Units units, EventJson json) {
        this.processed = processed;
        this.figures = figures;
        this.units = units;
        this.json = json;
    }

    /** @return whether the event had an effect (false for a duplicate or a type this service ignores) */
    @Transactional
    public boolean apply(IncomingEvent event) {
        return switch (event.type()) {
            case TaskCompleted.TYPE -> once(event, () -> {
                TaskCompleted completed = json.read(event.data(), TaskCompleted.class, describe(event));
                completed.requireComplete();
                count(completed.leadUnitCode(), completed.completedOn(), EventFigure.TASKS_COMPLETED,
                        completed.onTime() ? EventFigure.TASKS_COMPLETED_ON_TIME : EventFigure.TASKS_COMPLETED_LATE);
            });
            case FeedbackReceived.TYPE -> once(event, () -> {
                FeedbackReceived received = json.read(event.data(), FeedbackReceived.class, describe(event));
                received.requireComplete();
                count(received.receivingUnitCode(), received.day(ClockProducer.VIETNAM), EventFigure.FEEDBACK_RECEIVED);
            });
            case FeedbackAnswered.TYPE -> once(event, () -> {
                FeedbackAnswered answered = json.read(event.data(), FeedbackAnswered.class, describe(event));
                answered.requireComplete();
                count(answered.handlingUnitCode(), answered.answeredOn(), EventFigure.FEEDBACK_ANSWERED,
                        answered.onTime() ? EventFigure.FEEDBACK_ANSWERED_ON_TIME : EventFigure.FEEDBACK_ANSWERED_LATE);
            });
            default -> false;
        };
    }

    private boolean once(IncomingEvent event, Runnable effect) {
        if (!processed.markProcessed(event)) {
            return false;
        }
        effect.run();
        return true;
    }

    private void count(String unitCode, LocalDate day, EventFigure... counted) {
        if (units.findById(unitCode) == null) {
            LOG.warnf("Event figures for unit %s, which plan.units has not published (yet); they roll up once it does", unitCode);
        }
        for (EventFigure figure : counted) {
            figures.add(unitCode, day, figure);
        }
    }

    private static String describe(IncomingEvent event) {
        return "event " + event.id() + " (" + event.type() + ")";
    }
}
