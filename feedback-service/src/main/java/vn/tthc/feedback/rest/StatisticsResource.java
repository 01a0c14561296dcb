package vn.tthc.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.platform.errors.AccessDeniedException;
import vn.tthc.feedback.Caller;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.access.CurrentCaller;
import vn.tthc.feedback.access.ItemAccess;
import vn.tthc.feedback.service.StatisticsService;

import java.time.LocalDate;

@Path("/statistics")
@Tag(name = "Thống kê", description = "Số lượng phản ánh, kiến nghị và trả lời")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.LEADER, Caller.PLANNER, Caller.AUDITOR, Caller.ADMINISTRATOR, Caller.INTEGRATION})
public class StatisticsResource {

    private final StatisticsService statistics;
    private final ItemAccess access;
    private final CurrentCaller callers;

    public StatisticsResource(StatisticsService statistics, ItemAccess access, CurrentCaller callers) {
        this.statistics = statistics;
        this.access = access;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "getStatistics", summary = "Thống kê trong một khoảng thời gian", description = "Roles: leader, planner, auditor (their unit and the units "
            + "below it), administrator, integration (province-wide). Items received from `from` to `to` (both included) "
            + "per status, unit (handling, else receiving), field and month; answers sent in the period, on time and late. "
            + "unitCode includes the units below it and must be one the caller sees (403 otherwise); without it, the "
            + "caller's unit (province-wide callers: the whole province).")
    public StatisticsService.Statistics get(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
                                            @QueryParam("unitCode") @Pattern(regexp = ItemRequests.UNIT_CODE) String unitCode) {
        if (to.isBefore(from) || to.isAfter(from.plusYears(5))) {
            throw new InvalidFieldException("to", "period.invalid");
        }
        Caller caller = callers.get();
        String unit = unitCode != null || caller.provinceWide() ? unitCode : caller.unit();
        if (unit == null) {
            if (!caller.provinceWide()) {
                throw new AccessDeniedException();
            }
            return statistics.compute(from, to, null, null);
        }
        return statistics.compute(from, to, unit, access.unitsUnder(unit, caller));
    }
}
