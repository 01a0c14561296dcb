package vn.tthc.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.reporting.Caller;
import vn.tthc.reporting.Figures;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.reporting.TaskCompletionCount;
import vn.tthc.reporting.service.FigureService;
import vn.tthc.reporting.access.CurrentCaller;

import java.time.LocalDate;
import java.util.List;

@Path("/aggregates")
@Tag(name = "Số liệu tổng hợp", description = "Số liệu tổng hợp từ sự kiện của các dịch vụ khác")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER, Caller.LEADER, Caller.AUDITOR, Caller.INTEGRATION})
public class AggregateResource {

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final FigureService figures;
    private final CurrentCaller caller;

    public AggregateResource(FigureService figures, CurrentCaller caller) {
        this.figures = figures;
        this.caller = caller;
    }

    /** A unit's event-fed figures between two days, its own and those of every unit under it. */
    public record UnitFigures(String unitCode, LocalDate from, LocalDate to, Figures figures, List<String> unitsIncluded) {
    }

    @GET
    @Path("/task-completions")
    @Operation(operationId = "countTaskCompletions", summary = "Số nhiệm vụ đơn vị đã hoàn thành, đúng hạn và trễ hạn",
            description = "Counts plan-service's task completions led by this very unit (not the units under it), "
                    + "by completion date, between from and to inclusive. Only for a unit the caller sees (403 otherwise).")
    public TaskCompletionCount taskCompletions(
            @Parameter(description = "Mã đơn vị chủ trì", example = "SKHCN-VP")
            @QueryParam("unitCode") @NotBlank @Size(max = 50) String unitCode,
            @Parameter(example = "2024-12-15") @QueryParam("from") LocalDate from,
            @Parameter(example = "2025-12-14") @QueryParam("to") LocalDate to) {
        LocalDate start = orEarliest(from);
        LocalDate end = orLatest(to, start);
        Figures own = figures.ofUnit(caller.get(), unitCode, start, end);
        return new TaskCompletionCount(unitCode, start, end, own.tasksCompleted(), own.tasksCompletedOnTime(),
                own.tasksCompletedLate());
    }

    @GET
    @Path("/figures")
    @Operation(operationId = "getUnitFigures", summary = "Số liệu từ sự kiện của đơn vị và mọi đơn vị trực thuộc",
            description = "Tasks completed (on time, late) and feedback received and answered (on time, late) between "
                    + "from and to inclusive, for the unit and its whole subtree as the unit replica knows it now. Only for a "
                    + "unit the caller sees (403 otherwise).")
    public UnitFigures unitFigures(
            @Parameter(example = "SKHCN") @QueryParam("unitCode") @NotBlank @Size(max = 50) String unitCode,
            @Parameter(example = "2024-12-15") @QueryParam("from") LocalDate from,
            @Parameter(example = "2025-12-14") @QueryParam("to") LocalDate to) {
        LocalDate start = orEarliest(from);
        LocalDate end = orLatest(to, start);
        FigureService.SubtreeFigures subtree = figures.ofSubtree(caller.get(), unitCode, start, end);
        return new UnitFigures(unitCode, start, end, subtree.figures(), subtree.unitsIncluded());
    }

    private static LocalDate orEarliest(LocalDate from) {
        return from == null ? EARLIEST : from;
    }

    /** The end of the range, which may not come before its start. */
    private static LocalDate orLatest(LocalDate to, LocalDate start) {
        LocalDate end = to == null ? LATEST : to;
        if (start.isAfter(end)) {
            throw new InvalidFieldException("from", "period.range");
        }
        return end;
    }
}
