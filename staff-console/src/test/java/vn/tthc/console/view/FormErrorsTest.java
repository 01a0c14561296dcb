package vn.tthc.console.view;

import org.junit.jupiter.api.Test;
import vn.tthc.console.api.ApiProblem;
import vn.tthc.console.api.ProblemMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's problem lands in place: each field's message next to its input, the rest above the form. */
class FormErrorsTest {

    @Test
    void fieldErrorsGoNextToTheInputsTheyName() {
        ApiProblem problem = ProblemMapper.read(400, """
                {"type":"https://tthc.vn/problems/validation","title":"Yêu cầu không hợp lệ","status":400,
                 "detail":"Một số trường dữ liệu không hợp lệ.","errors":[
                  {"field":"title","message":"không được để trống"},
                  {"field":"sender.phone","message":"số điện thoại không hợp lệ"},
                  {"field":"sender.phone","message":"quá dài"},
                  {"field":"legalBases[0].text","message":"không được để trống"}]}""");
        FormErrors errors = FormErrors.of(problem, List.of("title", "sender.phone"), Map.of());
        assertThat(errors.message()).isEqualTo("Một số trường dữ liệu không hợp lệ.");
        assertThat(errors.of("title")).isEqualTo("không được để trống");
        assertThat(errors.of("sender.phone")).isEqualTo("số điện thoại không hợp lệ quá dài");
        assertThat(errors.others()).containsExactly("legalBases[0].text: không được để trống");
        assertThat(errors.has("content")).isFalse();
        assertThat(errors.of("content")).isEmpty();
        assertThat(errors.stale()).isFalse();
    }

    @Test
    void aFieldNamedWithItsParameterOrAnAliasFindsItsInput() {
        ApiProblem problem = new ApiProblem(400, null, null, "x", List.of(new ApiProblem.FieldError("confirm.body.number", "quá dài"),
                new ApiProblem.FieldError("body", "không phải kế hoạch")));
        FormErrors errors = FormErrors.of(problem, List.of("number", "document"), Map.of("body", "document"));
        assertThat(errors.of("number")).isEqualTo("quá dài");
        assertThat(errors.of("document")).isEqualTo("không phải kế hoạch");
    }

    @Test
    void aStaleIfMatchSaysSomeoneElseChangedTheRecord() {
        ApiProblem problem = ProblemMapper.read(412, """
                {"type":"https://tthc.vn/problems/stale","title":"Dữ liệu đã bị thay đổi","status":412,"detail":"If-Match không khớp"}""");
        FormErrors errors = FormErrors.of(problem, List.of(), Map.of());
        assertThat(errors.stale()).isTrue();
        assertThat(errors.message()).contains("Người khác vừa thay đổi");
    }

    @Test
    void aProblemWithoutABodyStillSaysWhatHappened() {
        assertThat(ProblemMapper.read(403, null).message()).contains("không có quyền");
        assertThat(ProblemMapper.read(502, "<html>Bad gateway</html>").message()).contains("sự cố");
        assertThat(ProblemMapper.read(404, "").isNotFound()).isTrue();
        assertThat(FormErrors.none().any()).isFalse();
        assertThat(FormErrors.message("Thiếu tệp").any()).isTrue();
    }

    @Test
    void inputIdsAreSafeForHtml() {
        assertThat(Formats.fieldId("forms.06/VPCP/KSTT.rows[0].received")).isEqualTo("f-forms-06-VPCP-KSTT-rows-0--received");
    }
}
