package vn.tthc.local.security;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Gives every request of a {@code @QuarkusTest} that names no caller a default token, so tests of business rules
 * need not repeat it (registered for every service that has this module as a test dependency): the
 * portal's client ({@link Tokens#portal()}) for the portal's intake ({@code /portal/…}), else
 * {@link Tokens#defaultToken()} (a province-wide administrator). Security tests send their own Authorization
 * header, or {@link Tokens#anonymous()} to send none.
 */
public class DefaultToken implements QuarkusTestBeforeEachCallback, Filter {

    private static final DefaultToken FILTER = new DefaultToken();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        if (request.getHeaders().hasHeaderWithName(Tokens.ANONYMOUS)) {
            request.removeHeader(Tokens.ANONYMOUS);
        } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            boolean portal = request.getUserDefinedPath().startsWith("/portal/") || request.getURI().contains("/portal/");
            request.header("Authorization", "Bearer " + (portal ? Tokens.portal() : Tokens.defaultToken()));
        }
        return context.next(request, response);
    }
}
