package vn.tthc.feedback.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.feedback.InvalidFieldException;
import vn.tthc.feedback.service.StatisticsService;

import java.time.LocalDate;

@Path("/statistics")
@Tag(name = "Thống kê", description = "Counts of feedback items and answers")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Operation(summary = "Counts for a period", description = "Items received from `from` to `to` (both included) per status, "
            + "unit (handling, else receiving), field and month; answers sent in the period, on time and late. unitCode "
            + "includes the units below it.")
    public StatisticsService.Statistics get(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
                                            @QueryParam("unitCode") @Pattern(regexp = ItemRequests.UNIT_CODE) String unitCode) {
        if (to.isBefore(from) || to.isAfter(from.plusYears(5))) {
            throw new InvalidFieldException("to", "period.invalid");
        }
        return statistics.compute(from, to, unitCode);
    }
}
