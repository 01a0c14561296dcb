package vn.tthc.console.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.tthc.console.api.ReportingViews.Regime;
import vn.tthc.console.api.ReportingViews.Submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A report's form is rendered from the regime's definition, its inputs named as the service names its fields. */
class ReportFormTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static final String REGIME = """
            {"code":"r","name":"Báo cáo","definition":{"code":"r","forms":[
              {"code":"06/VPCP/KSTT","title":"Hồ sơ","breakdown":"Lĩnh vực","groups":[
                {"code":"field","label":"Lĩnh vực","indicators":[{"code":"fieldName","label":"Lĩnh vực","type":"TEXT","required":true}]},
                {"code":"d","label":"Hồ sơ","indicators":[{"code":"received","label":"Tổng số hồ sơ","type":"INTEGER","required":true,"unit":"hồ sơ"}]}],
               "sections":[],"rules":["received >= 0"]},
              {"code":"th","title":"Tổng hợp","groups":[
                {"code":"g","label":"Rà soát","indicators":[
                  {"code":"reviewed","label":"Số thủ tục đã rà soát","type":"INTEGER","required":true,"unit":"thủ tục"},
                  {"code":"tasksCompleted","label":"Số nhiệm vụ","type":"INTEGER","required":false,"prefill":"tasksCompleted"}]}],
               "sections":[{"code":"results","title":"Kết quả đạt được","required":true}]}]}}""";

    private static final String SUBMISSION = """
            {"id":"737b4009-4b1c-4263-a1ba-ecd3c62dc09b","regimeCode":"r","periodKey":"2025-Q1","status":"DRAFT",
             "content":{"forms":{"06/VPCP/KSTT":{"rows":[{"fieldName":"Khoa học","received":4}]},
                                 "th":{"values":{"tasksCompleted":2,"results":"Đã rà soát."}}}},
             "prefilled":{"th":{"tasksCompleted":{"figure":"tasksCompleted","source":"plan-service","value":2,"edited":false}}}}""";

    private final Regime regime;
    private final Submission submission;

    ReportFormTest() throws Exception {
        regime = JSON.readValue(REGIME, Regime.class);
        submission = JSON.readValue(SUBMISSION, Submission.class);
    }

    @Test
    void indicatorsSectionsAndTableRowsBecomeInputsNamedByTheirJsonPath() {
        List<ReportForm.FormView> forms = ReportForm.of(regime, submission);
        ReportForm.FormView table = forms.get(0);
        assertThat(table.table()).isTrue();
        assertThat(table.rows()).hasSize(1 + ReportForm.BLANK_ROWS);
        assertThat(table.rows().get(0).inputs()).extracting(ReportForm.Input::name, ReportForm.Input::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("forms.06/VPCP/KSTT.rows[0].fieldName", "Khoa học"),
                        org.assertj.core.groups.Tuple.tuple("forms.06/VPCP/KSTT.rows[0].received", "4"));
        assertThat(table.rows().get(1).filled()).isFalse();

        ReportForm.FormView summary = forms.get(1);
        ReportForm.Input reviewed = summary.groups().get(0).inputs().get(0);
        assertThat(reviewed.name()).isEqualTo("forms.th.values.reviewed");
        assertThat(reviewed.unit()).isEqualTo("thủ tục");
        assertThat(reviewed.required()).isTrue();
        assertThat(reviewed.value()).isEmpty();
        ReportForm.Input tasks = summary.groups().get(0).inputs().get(1);
        assertThat(tasks.value()).isEqualTo("2");
        assertThat(tasks.source()).isEqualTo("Tự động từ nhiệm vụ kế hoạch: 2");
        assertThat(summary.sections().get(0).name()).isEqualTo("forms.th.values.results");
        assertThat(summary.sections().get(0).value()).isEqualTo("Đã rà soát.");
        assertThat(ReportForm.inputNames(forms)).contains("forms.th.values.reviewed", "forms.06/VPCP/KSTT.rows[2].received");
        assertThat(ReportForm.textNames(forms)).contains("forms.th.values.results", "forms.06/VPCP/KSTT.rows[0].fieldName")
                .doesNotContain("forms.th.values.reviewed");
    }

    @Test
    void thePostedInputsBecomeTheContentNumbersAsNumbersTextAsTypedBlankRowsDropped() {
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("forms.th.values.reviewed", " 12 ");
        posted.put("forms.th.values.tasksCompleted", "ba");
        posted.put("forms.th.values.results", "2024");
        posted.put("forms.th.values.blank", "");
        posted.put("forms.06/VPCP/KSTT.rows[0].fieldName", "Khoa học");
        posted.put("forms.06/VPCP/KSTT.rows[0].received", "1,5");
        posted.put("forms.06/VPCP/KSTT.rows[1].fieldName", "");
        posted.put("forms.06/VPCP/KSTT.rows[1].received", "");
        Map<String, Object> content = ReportForm.content(posted, java.util.Set.of("forms.th.values.results",
                "forms.06/VPCP/KSTT.rows[0].fieldName"));
        assertThat(content).isEqualTo(Map.of("forms", Map.of(
                "th", Map.of("values", Map.of("reviewed", 12L, "tasksCompleted", "ba", "results", "2024")),
                "06/VPCP/KSTT", Map.of("rows", List.of(Map.of("fieldName", "Khoa học", "received", new java.math.BigDecimal("1.5")))))));
    }

    @Test
    void afterARefusalTheFormShowsWhatWasTyped() {
        Map<String, String> typed = Map.of("forms.th.values.reviewed", "-1", "forms.06/VPCP/KSTT.rows[3].fieldName", "Mới");
        List<ReportForm.FormView> forms = ReportForm.of(regime, submission, typed);
        assertThat(forms.get(1).groups().get(0).inputs().get(0).value()).isEqualTo("-1");
        assertThat(forms.get(0).rows()).hasSize(4 + ReportForm.BLANK_ROWS);
        assertThat(forms.get(0).rows().get(3).inputs().get(0).value()).isEqualTo("Mới");
    }
}
