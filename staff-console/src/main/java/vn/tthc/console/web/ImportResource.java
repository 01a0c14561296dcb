package vn.tthc.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.tthc.console.api.ApiProblem;
import vn.tthc.console.api.PlanApi;
import vn.tthc.console.api.PlanViews.Plan;
import vn.tthc.console.api.PlanViews.Preview;
import vn.tthc.console.security.CurrentUser;
import vn.tthc.console.view.FormErrors;
import vn.tthc.console.view.PreviewRows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Import a plan document: upload a .docx or text (or paste it), see plan-service's preview as a table with each
 * warning beside its row, correct the plan's details, confirm. Nothing is kept here: the preview lives in
 * plan-service until it is confirmed.
 */
@Path("/ke-hoach/nhap")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class ImportResource {

    static final List<String> DETAIL_FIELDS = List.of("number", "place", "signedOn", "title", "kind", "periodStart", "periodEnd",
            "issuingUnitCode", "signerName", "signerTitle");

    @CheckedTemplate(basePath = "imports")
    static class Templates {
        static native TemplateInstance upload(FormErrors errors, Map<String, String> form);

        static native TemplateInstance preview(Preview preview, PreviewRows.Table table, FormErrors errors, Map<String, String> form);
    }

    @Inject
    @RestClient
    PlanApi plans;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance form() {
        return Templates.upload(FormErrors.none(), uploadForm(null, user.get().unit(), null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("document") FileUpload document, @RestForm("text") String text,
                           @RestForm("year") String year, @RestForm("issuingUnitCode") String issuingUnitCode,
                           @HeaderParam("HX-Request") String htmx) throws IOException {
        Map<String, String> form = uploadForm(year, issuingUnitCode, text);
        Integer yearValue = null;
        if (year != null && !year.isBlank()) {
            try {
                yearValue = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                return uploadProblem(new ApiProblem(400, null, null, "Năm kế hoạch không hợp lệ.",
                        List.of(new ApiProblem.FieldError("year", "Năm phải là một số, ví dụ 2025."))), form);
            }
        }
        String unit = issuingUnitCode == null || issuingUnitCode.isBlank() ? null : issuingUnitCode.strip();
        try {
            Preview preview;
            if (document != null && document.size() > 0) {
                byte[] bytes = Files.readAllBytes(document.uploadedFile());
                String name = document.fileName();
                if (isDocx(bytes)) {
                    preview = plans.importDocx(name, yearValue, unit, bytes);
                } else {
                    preview = plans.importText(name, yearValue, unit, new String(bytes, StandardCharsets.UTF_8));
                }
            } else if (text != null && !text.isBlank()) {
                preview = plans.importText("van-ban-dan.txt", yearValue, unit, text);
            } else {
                return uploadProblem(new ApiProblem(400, null, null, "Chưa có văn bản để nhập.",
                        List.of(new ApiProblem.FieldError("document", "Hãy chọn tệp .docx hoặc .txt, hoặc dán nội dung kế hoạch."))), form);
            }
            String location = "/ke-hoach/nhap/" + preview.id();
            if (htmx != null) {
                return Response.ok().header("HX-Redirect", location).build();
            }
            return Ui.seeOther(location);
        } catch (ApiProblem problem) {
            return uploadProblem(problem, form);
        }
    }

    private Response uploadProblem(ApiProblem problem, Map<String, String> form) {
        return Ui.page(Templates.upload(FormErrors.of(problem, List.of("document", "text", "year", "issuingUnitCode"),
                Map.of("body", "document")), form), problem);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance preview(@PathParam("id") UUID id) {
        Preview preview = plans.preview(id);
        return Templates.preview(preview, PreviewRows.of(preview), FormErrors.none(), detailsForm(preview));
    }

    @POST
    @Path("/{id}/xac-nhan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") UUID id, @FormParam("number") String number, @FormParam("place") String place,
                            @FormParam("signedOn") String signedOn, @FormParam("title") String title,
                            @FormParam("kind") String kind, @FormParam("periodStart") String periodStart,
                            @FormParam("periodEnd") String periodEnd, @FormParam("issuingUnitCode") String issuingUnitCode,
                            @FormParam("signerName") String signerName, @FormParam("signerTitle") String signerTitle) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("number", PlansResource.blankToEmpty(number));
        form.put("place", PlansResource.blankToEmpty(place));
        form.put("signedOn", PlansResource.blankToEmpty(signedOn));
        form.put("title", PlansResource.blankToEmpty(title));
        form.put("kind", PlansResource.blankToEmpty(kind));
        form.put("periodStart", PlansResource.blankToEmpty(periodStart));
        form.put("periodEnd", PlansResource.blankToEmpty(periodEnd));
        form.put("issuingUnitCode", PlansResource.blankToEmpty(issuingUnitCode));
        form.put("signerName", PlansResource.blankToEmpty(signerName));
        form.put("signerTitle", PlansResource.blankToEmpty(signerTitle));
        Map<String, Object> body = new LinkedHashMap<>();
        form.forEach((field, value) -> PlansResource.putText(body, field, value));
        try {
            Plan plan = plans.confirm(id, body);
            return Ui.seeOther("/ke-hoach/" + plan.id(), "imported");
        } catch (ApiProblem problem) {
            Preview preview = plans.preview(id);
            return Ui.page(Templates.preview(preview, PreviewRows.of(preview), FormErrors.of(problem, DETAIL_FIELDS, Map.of()), form),
                    problem);
        }
    }

    static Map<String, String> detailsForm(Preview preview) {
        Map<String, String> form = new LinkedHashMap<>();
        var d = preview.details();
        form.put("number", d == null ? "" : PlansResource.blankToEmpty(d.number()));
        form.put("place", d == null ? "" : PlansResource.blankToEmpty(d.place()));
        form.put("signedOn", d == null || d.signedOn() == null ? "" : d.signedOn().toString());
        form.put("title", d == null ? "" : PlansResource.blankToEmpty(d.title()));
        form.put("kind", d == null ? "" : PlansResource.blankToEmpty(d.kind()));
        form.put("periodStart", d == null || d.periodStart() == null ? "" : d.periodStart().toString());
        form.put("periodEnd", d == null || d.periodEnd() == null ? "" : d.periodEnd().toString());
        form.put("issuingUnitCode", d == null ? "" : PlansResource.blankToEmpty(d.issuingUnitCode()));
        form.put("signerName", d == null ? "" : PlansResource.blankToEmpty(d.signerName()));
        form.put("signerTitle", d == null ? "" : PlansResource.blankToEmpty(d.signerTitle()));
        return form;
    }

    private static Map<String, String> uploadForm(String year, String unit, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", year == null ? String.valueOf(PlansResource.today().getYear()) : year);
        form.put("issuingUnitCode", unit == null ? "" : unit);
        form.put("text", text == null ? "" : text);
        return form;
    }

    /** A .docx is a zip: it starts with "PK". */
    static boolean isDocx(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
