package vn.tthc.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tthc.platform.errors.AccessDeniedException;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.platform.errors.IdempotencyKeyReusedException;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.platform.errors.StaleVersionException;

import java.io.CharConversionException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns every failure common to the services into an {@code application/problem+json} answer with a stable type
 * and a message in the client's language. No stack trace ever reaches a client. A service maps its own
 * exceptions in a class of its own, with {@link ProblemResponses}.
 */
public class ProblemMappers {

    public static final String TYPE_BASE = "https://tthc.vn/problems/";
    /** The most field errors a problem lists. */
    public static final int ERRORS_MAX = 100;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemResponses problems;
    private final ProblemMessages messages;
    private final UriInfo uriInfo;

    public ProblemMappers(ProblemResponses problems, ProblemMessages messages, UriInfo uriInfo) {
        this.problems = problems;
        this.messages = messages;
        this.uriInfo = uriInfo;
    }

    /**
     * Every field that breaks a constraint, by field, at most {@value #ERRORS_MAX} of them (a list of 200,000 invalid
     * items is named once, not 200,000 times).
     */
    @ServerExceptionMapper
    public Response validationFailed(ConstraintViolationException exception) {
        return problems.invalid(exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), messageOf(violation)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .limit(ERRORS_MAX)
                .toList());
    }

    /** The constraint's message; a list, map or array with too few or too many items says so in items. */
    private String messageOf(ConstraintViolation<?> violation) {
        Object value = violation.getInvalidValue();
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size
                && (value instanceof Collection<?> || value instanceof Map<?, ?> || (value != null && value.getClass().isArray()))) {
            return size.min() == 0 ? messages.text("validation.items-max", size.max())
                    : messages.text("validation.items", size.min(), size.max());
        }
        return violation.getMessage();
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException exception) {
        return problems.invalid(List.of(new Problem.FieldError(exception.field(),
                messages.text(exception.reason(), exception.arguments()))));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException exception) {
        return problems.invalid(List.of(new Problem.FieldError(pathOf(exception), messages.text("json.unknown-field"))));
    }

    @ServerExceptionMapper
    public Response wrongJsonValue(JsonMappingException exception) {
        if (exception.getCause() instanceof JsonParseException || exception.getCause() instanceof CharConversionException) {
            return malformedJson();
        }
        if (exception instanceof TooManyItemsException tooMany) {
            return problems.invalid(List.of(new Problem.FieldError(pathOf(exception),
                    messages.text("validation.items-max", tooMany.max()))));
        }
        return problems.invalid(List.of(new Problem.FieldError(pathOf(exception), messages.text("json.wrong-value"))));
    }

    @ServerExceptionMapper
    public Response mismatchedJsonValue(MismatchedInputException exception) {
        return wrongJsonValue(exception);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException exception) {
        return malformedJson();
    }

    /** Anything else Jackson refuses while reading (too deep, too long, bad encoding…) is the client's error. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception) {
        return malformedJson();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException exception) {
        return problems.of(404, "not-found", "not-found." + exception.entity(), exception.id());
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException exception) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception) {
        return problems.of(403, "forbidden", "forbidden.role");
    }

    @ServerExceptionMapper
    public Response forbidden(AccessDeniedException exception) {
        return problems.of(403, "forbidden", "forbidden.unit");
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException exception) {
        return problems.of(409, exception.reason(), exception.reason(), exception.arguments());
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReusedException exception) {
        return problems.of(422, "idempotency-key-reused", "idempotency.key-reused");
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException exception) {
        return stale();
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException exception) {
        return stale();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception);
        }
        if (exception.getCause() instanceof JsonParseException || exception.getCause() instanceof CharConversionException) {
            return malformedJson();
        }
        if (exception.getCause() instanceof JsonMappingException mapping) {
            return mapping instanceof UnrecognizedPropertyException unknown ? unknownField(unknown) : wrongJsonValue(mapping);
        }
        if (exception.getCause() instanceof JsonProcessingException) {
            return malformedJson();
        }
        if (status == 404 && exception.getCause() instanceof RuntimeException) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; that is the client's input error.
            return problems.of(400, "invalid-parameter", "http.invalid-parameter");
        }
        String key = switch (status) {
            case 404 -> "http.not-found";
            case 405 -> "http.method-not-allowed";
            case 406 -> "http.not-acceptable";
            case 413 -> "http.too-large";
            case 415 -> "http.unsupported-media-type";
            default -> "http.bad-request";
        };
        return problems.of(status, key.substring("http.".length()), key);
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable exception) {
        LOG.error("Unexpected error on " + uriInfo.getPath(), exception);
        return problems.of(500, "internal", "internal");
    }

    private Response malformedJson() {
        return problems.of(400, "malformed-json", "json.malformed");
    }

    private Response stale() {
        return problems.of(412, "stale", "stale");
    }

    private Response unauthorized() {
        return Response.fromResponse(problems.of(401, "unauthorized", "unauthorized"))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() && parameter != null ? parameter : field.toString();
    }

    private static String pathOf(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
