package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.ScheduleKind;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.imports.NotAPlanTableException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DocxImportTest {

    private final PlanTableImporter importer2025 = new PlanTableImporter(PlanPeriod.year(2025));

    /** A seed's table rows written into a Word table (one paragraph per line of a cell) import as the text does. */
    @ParameterizedTest
    @EnumSource(value = Seeds.class, names = {"SOC_TRANG_DEPARTMENT_2025", "SOC_TRANG_PROVINCE_2024"})
    void aSeedTableInWordImportsAsItsText(Seeds seed) throws IOException {
        List<TableRow> textRows = TabSeparatedTableReader.read(seed.text());
        List<List<String>> cells = textRows.stream().map(TableRow::cells).toList();
        byte[] docx = docx(cells);

        PlanTableImporter importer = new PlanTableImporter(seed.period());
        PlanTablePreview fromText = importer.importText(seed.text());
        PlanTablePreview fromWord = importer.importDocx(new ByteArrayInputStream(docx));

        assertThat(describe(fromWord)).isEqualTo(describe(fromText));
        assertThat(fromWord.taskCount()).isEqualTo(fromText.taskCount()).isPositive();
        assertThat(fromWord.warnings()).extracting(ImportWarning::code, ImportWarning::message)
                .isEqualTo(fromText.warnings().stream().map(w -> tuple(w.code(), w.message())).toList());
    }

    @Test
    void rowNumbersCountTheRowsOfTheTables() throws IOException {
        byte[] docx = docx(List.of(
                List.of("STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện"),
                List.of("1", "Rà soát TTHC", "Văn phòng Sở", "Quý IV/2025")));
        PlanTablePreview preview = importer2025.importDocx(new ByteArrayInputStream(docx));
        assertThat(preview.allTasks().get(0).row()).isEqualTo(2);
    }

    @Test
    void mergedCellsAndParagraphs() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("KẾ HOẠCH kiểm soát thủ tục hành chính năm 2025");
            XWPFTable table = document.createTable(1, 6);
            fill(table.getRow(0), "STT", "Nội dung công việc", "Kết quả công việc", "Đơn vị chủ trì", "Kinh phí",
                    "Thời gian thực hiện");

            XWPFTableRow section = table.createRow();
            for (int i = 5; i >= 2; i--) {
                section.removeCell(i);
            }
            fill(section, "I", "Công tác chỉ đạo điều hành");
            tcPr(section.getCell(1)).addNewGridSpan().setVal(BigInteger.valueOf(5));

            XWPFTableRow first = table.createRow();
            fill(first, "1", "Xây dựng kế hoạch kiểm soát TTHC", "", "Văn phòng Sở", "Ngân sách nhà nước", "Quý I/2025");
            paragraphs(first.getCell(2), "Kế hoạch kiểm soát TTHC;", "Kế hoạch rà soát TTHC.");
            tcPr(first.getCell(3)).addNewVMerge().setVal(STMerge.RESTART);
            tcPr(first.getCell(5)).addNewVMerge().setVal(STMerge.RESTART);

            XWPFTableRow second = table.createRow();
            fill(second, "2", "Tổ chức thực hiện kế hoạch", "Báo cáo kết quả", "", "", "");
            tcPr(second.getCell(3)).addNewVMerge();
            tcPr(second.getCell(5)).addNewVMerge().setVal(STMerge.CONTINUE);

            PlanTablePreview preview = importer2025.importDocx(new ByteArrayInputStream(bytes(document)));

            assertThat(preview.columns()).containsExactly(Column.NUMBER, Column.CONTENT, Column.RESULT, Column.LEAD,
                    Column.FUNDING, Column.TIME);
            assertThat(preview.sections()).singleElement().satisfies(s -> {
                assertThat(s.label()).isEqualTo("I");
                assertThat(s.title()).isEqualTo("Công tác chỉ đạo điều hành");
            });
            TaskPreview one = preview.task("I", "1").orElseThrow();
            assertThat(one.results()).extracting(ExpectedResult::text)
                    .containsExactly("Kế hoạch kiểm soát TTHC", "Kế hoạch rà soát TTHC.");
            assertThat(one.funding()).isEqualTo("Ngân sách nhà nước");
            TaskPreview two = preview.task("I", "2").orElseThrow();
            assertThat(two.leadUnits()).containsExactly("Văn phòng Sở");
            assertThat(two.schedule().kind()).isEqualTo(ScheduleKind.WITHIN_PERIOD);
            assertThat(two.schedule().deadline()).contains(LocalDate.of(2025, 3, 31));
            assertThat(two.funding()).isEmpty();
            assertThat(preview.warnings()).isEmpty();
        }
    }

    @Test
    void readerMarksVerticalMergesAndPadsSpans() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable table = document.createTable(2, 3);
            fill(table.getRow(0), "a", "b", "c");
            tcPr(table.getRow(0).getCell(2)).addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(1).removeCell(1);
            fill(table.getRow(1), "d", "");
            tcPr(table.getRow(1).getCell(0)).addNewGridSpan().setVal(BigInteger.TWO);
            tcPr(table.getRow(1).getCell(1)).addNewVMerge();

            List<TableRow> rows = DocxTableReader.read(new ByteArrayInputStream(bytes(document)));

            assertThat(rows).containsExactly(
                    new TableRow(1, List.of("a", "b", "c")),
                    new TableRow(2, List.of("d", "", ""), Set.of(2)));
        }
    }

    @Test
    void refusesWhatIsNotAWordPlanTable() throws IOException {
        assertReason(new byte[0], Reason.EMPTY);
        assertReason("just some text\tand a tab".getBytes(StandardCharsets.UTF_8), Reason.NOT_A_DOCX);
        assertReason(new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE}, Reason.NOT_A_DOCX);
        assertReason(zipWithoutWordParts(), Reason.NOT_A_DOCX);
        try (XWPFDocument prose = new XWPFDocument()) {
            prose.createParagraph().createRun().setText("Kế hoạch không có phụ lục");
            assertReason(bytes(prose), Reason.NO_TABLE);
        }
        assertReason(docx(List.of(List.of("Họ tên", "Chức vụ"), List.of("Nguyễn Văn A", "Giám đốc"))), Reason.NO_HEADER);
        assertReason(docx(List.of(List.of("STT", "Nội dung công việc", "Thời gian thực hiện"))), Reason.NO_ROWS);
    }

    private void assertReason(byte[] bytes, Reason reason) {
        assertThatThrownBy(() -> importer2025.importDocx(new ByteArrayInputStream(bytes)))
                .isInstanceOfSatisfying(NotAPlanTableException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    /** Everything a preview says except row numbers, line by line. */
    static List<String> describe(PlanTablePreview preview) {
        List<String> lines = new ArrayList<>();
        lines.add("columns " + preview.columns());
        for (SectionPreview section : preview.sections()) {
            lines.add("section " + section.label() + " | " + section.title());
            section.tasks().forEach(task -> task.withSubtasks().forEach(t -> {
                lines.add("task " + t.label() + " | " + t.content() + " | " + t.leadUnits() + " | " + t.cooperatingUnits()
                        + " | " + t.funding() + " | " + t.schedule() + " | subtasks " + t.subtasks().size());
                t.results().forEach(r -> lines.add("  result " + r.text() + " | " + r.leadUnits() + " | "
                        + r.cooperatingUnits() + " | " + r.schedule()));
            }));
        }
        return lines;
    }

    static byte[] docx(List<List<String>> rows) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Phụ lục");
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            XWPFTable table = document.createTable(rows.size(), width);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < width; c++) {
                    String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                    paragraphs(table.getRow(r).getCell(c), text.split("\n"));
                }
            }
            return bytes(document);
        }
    }

    private static void fill(XWPFTableRow row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            paragraphs(row.getCell(i), texts[i]);
        }
    }

    private static void paragraphs(XWPFTableCell cell, String... lines) {
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(1);
        }
        while (!cell.getParagraphs().get(0).getRuns().isEmpty()) {
            cell.getParagraphs().get(0).removeRun(0);
        }
        for (int i = 0; i < lines.length; i++) {
            (i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph()).createRun().setText(lines[i]);
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }

    private static byte[] zipWithoutWordParts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("xin chào".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
