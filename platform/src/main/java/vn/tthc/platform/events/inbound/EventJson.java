package vn.tthc.platform.events.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads other services' event data as a tolerant reader: unknown fields are ignored, but a field reporting
 * uses must have the right type (the service's strict scalar rules apply).
 */
@ApplicationScoped
public class EventJson {

    private final ObjectMapper objectMapper;

    public EventJson(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** @throws UnreadableEventException when the data is not JSON of the expected shape */
    public <T> T read(String data, Class<T> type, String what) {
        try {
            T value = objectMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
            if (value == null) {
                throw new UnreadableEventException(what + " has no data");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException(what + " is not readable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
