package vn.tthc.reporting.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.reporting.Prefill;
import vn.tthc.reporting.ReportContent;

import java.util.Map;

/** Submission content and prefill marks as stored (JSON text); numbers keep their exact decimal value. */
@ApplicationScoped
public class ContentJson {

    private static final TypeReference<Map<String, Map<String, Prefill>>> PREFILLED = new TypeReference<>() {
    };

    private final ObjectMapper objectMapper;

    public ContentJson(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    public String write(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public ReportContent content(String json) {
        return read(json, new TypeReference<>() {
        });
    }

    /** Per form code, per indicator code, the prefilled value and its source. */
    public Map<String, Map<String, Prefill>> prefilled(String json) {
        return read(json, PREFILLED);
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored submission JSON cannot be read", e);
        }
    }
}
