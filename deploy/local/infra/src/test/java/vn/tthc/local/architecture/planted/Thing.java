package vn.tthc.local.architecture.planted;

import jakarta.ws.rs.core.Response;
import vn.tthc.local.architecture.planted.service.ThingService;

/** Planted violation: a domain class that calls a service and builds an HTTP answer. */
public class Thing {

    public Response describe(ThingService service) {
        return Response.ok(service.count()).build();
    }
}
