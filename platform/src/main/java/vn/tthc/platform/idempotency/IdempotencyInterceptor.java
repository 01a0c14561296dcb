package vn.tthc.platform.idempotency;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tthc.platform.web.WebConfig;
import vn.tthc.platform.errors.IdempotencyKeyReusedException;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.platform.security.TokenCaller;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes an {@link Idempotent} resource method safe to retry. With an {@code Idempotency-Key}, the caller's key is
 * claimed for the operation in the transaction that does the work ({@link IdempotentRequests}), and the answer
 * (status, body, {@code Location}, {@code ETag}) is stored in that same transaction: a retry with the same request
 * replays it (header {@code Idempotent-Replayed: true}); the same key with another request is refused
 * ({@link IdempotencyKeyReusedException}, 422). A request that fails stores nothing, so its retry runs again. Keys are
 * kept {@code tthc.idempotency.retention} (24 hours by default) per caller (the token's subject: a person, or a
 * machine client's service account) and per operation (method and path template).
 * <p>
 * Runs after the parameters are validated, so an invalid request claims no key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotencyInterceptor {

    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Map<Method, String> OPERATIONS = new ConcurrentHashMap<>();

    @Inject
    IdempotentRequests requests;
    @Inject
    TokenCaller caller;
    @Inject
    ObjectMapper mapper;
    @Inject
    Clock clock;
    @Inject
    WebConfig config;

    private volatile ObjectMapper canonical;

    @AroundInvoke
    Object replayOrProceed(InvocationContext context) throws Exception {
        IdempotencyKeyHeader header = header(context);
        String key = header.value();
        if (key == null || key.isEmpty()) {
            if (header.required()) {
                throw new InvalidFieldException(IdempotencyKeyHeader.HEADER, "idempotency.key-required");
            }
            return context.proceed();
        }
        if (!IdempotencyKeyHeader.KEY.matcher(key).matches()) {
            throw new InvalidFieldException(IdempotencyKeyHeader.HEADER, "idempotency.key-format");
        }
        IdempotentRequests.Claim claim = new IdempotentRequests.Claim(caller.subject(), operation(context.getMethod()), key,
                fingerprint(context));
        try {
            return QuarkusTransaction.joiningExisting().call(() -> claimAndProceed(claim, context));
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Object claimAndProceed(IdempotentRequests.Claim claim, InvocationContext context) throws Exception {
        Instant now = clock.instant();
        Optional<IdempotentRequests.Answer> earlier = requests.claim(claim, now, now.plus(config.idempotency().retention()));
        if (earlier.isPresent()) {
            return replay(claim, earlier.get());
        }
        Object result = context.proceed();
        Response response = result instanceof Response r ? r : null;
        int status = response != null ? response.getStatus() : result == null ? 204 : 200;
        if (status < 200 || status >= 300) {
            requests.release(claim);
            return result;
        }
        Object entity = response != null ? response.getEntity() : result;
        String mediaType = response != null && response.getMediaType() != null ? response.getMediaType().toString()
                : produced(context.getMethod());
        requests.complete(claim, status, response == null ? null : relative(response.getLocation()),
                response == null ? null : response.getHeaderString(HttpHeaders.ETAG), entity == null ? null : mediaType,
                body(entity));
        return result;
    }

    private Response replay(IdempotentRequests.Claim claim, IdempotentRequests.Answer answer) {
        if (!answer.fingerprint().equals(claim.fingerprint())) {
            throw new IdempotencyKeyReusedException();
        }
        if (answer.status() == null) {
            throw new IllegalStateException("idempotent request stored without its answer");
        }
        Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true");
        if (answer.body() != null) {
            replay.entity(answer.body().getBytes(StandardCharsets.UTF_8)).type(answer.mediaType());
        }
        if (answer.location() != null) {
            replay.location(URI.create(answer.location()));
        }
        if (answer.etag() != null) {
            replay.header(HttpHeaders.ETAG, answer.etag());
        }
        return replay.build();
    }

    private static IdempotencyKeyHeader header(InvocationContext context) {
        for (Object parameter : context.getParameters()) {
            if (parameter instanceof IdempotencyKeyHeader header) {
                return header;
            }
        }
        throw new IllegalStateException(context.getMethod() + " is @Idempotent but takes no @BeanParam IdempotencyKey");
    }

    /** The request as the method received it: every parameter but the key and the JAX-RS context, in canonical JSON. */
    private String fingerprint(InvocationContext context) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                Object[] parameters = context.getParameters();
                Annotation[][] annotations = context.getMethod().getParameterAnnotations();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] instanceof IdempotencyKeyHeader || isContext(annotations[i])) {
                        continue;
                    }
                    out.write(("\u0000" + i + "\u0000").getBytes(StandardCharsets.UTF_8));
                    if (parameters[i] instanceof byte[] bytes) {
                        out.write(bytes);
                    } else {
                        canonical().writeValue(out, parameters[i]);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot fingerprint the request to " + context.getMethod(), e);
        }
    }

    /** The service's mapper, with map entries in a stable order. */
    private ObjectMapper canonical() {
        if (canonical == null) {
            canonical = mapper.copy()
                    .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        }
        return canonical;
    }

    private static boolean isContext(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Context) {
                return true;
            }
        }
        return false;
    }

    private String body(Object entity) throws IOException {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String text) {
            return text;
        }
        return mapper.writeValueAsString(entity);
    }

    /** The path and query of a Location, so that its replay is resolved like the first answer's. */
    private static String relative(URI location) {
        if (location == null) {
            return null;
        }
        String path = location.getRawPath() == null || location.getRawPath().isEmpty() ? "/" : location.getRawPath();
        return location.getRawQuery() == null ? path : path + "?" + location.getRawQuery();
    }

    private static String produced(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces != null && produces.value().length > 0 ? produces.value()[0] : MediaType.APPLICATION_JSON;
    }

    /** The operation a key is scoped to: the HTTP method and the path template, e.g. {@code POST /plans/{id}/tasks}. */
    static String operation(Method method) {
        return OPERATIONS.computeIfAbsent(method, m -> {
            String verb = m.isAnnotationPresent(POST.class) ? "POST" : m.isAnnotationPresent(PUT.class) ? "PUT"
                    : m.isAnnotationPresent(PATCH.class) ? "PATCH" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                    : m.isAnnotationPresent(GET.class) ? "GET" : "?";
            Path type = m.getDeclaringClass().getAnnotation(Path.class);
            Path own = m.getAnnotation(Path.class);
            String path = join(type == null ? "" : type.value(), own == null ? "" : own.value());
            return verb + " " + path;
        });
    }

    private static String join(String first, String second) {
        String a = first.endsWith("/") ? first.substring(0, first.length() - 1) : first;
        String b = second.isEmpty() || second.startsWith("/") ? second : "/" + second;
        String joined = a + b;
        return joined.isEmpty() ? "/" : joined.startsWith("/") ? joined : "/" + joined;
    }
}
