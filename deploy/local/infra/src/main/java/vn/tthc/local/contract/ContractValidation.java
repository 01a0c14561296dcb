package vn.tthc.local.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import vn.tthc.local.security.Tokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holds every REST-assured exchange of every {@code @QuarkusTest} of a service against the service's own OpenAPI
 * document ({@code /q/openapi}): registered once, for every service that has this module as a test dependency
 * (META-INF/services), it fails the test on an undocumented operation status or header, a body that does not
 * match its schema, or an accepted request the document would refuse ({@link OpenApiContract}).
 *
 * <p>A request carrying {@link #OFF} is not checked (the fuzz test checks its own exchanges and collects them).
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback, Filter {

    /** A request with this header is not checked here. (System properties of these tests stay out of "tthc.", which the services' configuration owns.) */
    public static final String OFF = "X-Test-Contract-Off";

    private static final ContractValidation FILTER = new ContractValidation();
    private static volatile OpenApiContract contract;
    private static volatile String contractFor;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    /** The running service's document, read once per application (port). */
    public static synchronized OpenApiContract contract() {
        String key = RestAssured.baseURI + ":" + RestAssured.port;
        if (contract == null || !key.equals(contractFor)) {
            String json = RestAssured.given().header(Tokens.anonymous()).header(OFF, "true").accept("application/json")
                    .get(io.quarkus.test.common.http.TestHTTPResourceManager.getManagementUri() + "/openapi?format=json").then().statusCode(200).extract().asString();
            contract = OpenApiContract.of(json);
            contractFor = key;
        }
        return contract;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        boolean off = request.getHeaders().hasHeaderWithName(OFF);
        if (off) {
            request.removeHeader(OFF);
        }
        Response response = context.next(request, responseSpec);
        if (off) {
            return response;
        }
        URI uri = URI.create(request.getURI());
        String path = uri.getRawPath();
        // Quarkus' own endpoints and CORS (preflights, a refused Origin) belong to the web layer, not to the document.
        if (path == null || path.startsWith("/q/") || request.getMethod().equals("OPTIONS")
                || request.getHeaders().hasHeaderWithName("Origin")) {
            return response;
        }
        List<String> violations = contract().violations(exchange(request, response));
        String report = System.getProperty("contract.report");
        if (!violations.isEmpty() && report != null) {
            // Survey mode (-Dcontract.report=FILE): every violation of a run in one file, no test failed for them.
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(report), String.join("\n", violations) + "\n",
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return response;
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The exchange breaks the OpenAPI document:\n  " + String.join("\n  ", violations));
        }
        return response;
    }

    /** The exchange as {@link OpenApiContract} reads it. */
    public static OpenApiContract.Exchange exchange(FilterableRequestSpecification request, Response response) {
        URI uri = URI.create(request.getURI());
        Map<String, String> headers = new TreeMap<>();
        response.getHeaders().forEach(header -> headers.put(header.getName().toLowerCase(Locale.ROOT), header.getValue()));
        Object body = request.getBody();
        String requestBody = body == null ? null : body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : body instanceof java.io.InputStream ? OpenApiContract.UNREAD_BODY : body.toString();
        String contentType = request.getContentType();
        if (body instanceof byte[] bytes && contentType != null && !contentType.contains("json")) {
            // A binary body (a .docx) is present, not text to validate.
            requestBody = bytes.length == 0 ? null : "<" + bytes.length + " bytes>";
        }
        return new OpenApiContract.Exchange(request.getMethod(), uri.getRawPath(), OpenApiContract.query(uri.getRawQuery()),
                contentType, requestBody, response.getStatusCode(), headers, response.asByteArray());
    }
}
