package vn.tthc.plan.imports;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import vn.tthc.plan.PlanKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Plan documents in Word: paragraphs in order, the appendix table through {@link DocxTableReader}. */
class DocxPlanDocumentTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    /**
     * A seed written into Word, each text line before the table a paragraph (blank ones too, so paragraph
     * numbers are the text's line numbers), its table rows a Word table, reads as the text does.
     */
    @ParameterizedTest
    @EnumSource(Seeds.class)
    void aSeedInWordReadsAsItsText(Seeds seed) throws IOException {
        PlanDocumentPreview fromText = seed.readDocument();
        PlanDocumentPreview fromWord = reader.readDocx(new ByteArrayInputStream(docx(seed.text())));

        assertThat(fromWord.details()).isEqualTo(fromText.details());
        assertThat(fromWord.issuingUnitName()).isEqualTo(fromText.issuingUnitName());
        assertThat(fromWord.body()).isEqualTo(fromText.body());
        assertThat(fromWord.appendixTitle()).isEqualTo(fromText.appendixTitle());
        assertThat(fromWord.taskSource()).isEqualTo(fromText.taskSource());
        assertThat(fromWord.warnings()).isEqualTo(fromText.warnings());
        assertThat(DocxImportTest.describe(fromWord.appendix())).isEqualTo(DocxImportTest.describe(fromText.appendix()));
        assertThat(fromWord.appendix().taskCount()).isEqualTo(fromText.appendix().taskCount()).isPositive();
        assertThat(fromWord.appendix().warnings()).extracting(ImportWarning::code, ImportWarning::message)
                .isEqualTo(fromText.appendix().warnings().stream().map(w -> tuple(w.code(), w.message())).toList());
    }

    @Test
    void aHeaderLaidOutInATableIsProse() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFTable header = document.createTable(2, 2);
            text(header.getRow(0).getCell(0), "UBND TỈNH SÓC TRĂNG", "SỞ TƯ PHÁP");
            text(header.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            text(header.getRow(1).getCell(0), "Số: 09/KH-STP");
            text(header.getRow(1).getCell(1), "Sóc Trăng, ngày 20 tháng 01 năm 2025");
            for (String line : List.of("KẾ HOẠCH", "Kiểm soát thủ tục hành chính năm 2025",
                    "Căn cứ Kế hoạch số 08/KH-UBND ngày 15/01/2025 của UBND tỉnh Sóc Trăng;",
                    "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "- 100% TTHC được công khai trước ngày 31/3/2025.",
                    "II. NỘI DUNG THỰC HIỆN", "(Chi tiết theo Phụ lục đính kèm)", "Nơi nhận:", "- UBND tỉnh;",
                    "GIÁM ĐỐC", "Lê Văn Tư", "PHỤ LỤC")) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(3, 4);
            fill(table, 0, "STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện");
            fill(table, 1, "I", "Công bố, công khai TTHC", "", "");
            fill(table, 2, "1", "Công khai TTHC", "Văn phòng Sở", "Thường xuyên");

            PlanDocumentPreview preview = reader.readDocx(new ByteArrayInputStream(bytes(document)));

            assertThat(preview.details().number()).isEqualTo("09/KH-STP");
            assertThat(preview.details().place()).isEqualTo("Sóc Trăng");
            assertThat(preview.details().signedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
            assertThat(preview.details().kind()).isEqualTo(PlanKind.TTHC_CONTROL);
            assertThat(preview.details().legalBases()).singleElement()
                    .satisfies(b -> assertThat(b.text()).isEqualTo("Kế hoạch số 08/KH-UBND ngày 15/01/2025 của UBND tỉnh Sóc Trăng"));
            assertThat(preview.details().targets()).singleElement()
                    .satisfies(t -> assertThat(t.deadline()).isEqualTo(LocalDate.of(2025, 3, 31)));
            assertThat(preview.details().signerName()).isEqualTo("Lê Văn Tư");
            assertThat(preview.issuingUnitName()).isEqualTo("SỞ TƯ PHÁP");
            assertThat(preview.taskSource()).isEqualTo(TaskSource.APPENDIX_TABLE);
            assertThat(preview.appendix().task("I", "1").orElseThrow().leadUnits()).containsExactly("Văn phòng Sở");
            // Table rows are numbered over all tables, the layout table's two first.
            assertThat(preview.appendix().task("I", "1").orElseThrow().row()).isEqualTo(5);
            assertThat(preview.warnings()).isEmpty();
        }
    }

    /** Paragraphs for the text's lines up to the first tab-separated one; a table of the rows from there on. */
    private static byte[] docx(String text) throws IOException {
        String[] lines = text.split("\n", -1);
        List<TableRow> rows = text.contains("\t") ? TabSeparatedTableReader.read(text) : List.of();
        try (XWPFDocument document = new XWPFDocument()) {
            for (String line : lines) {
                if (line.contains("\t")) {
                    break;
                }
                document.createParagraph().createRun().setText(line);
            }
            if (!rows.isEmpty()) {
                int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElseThrow();
                XWPFTable table = document.createTable(rows.size(), width);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < width; c++) {
                        text(table.getRow(r).getCell(c), rows.get(r).cell(c).split("\n"));
                    }
                }
            }
            return bytes(document);
        }
    }

    private static void fill(XWPFTable table, int row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            text(table.getRow(row).getCell(c), cells[c]);
        }
    }

    private static void text(XWPFTableCell cell, String... paragraphs) {
        cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            cell.addParagraph().createRun().setText(paragraphs[i]);
        }
    }

    private static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return out.toByteArray();
    }
}
