package vn.tthc.plan.exports;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tthc.plan.Plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A plan's task table with progress as a Word document (.docx), with the national heading. */
public final class DocxPlanExport {

    private DocxPlanExport() {
    }

    public static byte[] write(Plan plan, PlanTableRows.Table printed) {
        List<String> columns = printed.header();
        List<PlanTableRows.Row> rows = printed.rows();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            centered(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
            centered(document, "Độc lập - Tự do - Hạnh phúc", true);
            centered(document, "PHỤ LỤC: TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", true);
            centered(document, "(Kèm theo " + (plan.number() == null ? "Kế hoạch" : "Kế hoạch số " + plan.number()) + ")", false);
            centered(document, plan.title(), true);

            XWPFTable table = document.createTable(1, columns.size());
            XWPFTableRow header = table.getRow(0);
            for (int c = 0; c < columns.size(); c++) {
                text(header.getCell(c).getParagraphs().get(0), columns.get(c), true);
            }
            for (PlanTableRows.Row row : rows) {
                XWPFTableRow line = table.createRow();
                for (int c = 0; c < row.cells().size(); c++) {
                    XWPFParagraph paragraph = line.getCell(c).getParagraphs().get(0);
                    String[] lines = row.cells().get(c).split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        XWPFRun run = text(paragraph, lines[i], row.section());
                        if (i < lines.length - 1) {
                            run.addBreak();
                        }
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void centered(XWPFDocument document, String text, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        text(paragraph, text, bold);
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontFamily("Times New Roman");
        run.setFontSize(12);
        return run;
    }
}
