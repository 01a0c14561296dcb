package vn.tthc.local.architecture.clean.rest;

import jakarta.ws.rs.core.Response;
import vn.tthc.local.architecture.clean.service.ItemService;

public class ItemResource {

    private final ItemService service = new ItemService();

    public Response get(String name) {
        return Response.ok(service.item(name).name()).build();
    }
}
