package vn.tthc.plan.imports;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

import vn.tthc.plan.PlanPeriod;

/**
 * Reads a plan's appendix table (Phụ lục) into a {@link PlanTablePreview}: from the tab-separated text plan
 * documents are converted to, from a Word document, or from rows read elsewhere.
 *
 * <p>Columns are found by their header text, so tables with different column sets read alike ("STT · Nội dung
 * công việc · Kết quả công việc · Đơn vị chủ trì · Đơn vị phối hợp · Thời gian thực hiện", "Số thứ tự · … ·
 * Phân công thực hiện · …", with "Kinh phí", without results). Rows are never dropped silently: what cannot be
 * read is reported in the preview's warnings with its row number.
 *
 * @see NotAPlanTableException for input that holds no plan table at all
 */
public final class PlanTableImporter {

    private final PlanPeriod period;

    /** @param period the period the plan covers: it supplies years a time text leaves out and bounds due dates */
    public PlanTableImporter(PlanPeriod period) {
        this.period = Objects.requireNonNull(period, "period");
    }

    /** @throws NotAPlanTableException when the text is empty, binary, or holds no recognisable table */
    public PlanTablePreview importText(String document) {
        return importRows(TabSeparatedTableReader.read(document));
    }

    /** @throws NotAPlanTableException when the bytes are empty, not UTF-8 text, or hold no recognisable table */
    public PlanTablePreview importText(byte[] utf8) {
        return importRows(TabSeparatedTableReader.read(utf8));
    }

    /** @throws NotAPlanTableException when the stream is empty, not a .docx, or holds no recognisable table */
    public PlanTablePreview importDocx(InputStream docx) {
        return importRows(DocxTableReader.read(docx));
    }

    /** @throws NotAPlanTableException when the rows hold no recognisable header, or nothing under it */
    public PlanTablePreview importRows(List<TableRow> rows) {
        return new PreviewBuilder(period).build(TableAssembler.assemble(rows));
    }
}
