package vn.tthc.reporting.inbound;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.tthc.platform.events.inbound.DeadLetters;
import vn.tthc.platform.events.inbound.EventJson;
import vn.tthc.platform.events.inbound.IncomingEvent;
import vn.tthc.platform.events.inbound.ProcessedEvents;
import vn.tthc.platform.events.inbound.UnreadableEventException;
import vn.tthc.platform.telemetry.TraceContext;
import vn.tthc.platform.time.ClockProducer;
import vn.tthc.reporting.EventFigure;
import vn.tthc.reporting.repository.EventFigures;
import vn.tthc.reporting.repository.Units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies events from other services exactly once: their ids are recorded in the same transaction as their
 * effect, so a redelivered event changes nothing.
 * <p>
 * Each event counts for its own unit on its own day ({@code leadUnitCode} and completion day for a task,
 * {@code receivingUnitCode} and day of receipt, {@code handlingUnitCode} and day of answer for feedback). The
 * ancestors' figures are added up when read, from the unit replica, so an event whose unit the replica
 * does not know yet still counts, and rolls up once plan-service publishes the unit. An event that names no
 * unit, or cannot be read, goes to the dead-letter topic.
 * <p>
 * Counting is commutative, so a batch of records (what one poll returned) is applied in one transaction: one
 * statement records the new event ids, one adds the counts. A batch that fails is applied again record by record,
 * and a record that fails alone goes to the dead-letter topic; the others count.
 */
@ApplicationScoped
public class EventApplier {

    private static final Logger LOG = Logger.getLogger(EventApplier.class);

    private final ProcessedEvents processed;
    private final EventFigures figures;
    private final Units units;
    private final EventJson json;
    private final DeadLetters deadLetters;
    private final Tracer tracer;

    public EventApplier(ProcessedEvents processed, EventFigures figures, Units units, EventJson json, DeadLetters deadLetters,
                        Tracer tracer) {
        this.processed = processed;
        this.figures = figures;
        this.units = units;
        this.json = json;
        this.deadLetters = deadLetters;
        this.tracer = tracer;
    }

    /** An event read and checked, with the counts it adds. */
    record Counted(IncomingEvent event, String unitCode, LocalDate day, List<EventFigure> figures) {
    }

    /**
     * Applies the records of one poll of {@code channel}: the readable ones in one transaction (record by record if
     * that fails), the others to the channel's dead-letter topic. Returns how many had an effect.
     */
    public int applyRecords(String channel, List<ConsumerRecord<String, String>> records) {
        List<Counted> batch = new ArrayList<>(records.size());
        List<ConsumerRecord<String, String>> sources = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            try {
                Counted counted = read(IncomingEvent.from(record));
                if (counted != null) {
                    batch.add(counted);
                    sources.add(record);
                }
            } catch (UnreadableEventException e) {
                deadLetters.send(channel, record, e);
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        List<Span> spans = spans(channel, sources);
        try {
            int applied = QuarkusTransaction.requiringNew().call(() -> applyAll(batch));
            spans.forEach(Span::end);
            return applied;
        } catch (RuntimeException batchFailure) {
            LOG.warnf("A batch of %d events failed (%s); applying them one at a time", batch.size(), batchFailure.toString());
            int applied = 0;
            for (int i = 0; i < batch.size(); i++) {
                Counted one = batch.get(i);
                try {
                    applied += QuarkusTransaction.requiringNew().call(() -> applyAll(List.of(one)));
                    spans.get(i).end();
                } catch (RuntimeException e) {
                    spans.get(i).setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
                    spans.get(i).end();
                    deadLetters.send(channel, sources.get(i), e);
                }
            }
            return applied;
        }
    }

    /** Records the events as processed and adds the counts of those not processed before, in the caller's transaction. */
    private int applyAll(List<Counted> batch) {
        List<IncomingEvent> events = new ArrayList<>(batch.size());
        batch.forEach(counted -> events.add(counted.event()));
        Set<String> firstTime = new LinkedHashSet<>(processed.markProcessed(events));
        Map<EventFigures.Key, Integer> amounts = new LinkedHashMap<>();
        Set<String> unitCodes = new LinkedHashSet<>();
        int applied = 0;
        for (Counted counted : batch) {
            if (!firstTime.remove(counted.event().id())) {
                continue;
            }
            applied++;
            unitCodes.add(counted.unitCode());
            for (EventFigure figure : counted.figures()) {
                amounts.merge(new EventFigures.Key(counted.unitCode(), counted.day(), figure), 1, Integer::sum);
            }
        }
        if (!unitCodes.isEmpty()) {
            Set<String> unknown = new LinkedHashSet<>(unitCodes);
            unknown.removeAll(units.knownCodes(unitCodes));
            for (String unitCode : unknown) {
                LOG.warnf("Event figures for unit %s, which plan.units has not published (yet); they roll up once it does", unitCode);
            }
        }
        figures.addAll(amounts);
        return applied;
    }

    /**
     * The event's unit, day and figures; null for a type this service does not count.
     *
     * @throws UnreadableEventException when the event lacks what it must carry
     */
    private Counted read(IncomingEvent event) {
        return switch (event.type()) {
            case TaskCompleted.TYPE -> {
                TaskCompleted completed = json.read(event.data(), TaskCompleted.class, describe(event));
                completed.requireComplete();
                yield new Counted(event, completed.leadUnitCode(), completed.completedOn(), List.of(EventFigure.TASKS_COMPLETED,
                        completed.onTime() ? EventFigure.TASKS_COMPLETED_ON_TIME : EventFigure.TASKS_COMPLETED_LATE));
            }
            case FeedbackReceived.TYPE -> {
                FeedbackReceived received = json.read(event.data(), FeedbackReceived.class, describe(event));
                received.requireComplete();
                yield new Counted(event, received.receivingUnitCode(), received.day(ClockProducer.VIETNAM),
                        List.of(EventFigure.FEEDBACK_RECEIVED));
            }
            case FeedbackAnswered.TYPE -> {
                FeedbackAnswered answered = json.read(event.data(), FeedbackAnswered.class, describe(event));
                answered.requireComplete();
                yield new Counted(event, answered.handlingUnitCode(), answered.answeredOn(), List.of(EventFigure.FEEDBACK_ANSWERED,
                        answered.onTime() ? EventFigure.FEEDBACK_ANSWERED_ON_TIME : EventFigure.FEEDBACK_ANSWERED_LATE));
            }
            default -> null;
        };
    }

    /** One span per record, continuing the trace its producer put in the record's headers. */
    private List<Span> spans(String channel, List<ConsumerRecord<String, String>> records) {
        List<Span> spans = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            spans.add(tracer.spanBuilder(record.topic() + " process")
                    .setParent(TraceContext.extract(record.headers()))
                    .setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.operation.type", "process")
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.consumer.group.name", channel)
                    .setAttribute("messaging.kafka.offset", record.offset())
                    .startSpan());
        }
        return spans;
    }

    private static String describe(IncomingEvent event) {
        return "event " + event.id() + " (" + event.type() + ")";
    }
}
