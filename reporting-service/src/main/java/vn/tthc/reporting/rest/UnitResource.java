package vn.tthc.reporting.rest;

import vn.tthc.platform.web.PageRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import vn.tthc.platform.web.Page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.reporting.Caller;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.reporting.Unit;
import vn.tthc.reporting.service.ReferenceDataQueries;

import java.time.LocalDate;
import java.util.List;

/** Read-only views of the reference data replicated from other services. */
@Path("/")
@Tag(name = "Dữ liệu tham chiếu", description = "Đơn vị (từ plan-service) và ngày làm việc (từ feedback-service), bản sao tại dịch vụ này")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER, Caller.LEADER, Caller.AUDITOR, Caller.INTEGRATION})
public class UnitResource {

    private final ReferenceDataQueries referenceData;

    public UnitResource(ReferenceDataQueries referenceData) {
        this.referenceData = referenceData;
    }

    public record UnitView(String code, String name, String kind, String parentCode) {
        static UnitView of(Unit unit) {
            return new UnitView(unit.code, unit.name, unit.kind, unit.parentCode);
        }
    }

    public record UnitDetail(String code, String name, String kind, String parentCode, List<UnitView> ancestors) {
    }

    public record CalendarYearView(int year, List<LocalDate> nonWorkingDays, List<LocalDate> workingWeekendDays) {
    }

    @GET
    @Path("units/{code}")
    @Operation(operationId = "getUnit", summary = "Một đơn vị (bản sao từ plan-service) và các đơn vị cấp trên (cấp trên trực tiếp trước)")
    public UnitDetail unit(@Parameter(example = "SKHCN-VP") @PathParam("code") String code) {
        Unit unit = referenceData.unit(code);
        return new UnitDetail(unit.code, unit.name, unit.kind, unit.parentCode,
                referenceData.ancestors(code).stream().map(UnitView::of).toList());
    }

    @GET
    @Path("units")
    @Operation(operationId = "listUnits", summary = "Danh sách đơn vị (bản sao), có thể chỉ các đơn vị thuộc một đơn vị (kể cả đơn vị đó)")
    public Page<UnitView> units(@Parameter(example = "SKHCN") @QueryParam("under") @Size(max = 50) String under,
                                @Valid @BeanParam PageRequest page) {
        return referenceData.units(under, page).map(UnitView::of);
    }

    @GET
    @Path("calendar/years/{year}")
    @Operation(operationId = "getCalendarYear", summary = "Các ngày khác lịch thứ Hai–thứ Sáu của một năm (theo feedback-service)")
    public CalendarYearView calendarYear(@PathParam("year") @Min(1900) @Max(2200) int year) {
        var calendar = referenceData.calendar();
        if (!calendar.knows(year)) {
            throw new NotFoundException("calendar-year", String.valueOf(year));
        }
        List<LocalDate> days = calendar.exceptions().keySet().stream().filter(day -> day.getYear() == year).sorted().toList();
        return new CalendarYearView(year,
                days.stream().filter(day -> !calendar.exceptions().get(day)).toList(),
                days.stream().filter(day -> calendar.exceptions().get(day)).toList());
    }
}
