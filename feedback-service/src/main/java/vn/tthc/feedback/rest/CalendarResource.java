package vn.tthc.feedback.rest;

import vn.tthc.platform.web.ETags;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tthc.platform.web.openapi.Api;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.feedback.CalendarChange;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.calendar.WorkingDays;
import vn.tthc.feedback.events.CalendarYearV1;
import vn.tthc.feedback.access.CurrentCaller;
import vn.tthc.feedback.service.CalendarService;

import java.time.Instant;

import java.time.LocalDate;
import java.util.List;

@Path("/calendar")
@Tag(name = "Lịch ngày làm việc", description = "Lịch ngày làm việc của cả hệ thống, do dịch vụ này quản lý và công bố lên topic feedback.calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER, Caller.LEADER, Caller.AUDITOR, Caller.INTEGRATION})
public class CalendarResource {

    private final CalendarService calendar;
    private final CurrentCaller callers;

    @Context
    HttpHeaders headers;

    public CalendarResource(CalendarService calendar, CurrentCaller callers) {
        this.calendar = calendar;
        this.callers = callers;
    }

    public record OverridesView(List<LocalDate> addedDaysOff, List<LocalDate> removedDaysOff,
                                List<LocalDate> swappedWorkingDays, String note) {
    }

    /** One change of the year's overrides: who (subject, readable name, unit), when, and what was set. */
    public record ChangeView(Instant at, String actor, String actorName, String actorUnit, String note,
                             List<LocalDate> addedDaysOff, List<LocalDate> removedDaysOff,
                             List<LocalDate> swappedWorkingDays) {
        static ChangeView of(CalendarChange change) {
            return new ChangeView(change.at(), change.actor(), change.actorName(), change.actorUnit(), change.note(),
                    change.addedDaysOff(), change.removedDaysOff(), change.swappedWorkingDays());
        }
    }

    @Schema(description = "A year's calendar. holidays lists every day off (weekend holidays included) with its reason "
            + "and legal basis; a holiday on a Saturday or Sunday is made up on the next working day (art. 111(3)); "
            + "announced days off near mùng 1 replace the default Tết days.")
    public record YearView(int year, List<LocalDate> nonWorkingDays, List<LocalDate> workingWeekendDays,
                           List<CalendarYearV1.Holiday> holidays, OverridesView overrides, List<ChangeView> history,
                           long version) {
        static YearView of(CalendarService.YearView year) {
            return new YearView(year.resolved().year(), List.copyOf(year.resolved().weekdaysOff()),
                    List.copyOf(year.resolved().workingWeekendDays()), year.holidays(),
                    new OverridesView(List.copyOf(year.overrides().addedDaysOff()),
                            List.copyOf(year.overrides().removedDaysOff()),
                            List.copyOf(year.overrides().swappedWorkingDays()), year.note()),
                    year.history().stream().map(ChangeView::of).toList(), year.version());
        }
    }

    @Schema(description = "What the government announced for the year, replacing what was stored")
    public record OverridesBody(
            @Schema(description = "Extra days off (the Tết block, which then replaces the default Tết days; days off in "
                    + "exchange for swapped weekend days). Made-up days for weekend holidays are computed, not entered.")
            @Size(max = 60) List<@NotNull LocalDate> addedDaysOff,
            @Schema(description = "Default holidays or made-up days that are working days this year")
            @Size(max = 20) List<@NotNull LocalDate> removedDaysOff,
            @Schema(description = "Saturdays or Sundays that are working days (làm bù)")
            @Size(max = 20) List<@NotNull LocalDate> swappedWorkingDays,
            @Size(max = 2000) String note) {
    }

    public record DeadlineView(LocalDate from, int workingDays, LocalDate date) {
    }

    @GET
    @Path("/years/{year}")
    @Operation(operationId = "getCalendarYear", summary = "Lịch ngày làm việc của một năm", description = "Any staff role, integration. Weekdays off, working "
            + "weekend days, every day off with its reason (HOLIDAY, MADE_UP_DAY, ANNOUNCED_DAY_OFF, WEEKEND_SWAP) and "
            + "legal basis (Labour Code 2019 art. 112(1), art. 111(3), the year's notice) in holidays, the overrides and their history (who changed them: subject, name, unit; "
            + "when); the ETag is the overrides' version. The same data as on feedback.calendar.")
    @APIResponse(responseCode = "200", description = "Lịch của năm", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class)))
    public Response year(@PathParam("year") @Min(1900) @Max(2199) int year) {
        CalendarService.YearView view = calendar.year(year);
        return Response.ok(YearView.of(view)).tag(ETags.of(view.version())).build();
    }

    @RolesAllowed(Caller.ADMINISTRATOR)
    @PUT
    @Path("/years/{year}/overrides")
    @Operation(operationId = "replaceCalendarOverrides", summary = "Thay thế các điều chỉnh lịch của một năm", description = "Role: administrator. Days off added or removed and "
            + "swapped working days, as announced by the government; the change is kept in the year's history with who "
            + "made it. The year is republished to feedback.calendar. If-Match guards against concurrent edits.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Lịch của năm sau khi điều chỉnh", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearView.class)))
    public Response replace(@PathParam("year") @Min(1900) @Max(2199) int year,
                            @RequestBody(description = "Ngày nghỉ thêm, ngày nghỉ bỏ, ngày làm bù theo thông báo của Chính phủ",
                                    content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "tet-2026",
                                    value = "{\"addedDaysOff\":[\"2026-02-14\",\"2026-02-15\",\"2026-02-16\",\"2026-02-17\",\"2026-02-18\","
                                            + "\"2026-02-19\",\"2026-02-20\",\"2026-02-21\",\"2026-02-22\"],\"removedDaysOff\":[],"
                                            + "\"swappedWorkingDays\":[],\"note\":\"Thông báo nghỉ Tết Nguyên đán Bính Ngọ 2026\"}")))
                            @Valid @NotNull OverridesBody body) {
        CalendarService.YearView view = calendar.replaceOverrides(year, body.addedDaysOff(), body.removedDaysOff(),
                body.swappedWorkingDays(), body.note(), ETags.expectedVersion(headers), callers.get().actor());
        return Response.ok(YearView.of(view)).tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("/deadline")
    @Operation(operationId = "computeDeadline", summary = "Ngày sau N ngày làm việc kể từ một ngày", description = "Any staff role, integration. The start day is "
            + "not counted (a time limit of N working days from receipt). With workingDays=0: the date itself, or when it "
            + "is a weekend or a day off the next working day (Civil Code 2015 art. 148(5)).")
    @APIResponse(responseCode = "200", description = "Ngày đến hạn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineView.class)))
    @APIResponse(responseCode = "422", description = "Ngày bắt đầu hoặc hạn tính được nằm ngoài các năm lịch đã biết")
    public DeadlineView deadline(@QueryParam("from") @NotNull LocalDate from,
                                 @QueryParam("workingDays") @NotNull @Min(0) @Max(366) Integer workingDays) {
        WorkingDays days = calendar.workingDays();
        return new DeadlineView(from, workingDays, days.addWorkingDays(from, workingDays));
    }
}
