package vn.tthc.platform.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;

/**
 * A {@code Location} always points at the service's public address, {@code tthc.public-base-url} (the local URL by
 * default), never at what the request's {@code Host} header claims: JAX-RS resolves a relative Location against the
 * request, so a forged Host would otherwise travel back to the client (and into caches and logs) as a link.
 */
public class PublicLocation {

    private final String base;

    public PublicLocation(WebConfig config) {
        String base = config.publicBaseUrl();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @ServerResponseFilter
    public void rewrite(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, on(location instanceof URI uri ? uri : URI.create(location.toString())));
        }
    }

    /** The public address of a location's path and query. */
    String on(URI location) {
        String path = location.getRawPath() == null || location.getRawPath().isEmpty() ? "/" : location.getRawPath();
        return base + (path.startsWith("/") ? path : "/" + path)
                + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }
}
