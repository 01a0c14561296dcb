package vn.tthc.local.security;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the province's Keycloak realm in the services' tests, one per test JVM: its discovery document
 * names its JSON Web Key Set (the public half of the test key the {@link Tokens} are signed with) and an
 * introspection endpoint that counts its calls and declares every token it is shown active. The services verify
 * bearer tokens against the key set alone, so that count must stay 0: a token that fails the local checks is a
 * 401 without a call here (were it introspected, this endpoint would let it in).
 */
public final class TestIdentityProvider {

    public static final String REALM_PATH = "/realms/tthc";

    private static TestIdentityProvider instance;

    private final HttpServer server;
    private final AtomicInteger introspections = new AtomicInteger();
    private final AtomicInteger keySetReads = new AtomicInteger();

    private TestIdentityProvider(HttpServer server) {
        this.server = server;
    }

    /** The provider of this JVM, started on first use. */
    public static synchronized TestIdentityProvider get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** The realm's URL, for {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
    }

    /** How many times a service asked this provider to introspect a token. */
    public int introspections() {
        return introspections.get();
    }

    /**
     * How many introspections the realm the service under test is configured with ({@code quarkus.oidc.auth-server-url})
     * has answered, asked over HTTP so that it holds whichever class loader started the realm.
     */
    public static int introspectionsOfTheServiceUnderTest() {
        String realm = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.oidc.auth-server-url", String.class);
        try {
            String counters = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(realm + "/test-counters")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            return Integer.parseInt(counters.replaceAll(".*\"introspections\":(\\d+).*", "$1"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many times a service fetched the key set. */
    public int keySetReads() {
        return keySetReads.get();
    }

    private static TestIdentityProvider start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestIdentityProvider provider = new TestIdentityProvider(server);
            String keySet = keySet();
            server.createContext(REALM_PATH + "/.well-known/openid-configuration",
                    exchange -> provider.answer(exchange, 200, provider.discovery()));
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", exchange -> {
                provider.keySetReads.incrementAndGet();
                provider.answer(exchange, 200, keySet);
            });
            server.createContext(REALM_PATH + "/protocol/openid-connect/token/introspect", exchange -> {
                provider.introspections.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                provider.answer(exchange, 200, """
                        {"active":true,"sub":"introspected","iss":"%s","aud":"%s","azp":"tthc-staff",
                         "realm_access":{"roles":["administrator"]},"exp":%d}""".formatted(Tokens.ISSUER, "any",
                        System.currentTimeMillis() / 1000 + 600));
            });
            server.createContext(REALM_PATH + "/test-counters", exchange -> provider.answer(exchange, 200,
                    "{\"introspections\":" + provider.introspections.get() + ",\"keySetReads\":" + provider.keySetReads.get() + "}"));
            server.createContext("/", exchange -> provider.answer(exchange, 404, "{}"));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "tthc-test-idp-stop"));
            return provider;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test identity provider", e);
        }
    }

    private String discovery() {
        String realm = realmUrl();
        String oidc = realm + "/protocol/openid-connect";
        return """
                {"issuer":"%s","jwks_uri":"%s/certs","introspection_endpoint":"%s/token/introspect",
                 "token_endpoint":"%s/token","authorization_endpoint":"%s/auth","userinfo_endpoint":"%s/userinfo",
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(Tokens.ISSUER, oidc, oidc, oidc, oidc, oidc);
    }

    private void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The public half of the test signing key as a JSON Web Key Set. */
    private static String keySet() {
        try {
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyUtils.readPrivateKey("tokens/test-signing-key.pem");
            return """
                    {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
                    .formatted(base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
