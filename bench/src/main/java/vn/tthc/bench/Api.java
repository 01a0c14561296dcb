package vn.tthc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** The stack's HTTP APIs through the JDK's HTTP client (HTTP/1.1, kept-alive connections), with tokens from Keycloak. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TOKEN_LIFE = Duration.ofSeconds(180);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "bench-http");
                thread.setDaemon(true);
                return thread;
            }))
            .build();
    private final String tokenUrl;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, long fetchedAt) {
    }

    Api(String realmUrl) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
    }

    /** A demo staff member's token (password grant of the local staff client), fetched again before it expires. */
    Supplier<String> staff(String username) {
        return () -> token(username, "grant_type=password&client_id=tthc-staff&username=" + username + "&password=demo");
    }

    /** A machine client's token (client credentials). */
    Supplier<String> client(String clientId, String secret) {
        return () -> token(clientId, "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret);
    }

    private String token(String who, String form) {
        Token token = tokens.get(who);
        if (token == null || System.nanoTime() - token.fetchedAt() > TOKEN_LIFE.toNanos()) {
            synchronized (this) {
                token = tokens.get(who);
                if (token == null || System.nanoTime() - token.fetchedAt() > TOKEN_LIFE.toNanos()) {
                    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(tokenUrl))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build());
                    expect(answer, 200);
                    token = new Token(read(answer.body()).path("access_token").asText(), System.nanoTime());
                    tokens.put(who, token);
                }
            }
        }
        return token.value();
    }

    HttpResponse<String> get(String url, Supplier<String> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token.get());
        }
        return send(request.build());
    }

    HttpResponse<String> post(String url, Supplier<String> token, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token.get());
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    HttpResponse<String> postJson(String url, Supplier<String> token, Object body, String... headers) {
        try {
            return post(url, token, "application/json", JSON.writeValueAsString(body), headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code url} answers 200. */
    boolean answersOk(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static HttpResponse<String> expect(HttpResponse<String> answer, int... statuses) {
        for (int status : statuses) {
            if (answer.statusCode() == status) {
                return answer;
            }
        }
        String body = answer.body() == null ? "" : answer.body();
        throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + " answered "
                + answer.statusCode() + ": " + body.substring(0, Math.min(300, body.length())));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json.substring(0, Math.min(200, json.length())), e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
