package vn.tthc.console.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.tthc.console.api.PlanViews.Preview;

import static org.assertj.core.api.Assertions.assertThat;

/** An import preview as one table, every warning beside the row it names. */
class PreviewRowsTest {

    @Test
    void warningsGoToTheirRowsTheRowTheyContinueOrThePlan() throws Exception {
        Preview preview = new ObjectMapper().findAndRegisterModules().readValue("""
                {"id":"6ee0ad6f-3d87-4fcf-a9d5-837f2862ccb1","sections":[
                  {"row":72,"label":"I","title":"Chỉ đạo điều hành","tasks":[
                    {"row":73,"label":"1","content":"Ban hành kế hoạch","leadUnits":[{"code":"VP","text":"Văn phòng Sở"}],
                     "results":[{"row":74,"text":"Kế hoạch"}],
                     "schedule":{"kind":"DUE_BY_DATE","text":"Trước 31/01","warnings":[{"message":"ngày không rõ"}]},
                     "subtasks":[{"row":76,"label":"a)","content":"Dự thảo","leadUnits":[{"code":null,"text":"Các phòng"}]}]}]}],
                 "warnings":[
                  {"row":41,"code":"document.section-kept-as-text","message":"Phần III giữ nguyên văn","cell":null},
                  {"row":74,"code":"cell.unit-unmatched","message":"Đơn vị lạ","cell":"Chủ trì"},
                  {"row":78,"code":"row.repeated-text","message":"Đoạn chữ lặp lại","cell":"Kết quả"},
                  {"row":null,"code":"document.no-signer","message":"Không thấy người ký","cell":null}],
                 "counts":{"sections":1,"tasks":2,"unitsMatched":1,"unitsUnmatched":1,"warnings":4}}""", Preview.class);
        PreviewRows.Table table = PreviewRows.of(preview);
        assertThat(table.rows()).extracting(PreviewRows.Row::label).containsExactly("I", "1", "a)");
        assertThat(table.rows().get(1).warnings()).containsExactly("Chủ trì: Đơn vị lạ", "Thời gian: ngày không rõ");
        assertThat(table.rows().get(2).depth()).isEqualTo(1);
        assertThat(table.rows().get(2).warnings()).containsExactly(
                "Đơn vị chủ trì chưa khớp với danh mục đơn vị: «Các phòng»", "Dòng 78: Kết quả: Đoạn chữ lặp lại");
        assertThat(table.general()).extracting(w -> w.code()).containsExactly("document.section-kept-as-text", "document.no-signer");
        assertThat(table.warnedRows()).isEqualTo(2);
    }
}
