package vn.tthc.platform.documents;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes an {@link OfficialDocument} as a Word document laid out as Decree 30/2020/NĐ-CP's appendix I sets it:
 * A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman, 14 pt text; the two-column
 * letterhead with its rule lines; page numbers centred at the top from page 2 on; appendices with wide tables on
 * landscape sections. Every table has its grid ({@code w:tblGrid}) and fixed column widths; a table's header rows
 * repeat on every page and no row is split across pages.
 */
public final class OfficialDocx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String FONT = "Times New Roman";

    /** A4 in twentieths of a point. */
    public static final int A4_WIDTH = 11906;
    public static final int A4_HEIGHT = 16838;
    /** Margins: 20 mm top and bottom, 30 mm left, 15 mm right. */
    public static final int MARGIN_TOP = 1134;
    public static final int MARGIN_BOTTOM = 1134;
    public static final int MARGIN_LEFT = 1701;
    public static final int MARGIN_RIGHT = 851;
    /** Distance of the page number from the top edge: 10 mm. */
    static final int HEADER_DISTANCE = 567;
    static final int PORTRAIT_TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final int LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT;
    /** Tables with more columns than this are printed on landscape pages. */
    public static final int PORTRAIT_COLUMNS = 7;

    static final int TEXT_SIZE = 14;
    static final int TABLE_SIZE = 12;
    static final int WIDE_TABLE_SIZE = 11;
    private static final int LETTERHEAD_LEFT = 3969;
    private static final int LETTERHEAD_RIGHT = PORTRAIT_TEXT_WIDTH - LETTERHEAD_LEFT;
    private static final int FIRST_LINE_INDENT = 680;

    private OfficialDocx() {
    }

    public static byte[] write(OfficialDocument content) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(document).write(content);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document as .docx", e);
        }
    }

    /** Whether a table goes on landscape pages. */
    public static boolean landscape(DocumentTable table) {
        return table.columns().size() > PORTRAIT_COLUMNS;
    }

    private static final class Writer {
        private final XWPFDocument document;
        private final Numbering numbers = new Numbering();
        private String defaultHeaderId;
        private String firstHeaderId;

        Writer(XWPFDocument document) {
            this.document = document;
        }

        void write(OfficialDocument content) {
            defaults();
            pageNumbers();
            letterhead(content.letterhead());
            title(content.kind(), content.summary());
            addressees(content.addressees());
            for (OfficialDocument.Block block : content.body()) {
                if (block instanceof OfficialDocument.Heading heading) {
                    heading(heading);
                } else if (block instanceof OfficialDocument.Paragraph paragraph) {
                    bodyText(paragraph.text());
                } else if (block instanceof OfficialDocument.Table table) {
                    caption(table.table().caption());
                    table(table.table(), PORTRAIT_TEXT_WIDTH, TABLE_SIZE);
                    spacer();
                }
            }
            signature(content.signature(), content.recipients());
            boolean firstSection = true;
            boolean landscape = false;
            for (OfficialDocument.Appendix appendix : content.appendices()) {
                // the section before the appendix ends with this paragraph; the appendix starts on a new page
                endSection(landscape, firstSection);
                firstSection = false;
                landscape = landscape(appendix.table());
                appendix(appendix, landscape);
            }
            spacer();
            CTSectPr last = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                    : document.getDocument().getBody().addNewSectPr();
            section(last, landscape, firstSection);
        }

        /** Times New Roman 14 pt and Vietnamese for every run that says nothing else. */
        private void defaults() {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles styles =
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
            CTRPr rPr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
            CTFonts fonts = rPr.addNewRFonts();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            fonts.setEastAsia(FONT);
            rPr.addNewSz().setVal(BigInteger.valueOf(TEXT_SIZE * 2L));
            rPr.addNewSzCs().setVal(BigInteger.valueOf(TEXT_SIZE * 2L));
            rPr.addNewLang().setVal("vi-VN");
            document.createStyles().setStyles(styles);
        }

        /** An empty header on the first page, the page number centred at the top of every other page. */
        private void pageNumbers() {
            XWPFHeader first = document.createHeader(HeaderFooterType.FIRST);
            first.createParagraph();
            XWPFHeader other = document.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph paragraph = other.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            CTR begin = paragraph.getCTP().addNewR();
            begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            CTR instruction = paragraph.getCTP().addNewR();
            instruction.addNewInstrText().setStringValue(" PAGE ");
            CTR separate = paragraph.getCTP().addNewR();
            separate.addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            XWPFRun shown = paragraph.createRun();
            font(shown, TEXT_SIZE);
            shown.setText("2");
            CTR end = paragraph.getCTP().addNewR();
            end.addNewFldChar().setFldCharType(STFldCharType.END);
            for (CTR run : List.of(begin, instruction, separate, end)) {
                CTRPr rPr = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
                rPr.addNewSz().setVal(BigInteger.valueOf(TEXT_SIZE * 2L));
            }
            defaultHeaderId = document.getRelationId(other);
            firstHeaderId = document.getRelationId(first);
            // createHeader wrote references into the body's section properties; they are written anew per section
            CTSectPr body = document.getDocument().getBody().getSectPr();
            if (body != null) {
                while (body.sizeOfHeaderReferenceArray() > 0) {
                    body.removeHeaderReference(0);
                }
                if (body.isSetTitlePg()) {
                    body.unsetTitlePg();
                }
            }
        }

        /**
         * Page size, orientation, margins and the page-number header of a section; the first section has a
         * different first page (no number on page 1).
         */
        private void section(CTSectPr sectPr, boolean landscape, boolean firstSection) {
            CTHdrFtrRef other = sectPr.addNewHeaderReference();
            other.setType(STHdrFtr.DEFAULT);
            other.setId(defaultHeaderId);
            if (firstSection) {
                CTHdrFtrRef first = sectPr.addNewHeaderReference();
                first.setType(STHdrFtr.FIRST);
                first.setId(firstHeaderId);
            }
            CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
            size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
            size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
            size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
            margins.setTop(BigInteger.valueOf(MARGIN_TOP));
            margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
            margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
            margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
            margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
            margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
            margins.setGutter(BigInteger.ZERO);
            if (firstSection && !sectPr.isSetTitlePg()) {
                sectPr.addNewTitlePg();
            }
        }

        /** Ends the current section with an empty paragraph holding its properties; the next starts on a new page. */
        private void endSection(boolean landscape, boolean firstSection) {
            XWPFParagraph paragraph = document.createParagraph();
            CTPPr pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            section(pPr.addNewSectPr(), landscape, firstSection);
        }

        /**
         * Two columns without borders. Left: the parent body (capitals), the issuing body (capitals, bold), a short
         * rule, the number. Right: the national title (capitals, bold), the motto (bold) and its rule, the place and
         * date (italic), on the number's line.
         */
        private void letterhead(OfficialDocument.Letterhead letterhead) {
            XWPFTable table = newTable(new int[] {LETTERHEAD_LEFT, LETTERHEAD_RIGHT}, false);
            tightCells(table, 0);
            XWPFTableRow names = table.insertNewTableRow(0);
            XWPFTableCell left = cell(names, LETTERHEAD_LEFT);
            XWPFTableCell right = cell(names, LETTERHEAD_RIGHT);
            XWPFParagraph line = left.getParagraphs().get(0);
            if (letterhead.parentBody() != null) {
                centred(line, OfficialDocument.upper(letterhead.parentBody()), false, false, 12);
                line = left.addParagraph();
            }
            centred(line, OfficialDocument.upper(letterhead.issuingBody()), true, false, 12);
            rule(left.addParagraph(), LETTERHEAD_LEFT, 1400);
            centred(right.getParagraphs().get(0), OfficialDocument.NATION, true, false, 12);
            XWPFParagraph motto = right.addParagraph();
            centred(motto, OfficialDocument.MOTTO, true, false, 13);
            rule(right.addParagraph(), LETTERHEAD_RIGHT, 3200);

            XWPFTableRow dates = table.insertNewTableRow(1);
            XWPFParagraph number = cell(dates, LETTERHEAD_LEFT).getParagraphs().get(0);
            centred(number, letterhead.numberLine(), false, false, 13);
            XWPFParagraph date = cell(dates, LETTERHEAD_RIGHT).getParagraphs().get(0);
            centred(date, letterhead.placeAndDate(), false, true, TEXT_SIZE);
            spacing(number, 120, 0);
            spacing(date, 120, 0);
            spacer();
        }

        /** "BÁO CÁO" and the summary, bold and centred, with a short rule under them. */
        private void title(String kind, String summary) {
            XWPFParagraph first = document.createParagraph();
            centred(first, OfficialDocument.upper(kind), true, false, TEXT_SIZE);
            spacing(first, 240, 0);
            keepNext(first);
            if (summary != null && !summary.isBlank()) {
                XWPFParagraph second = document.createParagraph();
                centred(second, summary.strip(), true, false, TEXT_SIZE);
                spacing(second, 0, 0);
                keepNext(second);
            }
            rule(document.createParagraph(), PORTRAIT_TEXT_WIDTH, 1800);
        }

        /** "Kính gửi: …." on one line for one addressee; a list under it for more. */
        private void addressees(List<String> addressees) {
            if (addressees.isEmpty()) {
                return;
            }
            XWPFParagraph paragraph = document.createParagraph();
            spacing(paragraph, 120, 240);
            if (addressees.size() == 1) {
                paragraph.setAlignment(ParagraphAlignment.CENTER);
                run(paragraph, "Kính gửi: " + withEnd(addressees.get(0), "."), false, false, TEXT_SIZE);
                return;
            }
            paragraph.setIndentationLeft(2268);
            run(paragraph, "Kính gửi:", false, false, TEXT_SIZE);
            for (int i = 0; i < addressees.size(); i++) {
                XWPFRun run = paragraph.createRun();
                font(run, TEXT_SIZE);
                run.addBreak();
                run.setText("- " + withEnd(addressees.get(i), i == addressees.size() - 1 ? "." : ";"));
            }
        }

        private void heading(OfficialDocument.Heading heading) {
            String text = numbers.label(heading);
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.BOTH);
            paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
            keepNext(paragraph);
            spacing(paragraph, heading.level() == 1 ? 120 : 60, 60);
            run(paragraph, text, true, heading.level() == 3, TEXT_SIZE);
        }

        private void bodyText(String text) {
            for (String line : text.split("\n")) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.BOTH);
                paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
                spacing(paragraph, 0, 120);
                paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
                run(paragraph, line, false, false, TEXT_SIZE);
            }
        }

        private void caption(String caption) {
            if (caption == null || caption.isBlank()) {
                return;
            }
            XWPFParagraph paragraph = document.createParagraph();
            keepNext(paragraph);
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            spacing(paragraph, 120, 120);
            run(paragraph, caption, true, false, 13);
        }

        /**
         * Two columns without borders: "Nơi nhận:" and its list (bold italic 12 pt, 11 pt) on the left; the
         * authority, the title, the space to sign and the name (bold 14 pt) on the right.
         */
        private void signature(OfficialDocument.Signature signature, List<String> recipients) {
            if (signature == null && recipients.isEmpty()) {
                return;
            }
            int left = 4535;
            int right = PORTRAIT_TEXT_WIDTH - left;
            XWPFTable table = newTable(new int[] {left, right}, false);
            tightCells(table, 0);
            XWPFTableRow row = table.insertNewTableRow(0);
            row.getCtRow().addNewTrPr().addNewCantSplit();
            XWPFTableCell place = cell(row, left);
            XWPFTableCell sign = cell(row, right);
            XWPFParagraph heading = place.getParagraphs().get(0);
            spacing(heading, 240, 0);
            if (!recipients.isEmpty()) {
                run(heading, "Nơi nhận:", true, true, 12);
                for (int i = 0; i < recipients.size(); i++) {
                    XWPFParagraph item = place.addParagraph();
                    spacing(item, 0, 0);
                    run(item, "- " + withEnd(recipients.get(i), i == recipients.size() - 1 ? "." : ";"), false, false, 11);
                }
            }
            XWPFParagraph line = sign.getParagraphs().get(0);
            spacing(line, 240, 0);
            if (signature != null) {
                boolean firstLine = true;
                for (String text : new String[] {signature.authority(), signature.title()}) {
                    if (text != null) {
                        XWPFParagraph paragraph = firstLine ? line : sign.addParagraph();
                        centred(paragraph, OfficialDocument.upper(text), true, false, TEXT_SIZE);
                        firstLine = false;
                    }
                }
                for (int i = 0; i < 4; i++) {
                    spacing(sign.addParagraph(), 0, 0);
                }
                XWPFParagraph name = sign.addParagraph();
                centred(name, signature.name() == null ? "" : signature.name(), true, false, TEXT_SIZE);
            }
        }

        /** An appendix on a new section: its heading lines, title and note centred, then its table. */
        private void appendix(OfficialDocument.Appendix appendix, boolean landscape) {
            for (String line : appendix.heading()) {
                XWPFParagraph paragraph = document.createParagraph();
                centred(paragraph, line, true, false, TEXT_SIZE);
                keepNext(paragraph);
                spacing(paragraph, 0, 0);
            }
            if (appendix.title() != null) {
                XWPFParagraph paragraph = document.createParagraph();
                centred(paragraph, appendix.title(), true, false, TEXT_SIZE);
                keepNext(paragraph);
                spacing(paragraph, 0, 0);
            }
            if (appendix.note() != null) {
                XWPFParagraph paragraph = document.createParagraph();
                centred(paragraph, appendix.note(), false, true, 13);
                keepNext(paragraph);
                spacing(paragraph, 0, 0);
            }
            rule(document.createParagraph(), landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH, 1800);
            caption(appendix.table().caption());
            table(appendix.table(), landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH,
                    landscape ? WIDE_TABLE_SIZE : TABLE_SIZE);
        }

        /**
         * A bordered table on the given width: a grid of fixed column widths in proportion to the columns'
         * weights, the header row(s) repeated on every page, rows kept whole.
         */
        private void table(DocumentTable content, int width, int fontSize) {
            int[] widths = widths(content, width);
            XWPFTable table = newTable(widths, true);
            int r = 0;
            if (content.grouped()) {
                XWPFTableRow groups = header(table.insertNewTableRow(r++));
                XWPFTableRow headings = header(table.insertNewTableRow(r++));
                int c = 0;
                while (c < widths.length) {
                    DocumentTable.Column column = content.columns().get(c);
                    if (column.group() == null) {
                        headerCell(groups, widths[c], 1, column.heading(), STMerge.RESTART, fontSize);
                        headerCell(headings, widths[c], 1, "", STMerge.CONTINUE, fontSize);
                        c++;
                        continue;
                    }
                    int span = 1;
                    while (c + span < widths.length && column.group().equals(content.columns().get(c + span).group())) {
                        span++;
                    }
                    if (span == 1 && column.group().equals(column.heading())) {
                        headerCell(groups, widths[c], 1, column.heading(), STMerge.RESTART, fontSize);
                        headerCell(headings, widths[c], 1, "", STMerge.CONTINUE, fontSize);
                    } else {
                        int spanned = 0;
                        for (int i = 0; i < span; i++) {
                            spanned += widths[c + i];
                            headerCell(headings, widths[c + i], 1, content.columns().get(c + i).heading(), null, fontSize);
                        }
                        headerCell(groups, spanned, span, column.group(), null, fontSize);
                    }
                    c += span;
                }
            } else {
                XWPFTableRow headings = header(table.insertNewTableRow(r++));
                for (int c = 0; c < widths.length; c++) {
                    headerCell(headings, widths[c], 1, content.columns().get(c).heading(), null, fontSize);
                }
            }
            // the column numbers under the header, as official forms print them: (1), (2), …
            XWPFTableRow numbered = header(table.insertNewTableRow(r++));
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = cell(numbered, widths[c]);
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                centred(paragraph, "(" + (c + 1) + ")", false, true, fontSize - 1);
                tableSpacing(paragraph);
            }
            for (DocumentTable.Row row : content.rows()) {
                XWPFTableRow line = table.insertNewTableRow(r++);
                boolean bold = row.kind() != DocumentTable.RowKind.PLAIN;
                if (row.kind() == DocumentTable.RowKind.SECTION && widths.length > 1) {
                    // A section row is one line, so it cannot be split anyway; marked cantSplit, a spanning row
                    // right under the repeated header makes LibreOffice drop the rest of the table at a page break.
                    bodyCell(line, widths[0], 1, row.cells().isEmpty() ? "" : row.cells().get(0), true, true, fontSize);
                    int rest = 0;
                    for (int c = 1; c < widths.length; c++) {
                        rest += widths[c];
                    }
                    bodyCell(line, rest, widths.length - 1, row.cells().size() > 1 ? row.cells().get(1) : "", false, true, fontSize);
                    // kept with the row under it, so that a section's heading never ends a page
                    line.getTableCells().forEach(cell -> cell.getParagraphs().forEach(this::keepNext));
                    continue;
                }
                line.getCtRow().addNewTrPr().addNewCantSplit();
                for (int c = 0; c < widths.length; c++) {
                    Object value = c < row.cells().size() ? row.cells().get(c) : null;
                    boolean centre = content.columns().get(c).numeric() || c == 0;
                    bodyCell(line, widths[c], 1, value, centre, bold, fontSize);
                }
            }
        }

        private XWPFTableRow header(XWPFTableRow row) {
            CTTrPr trPr = row.getCtRow().addNewTrPr();
            trPr.addNewCantSplit();
            trPr.addNewTblHeader();
            return row;
        }

        private void headerCell(XWPFTableRow row, int width, int span, String text, STMerge.Enum merge, int fontSize) {
            XWPFTableCell cell = cell(row, width);
            CTTcPr tcPr = cell.getCTTc().getTcPr();
            if (span > 1) {
                tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            if (merge != null) {
                tcPr.addNewVMerge().setVal(merge);
            }
            tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            centred(paragraph, text, true, false, fontSize);
            tableSpacing(paragraph);
        }

        private void bodyCell(XWPFTableRow row, int width, int span, Object value, boolean centre, boolean bold, int fontSize) {
            XWPFTableCell cell = cell(row, width);
            if (span > 1) {
                cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            String text = DocumentTable.text(value);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    paragraph = cell.addParagraph();
                }
                paragraph.setAlignment(centre ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                tableSpacing(paragraph);
                run(paragraph, lines[i], bold, false, fontSize);
            }
        }

        /** A table with fixed layout, its grid and, for figures, single borders; rows are added by the caller. */
        private XWPFTable newTable(int[] widths, boolean bordered) {
            XWPFTable table = document.createTable();
            while (!table.getRows().isEmpty()) {
                table.removeRow(0);
            }
            CTTbl ct = table.getCTTbl();
            CTTblPr tblPr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
            int total = 0;
            for (int width : widths) {
                total += width;
            }
            CTTblWidth tblW = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
            tblW.setType(STTblWidth.DXA);
            tblW.setW(BigInteger.valueOf(total));
            if (tblPr.isSetJc()) {
                tblPr.unsetJc();
            }
            tblPr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
            if (tblPr.isSetTblBorders()) {
                tblPr.unsetTblBorders();
            }
            CTTblBorders borders = tblPr.addNewTblBorders();
            STBorder.Enum style = bordered ? STBorder.SINGLE : STBorder.NONE;
            for (CTBorder border : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                    borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
                border.setVal(style);
                if (bordered) {
                    border.setSz(BigInteger.valueOf(4));
                    border.setSpace(BigInteger.ZERO);
                    border.setColor("000000");
                }
            }
            if (tblPr.isSetTblLayout()) {
                tblPr.unsetTblLayout();
            }
            tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
            if (bordered) {
                tightCells(table, 57);
            }
            CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int width : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(width));
            }
            return table;
        }

        /** Left and right cell margins of a table (twentieths of a point). */
        private void tightCells(XWPFTable table, int margin) {
            CTTblPr tblPr = table.getCTTbl().getTblPr();
            if (tblPr.isSetTblCellMar()) {
                tblPr.unsetTblCellMar();
            }
            CTTblCellMar margins = tblPr.addNewTblCellMar();
            CTTblWidth left = margins.addNewLeft();
            left.setType(STTblWidth.DXA);
            left.setW(BigInteger.valueOf(margin));
            CTTblWidth right = margins.addNewRight();
            right.setType(STTblWidth.DXA);
            right.setW(BigInteger.valueOf(margin));
        }

        private XWPFTableCell cell(XWPFTableRow row, int width) {
            XWPFTableCell cell = row.createCell();
            CTTc tc = cell.getCTTc();
            CTTcPr tcPr = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
            CTTblWidth tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
            tcW.setType(STTblWidth.DXA);
            tcW.setW(BigInteger.valueOf(width));
            return cell;
        }

        /** An empty paragraph whose top border is a rule of the given length, centred on the given width. */
        private void rule(XWPFParagraph paragraph, int width, int length) {
            int indent = Math.max(0, (width - length) / 2);
            paragraph.setIndentationLeft(indent);
            paragraph.setIndentationRight(indent);
            // 2 pt above the rule, so that it does not touch the descenders of the line above
            spacing(paragraph, 40, 0);
            paragraph.setSpacingBetween(6, LineSpacingRule.EXACT);
            CTPPr pPr = paragraph.getCTP().getPPr();
            CTPBdr borders = pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr();
            CTBorder top = borders.addNewTop();
            top.setVal(STBorder.SINGLE);
            top.setSz(BigInteger.valueOf(6));
            top.setSpace(BigInteger.ONE);
            top.setColor("000000");
            XWPFRun run = paragraph.createRun();
            font(run, 2);
        }

        private void keepNext(XWPFParagraph paragraph) {
            CTPPr pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            if (!pPr.isSetKeepNext()) {
                pPr.addNewKeepNext();
            }
        }

        private void spacer() {
            XWPFParagraph paragraph = document.createParagraph();
            spacing(paragraph, 0, 0);
            paragraph.setSpacingBetween(6, LineSpacingRule.EXACT);
        }

        private void centred(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            run(paragraph, text, bold, italic, size);
        }

        private void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
            XWPFRun run = paragraph.createRun();
            font(run, size);
            run.setBold(bold);
            run.setItalic(italic);
            run.setText(text == null ? "" : text);
        }

        private void font(XWPFRun run, int size) {
            run.setFontFamily(FONT);
            run.setFontSize(size);
        }

        private void spacing(XWPFParagraph paragraph, int before, int after) {
            paragraph.setSpacingBefore(before);
            paragraph.setSpacingAfter(after);
        }

        private void tableSpacing(XWPFParagraph paragraph) {
            spacing(paragraph, 20, 20);
            paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        }
    }

    /** The columns' widths on the given width, in proportion to their weights; the last takes what rounding leaves. */
    static int[] widths(DocumentTable table, int width) {
        int total = table.totalWeight();
        int[] widths = new int[table.columns().size()];
        int used = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == widths.length - 1 ? width - used : width * table.columns().get(c).weight() / total;
            used += widths[c];
        }
        return widths;
    }

    static String withEnd(String text, String end) {
        String stripped = text.strip().replaceAll("[.;,]+$", "");
        return stripped + end;
    }

    /**
     * Numbers headings as administrative documents do: level 1 "I.", "II." in capitals, level 2 "1.", level 3
     * "a)", each restarting under a higher heading. One per document.
     */
    static final class Numbering {
        private final int[] numbers = new int[3];

        /** The heading as printed, with its number. */
        String label(OfficialDocument.Heading heading) {
            int level = heading.level() - 1;
            numbers[level]++;
            for (int deeper = level + 1; deeper < numbers.length; deeper++) {
                numbers[deeper] = 0;
            }
            return switch (heading.level()) {
                case 1 -> roman(numbers[0]) + ". " + OfficialDocument.upper(heading.text());
                case 2 -> numbers[1] + ". " + heading.text();
                default -> letter(numbers[2]) + ") " + heading.text();
            };
        }

        static String roman(int number) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
            StringBuilder roman = new StringBuilder();
            int rest = number;
            for (int i = 0; i < values.length; i++) {
                while (rest >= values[i]) {
                    roman.append(numerals[i]);
                    rest -= values[i];
                }
            }
            return roman.toString();
        }

        /** a, b, c, d, đ, e, g, … as Vietnamese documents letter their points (no f, j, w, z). */
        static String letter(int number) {
            String letters = "abcdđeghiklmnopqrstuvxy";
            return number <= letters.length() ? String.valueOf(letters.charAt(number - 1)) : Integer.toString(number);
        }
    }

}
