package vn.tthc.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.tthc.reporting.events.IncomingEvent;
import vn.tthc.reporting.events.TaskCompleted;
import vn.tthc.reporting.events.UnreadableEventException;
import vn.tthc.reporting.repository.ProcessedEvents;
import vn.tthc.reporting.repository.TaskCompletionDays;

/**
 * Applies an event from another service exactly once: its id is recorded in the same transaction as its
 * effect, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class EventApplier {

    private final ProcessedEvents processed;
    private final TaskCompletionDays taskCompletions;
    private final ObjectMapper objectMapper;

    public EventApplier(ProcessedEvents processed, TaskCompletionDays taskCompletions, ObjectMapper objectMapper) {
        this.processed = processed;
        this.taskCompletions = taskCompletions;
        this.objectMapper = objectMapper;
    }

    /** @return whether the event had an effect (false for a duplicate or a type this service ignores) */
    @Transactional
    public boolean apply(IncomingEvent event) {
        if (!TaskCompleted.TYPE.equals(event.type())) {
            return false;
        }
        if (!processed.markProcessed(event)) {
            return false;
        }
        TaskCompleted completed = read(event, TaskCompleted.class);
        completed.requireComplete();
        taskCompletions.add(completed.leadUnitCode(), completed.completedOn(), completed.onTime());
        return true;
    }

    private <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return objectMapper.readerFor(type).without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(event.data());
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("event " + event.id() + " (" + event.type() + ") is not valid JSON", e);
        }
    }
}
