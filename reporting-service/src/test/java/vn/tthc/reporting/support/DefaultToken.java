package vn.tthc.reporting.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Gives every test request that names no caller the default token ({@link Tokens#defaultToken()}), so tests
 * about regimes and reports need not repeat it. Security tests send their own Authorization header, or
 * {@link Tokens#anonymous()} to send none.
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
            request.header("Authorization", "Bearer " + Tokens.defaultToken());
        }
        return context.next(request, response);
    }
}
