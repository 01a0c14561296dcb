package vn.tthc.console.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-site request forgery guard: a form post (any unsafe method) must come from the console's own pages. Browsers
 * say where a request comes from in {@code Sec-Fetch-Site}, older ones in {@code Origin}; a request from another
 * site is refused with 403. The session cookie is SameSite=Lax as well.
 */
public class SameOriginFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return Optional.empty();
        }
        String host = request.getHeaderString("Host");
        if (allowed(request.getHeaderString("Sec-Fetch-Site"), request.getHeaderString("Origin"), host)) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.FORBIDDEN).type("text/plain; charset=UTF-8")
                .entity("Yêu cầu không đến từ trang của hệ thống nên bị từ chối.").build());
    }

    /** Whether an unsafe request with these headers comes from the console's own origin. */
    static boolean allowed(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        if (origin == null || origin.isBlank()) {
            // Neither header: not a browser form post of another site (browsers send Origin on cross-site posts).
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
