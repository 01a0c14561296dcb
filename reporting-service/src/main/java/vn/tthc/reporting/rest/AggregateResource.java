package vn.tthc.reporting.rest;

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
import vn.tthc.reporting.InvalidFieldException;
import vn.tthc.reporting.TaskCompletionCount;
import vn.tthc.reporting.repository.TaskCompletionDays;

import java.time.LocalDate;

@Path("/aggregates")
@Tag(name = "Số liệu tổng hợp", description = "Figures fed by other services' events")
@Produces(MediaType.APPLICATION_JSON)
public class AggregateResource {

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final TaskCompletionDays taskCompletions;

    public AggregateResource(TaskCompletionDays taskCompletions) {
        this.taskCompletions = taskCompletions;
    }

    @GET
    @Path("/task-completions")
    @Operation(summary = "Tasks a unit completed, on time and late",
            description = "Counts plan-service's task completions by completion date, between from and to inclusive.")
    public TaskCompletionCount taskCompletions(
            @Parameter(description = "Mã đơn vị chủ trì", example = "SKHCN-VP")
            @QueryParam("unitCode") @NotBlank @Size(max = 50) String unitCode,
            @Parameter(example = "2024-12-15") @QueryParam("from") LocalDate from,
            @Parameter(example = "2025-12-14") @QueryParam("to") LocalDate to) {
        LocalDate start = from == null ? EARLIEST : from;
        LocalDate end = to == null ? LATEST : to;
        if (start.isAfter(end)) {
            throw new InvalidFieldException("from", "period.range");
        }
        return taskCompletions.count(unitCode, start, end);
    }
}
