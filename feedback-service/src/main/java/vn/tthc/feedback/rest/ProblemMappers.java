package vn.tthc.feedback.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tthc.feedback.AccessDeniedException;
import vn.tthc.feedback.ConflictException;
import vn.tthc.feedback.InvalidFieldException;
import vn.tthc.feedback.NotFoundException;
import vn.tthc.feedback.StaleVersionException;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into an {@code application/problem+json} answer with a stable type and a message
 * in the client's language. No stack trace ever reaches a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://tthc.vn/problems/";

    private final ProblemMessages messages;
    private final UriInfo uriInfo;

    public ProblemMappers(ProblemMessages messages, UriInfo uriInfo) {
        this.messages = messages;
        this.uriInfo = uriInfo;
    }

    @ServerExceptionMapper
    public Response validationFailed(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return problem(400, "validation", messages.text("validation.detail"), errors);
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException exception) {
        return problem(400, "validation", messages.text("validation.detail"),
                List.of(new Problem.FieldError(exception.field(), messages.text(exception.reason(), exception.arguments()))));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException exception) {
        return problem(400, "validation", messages.text("validation.detail"),
                List.of(new Problem.FieldError(pathOf(exception), messages.text("json.unknown-field"))));
    }

    @ServerExceptionMapper
    public Response wrongJsonValue(JsonMappingException exception) {
        if (exception.getCause() instanceof JsonParseException || exception.getCause() instanceof java.io.CharConversionException) {
            return problem(400, "malformed-json", messages.text("json.malformed"), List.of());
        }
        return problem(400, "validation", messages.text("validation.detail"),
                List.of(new Problem.FieldError(pathOf(exception), messages.text("json.wrong-value"))));
    }

    @ServerExceptionMapper
    public Response mismatchedJsonValue(MismatchedInputException exception) {
        return wrongJsonValue(exception);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException exception) {
        return problem(400, "malformed-json", messages.text("json.malformed"), List.of());
    }

    /** Anything else Jackson refuses while reading (too deep, too long, bad encoding…) is the client's error. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException exception) {
        return problem(400, "malformed-json", messages.text("json.malformed"), List.of());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException exception) {
        return problem(409, exception.reason(), messages.text(exception.reason()), List.of());
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException exception) {
        return problem(412, "stale", messages.text("stale"), List.of());
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException exception) {
        return problem(412, "stale", messages.text("stale"), List.of());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException exception) {
        return problem(404, "not-found", messages.text("not-found." + exception.entity(), exception.id()), List.of());
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
        return problem(403, "forbidden", messages.text("forbidden.role"), List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(AccessDeniedException exception) {
        return problem(403, "forbidden", messages.text("forbidden.unit"), List.of());
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException exception) {
        return Response.fromResponse(problem(429, "rate-limited",
                        messages.text("rate-limited.client", exception.retryAfterSeconds()), List.of()))
                .header("Retry-After", String.valueOf(exception.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception);
        }
        if (exception.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (exception.getCause() instanceof JsonMappingException mapping) {
            return mapping instanceof UnrecognizedPropertyException unknown ? unknownField(unknown) : wrongJsonValue(mapping);
        }
        if (exception.getCause() instanceof JsonProcessingException || exception.getCause() instanceof java.io.CharConversionException) {
            return problem(400, "malformed-json", messages.text("json.malformed"), List.of());
        }
        if (status == 404 && exception.getCause() instanceof RuntimeException) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted; that is the client's input error.
            return problem(400, "invalid-parameter", messages.text("http.invalid-parameter"), List.of());
        }
        String key = switch (status) {
            case 404 -> "http.not-found";
            case 405 -> "http.method-not-allowed";
            case 406 -> "http.not-acceptable";
            case 413 -> "http.too-large";
            case 415 -> "http.unsupported-media-type";
            default -> "http.bad-request";
        };
        return problem(status, key.substring("http.".length()), messages.text(key), List.of());
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable exception) {
        LOG.error("Unexpected error on " + uriInfo.getPath(), exception);
        return problem(500, "internal", messages.text("internal"), List.of());
    }

    private Response unauthorized() {
        return Response.fromResponse(problem(401, "unauthorized", messages.text("unauthorized"), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response problem(int status, String type, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem(TYPE_BASE + type, messages.text("title." + status), status, detail,
                uriInfo.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
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
