package vn.tthc.plan.rest;

import vn.tthc.platform.web.ETags;
import vn.tthc.platform.web.Page;
import vn.tthc.platform.web.PageRequest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.tthc.platform.web.openapi.Api;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.plan.Officer;
import vn.tthc.plan.Unit;
import vn.tthc.plan.UnitLetterhead;
import vn.tthc.plan.UnitKind;
import vn.tthc.plan.access.CurrentCaller;
import vn.tthc.plan.service.UnitService;

import java.util.List;

@Path("/units")
@Tag(name = "Đơn vị", description = "Cây tổ chức: các đơn vị và cán bộ, công bố lên topic plan.units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"administrator", "planner", "unit-officer", "leader", "auditor", "integration"})
public class UnitResource {

    private final UnitService service;
    private final CurrentCaller caller;

    public UnitResource(UnitService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    public record OfficerBody(@NotBlank @Size(max = 50) String id, @NotBlank @Size(max = 200) String name,
                              @Size(max = 200) String title) {
    }

    public record UnitBody(
            @Schema(examples = "Văn phòng Sở Khoa học và Công nghệ") @NotBlank @Size(max = 500) String name,
            @Schema(description = "Tên viết tắt", examples = "[\"VP Sở\", \"Văn phòng Sở\"]") @Size(max = 50) List<@NotBlank @Size(max = 200) String> shortNames,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
            @NotNull UnitKind kind,
            @Schema(examples = "SKHCN") @Size(max = 50) String parentCode,
            @Size(max = 500) List<@Valid @NotNull OfficerBody> officers,
            @Schema(description = "Abbreviation in the symbol of the unit's documents (Decree 30/2020/NĐ-CP), e.g. SKHCN in 05/KH-SKHCN",
                    examples = "SKHCN") @Size(max = 20) String abbreviation,
            @Schema(description = "Place name printed before the date of the unit's documents", examples = "Sóc Trăng")
            @Size(max = 100) String place,
            @Schema(description = "Name in the letterhead when it differs from the full name (a parent's is printed above its units')",
                    examples = "Sở Khoa học và Công nghệ") @Size(max = 500) String headerName,
            @Schema(description = "Authority above the signer's title when the head does not sign", examples = "KT. Giám đốc")
            @Size(max = 200) String signingAuthority,
            @Schema(description = "Title of who signs the unit's documents", examples = "Phó Giám đốc") @Size(max = 200) String signerTitle,
            @Schema(description = "Name of who signs the unit's documents", examples = "Nguyễn Văn An") @Size(max = 200) String signerName) {
    }

    public record UnitView(String code, String name, List<String> shortNames, List<String> aliases, UnitKind kind,
                           String parentCode, List<Officer> officers, long version, String abbreviation, String place,
                           String headerName, String signingAuthority, String signerTitle, String signerName) {
        static UnitView of(Unit unit) {
            UnitLetterhead letterhead = unit.letterhead();
            return new UnitView(unit.code(), unit.name(), unit.shortNames(), unit.aliases(), unit.kind(),
                    unit.parentCode(), unit.officers(), unit.version(), letterhead.abbreviation(), letterhead.place(),
                    letterhead.headerName(), letterhead.signingAuthority(), letterhead.signerTitle(), letterhead.signerName());
        }
    }

    @GET
    @Operation(operationId = "listUnits", summary = "Danh sách đơn vị", description = "Filtered by kind and parent; paginated.")
    public Page<UnitView> list(@QueryParam("kind") UnitKind kind, @QueryParam("parentCode") String parentCode,
                               @Valid @BeanParam PageRequest page) {
        return service.list(kind, parentCode, page).map(UnitView::of);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getUnit", summary = "Xem một đơn vị", description = "The ETag is the unit's version.")
    @APIResponse(responseCode = "200", description = "Đơn vị", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    public Response get(@PathParam("code") String code) {
        Unit unit = service.unit(code);
        return Response.ok(UnitView.of(unit)).tag(ETags.of(unit.version())).build();
    }

    @RolesAllowed("administrator")
    @PUT
    @Path("/{code}")
    @Operation(operationId = "putUnit", summary = "Tạo hoặc thay thế một đơn vị",
            description = "Send If-Match with the version read to replace an existing unit safely; a stale one gets 412.")
    @Parameter(ref = Api.IF_MATCH)
    @APIResponse(responseCode = "200", description = "Đơn vị sau khi lưu", headers = @Header(name = "ETag", ref = Api.ETAG),
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    public Response put(@PathParam("code") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,49}") String code,
                        @RequestBody(description = "Tên, loại, đơn vị cấp trên và cán bộ của đơn vị", content = @Content(
                                examples = @ExampleObject(name = "phong", value = "{\"name\":\"Phòng Quản lý khoa học\","
                                        + "\"shortNames\":[\"Phòng QLKH\"],\"kind\":\"DIVISION\",\"parentCode\":\"ST-SKHCN\","
                                        + "\"officers\":[{\"id\":\"canbo.qlkh\",\"name\":\"Trần Thị Bình\",\"title\":\"Chuyên viên\"}]}")))
                        @Valid @NotNull UnitBody body, @Context HttpHeaders headers) {
        List<Officer> officers = body.officers() == null ? List.of()
                : body.officers().stream().map(o -> new Officer(o.id(), o.name(), o.title())).toList();
        Unit unit = service.save(caller.get(), code, ETags.expectedVersion(headers), new UnitService.UnitDescription(body.name(),
                body.shortNames(), body.aliases(), body.kind(), body.parentCode(), officers, new UnitLetterhead(body.abbreviation(),
                body.place(), body.headerName(), body.signingAuthority(), body.signerTitle(), body.signerName())));
        return Response.ok(UnitView.of(unit)).tag(ETags.of(unit.version())).build();
    }

    @RolesAllowed("administrator")
    @DELETE
    @Path("/{code}")
    @Operation(operationId = "deleteUnit", summary = "Xóa một đơn vị", description = "Only a unit with no units below it; publishes a tombstone to plan.units.")
    @APIResponse(responseCode = "204", description = "Đã xóa")
    public Response delete(@PathParam("code") String code) {
        service.remove(caller.get(), code);
        return Response.noContent().build();
    }
}
