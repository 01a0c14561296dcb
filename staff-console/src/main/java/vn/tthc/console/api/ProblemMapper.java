package vn.tthc.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every 4xx/5xx answer of a service into an {@link ApiProblem}, reading its {@code application/problem+json}
 * body when it has one (a body that is not a problem still gives the status).
 */
public class ProblemMapper implements ResponseExceptionMapper<ApiProblem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ApiProblem toThrowable(Response response) {
        return read(response.getStatus(), body(response));
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    static String body(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            response.bufferEntity();
            Object entity = response.readEntity(InputStream.class);
            if (entity instanceof InputStream in) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    /** The problem in {@code body} (may be null or not JSON) of an answer with {@code status}. */
    public static ApiProblem read(int status, String body) {
        if (body == null || body.isBlank()) {
            return new ApiProblem(status, null, null, null, List.of());
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                return new ApiProblem(status, null, null, null, List.of());
            }
            List<ApiProblem.FieldError> errors = new ArrayList<>();
            for (JsonNode error : node.path("errors")) {
                errors.add(new ApiProblem.FieldError(text(error, "field"), text(error, "message")));
            }
            return new ApiProblem(node.path("status").asInt(status), text(node, "type"), text(node, "title"),
                    text(node, "detail"), errors);
        } catch (Exception e) {
            return new ApiProblem(status, null, null, null, List.of());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
