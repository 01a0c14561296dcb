package vn.tthc.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.feedback.Caller;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.feedback.Unit;
import vn.tthc.feedback.service.ItemQueries;

import java.util.List;

@Path("/units")
@Tag(name = "Đơn vị", description = "Bản sao chỉ đọc của cây đơn vị từ plan-service (topic plan.units)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER, Caller.LEADER, Caller.AUDITOR, Caller.INTEGRATION})
public class UnitResource {

    private final ItemQueries queries;

    public UnitResource(ItemQueries queries) {
        this.queries = queries;
    }

    public record UnitView(String code, String name, String kind, String parentCode, long version) {
        static UnitView of(Unit unit) {
            return new UnitView(unit.code(), unit.name(), unit.kind(), unit.parentCode(), unit.version());
        }
    }

    public record UnitWithAncestors(UnitView unit, List<UnitView> ancestors) {
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getUnit", summary = "Một đơn vị và các đơn vị cấp trên", description = "Any staff role, integration (the tree is not secret). "
            + "As last received from plan.units; ancestors nearest first.")
    public UnitWithAncestors get(@PathParam("code") String code) {
        List<Unit> chain = queries.unitAndAncestors(code);
        if (chain.isEmpty()) {
            throw new NotFoundException("unit", code);
        }
        return new UnitWithAncestors(UnitView.of(chain.get(0)), chain.stream().skip(1).map(UnitView::of).toList());
    }
}
