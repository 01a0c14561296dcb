package vn.tthc.platform.documents;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads exported documents back with Apache POI and checks what Decree 30/2020/NĐ-CP and a strict reader ask of
 * them. Shared with the services' tests (the platform's test jar).
 */
public final class DocumentChecks {

    private DocumentChecks() {
    }

    /** One section of a .docx as read back: size, orientation and margins, in twentieths of a point. */
    public record Section(long width, long height, boolean landscape, long top, long bottom, long left, long right,
                          boolean titlePage) {
    }

    public static XWPFDocument docx(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks what every exported .docx keeps: the package opens with POI's strict package checks and the document
     * XML validates against the schema; every section is A4 with the decree's margins and the orientation its
     * size says; the first section numbers pages from page 2 (a different first page); every table has a grid
     * with as many columns as its widest row spans, fixed widths and cells as wide as the grid says.
     */
    public static List<Section> assertOfficialDocx(byte[] bytes) {
        assertStrictPackage(bytes);
        try (XWPFDocument document = docx(bytes)) {
            assertValid(document.getDocument());
            List<Section> sections = sections(document);
            assertThat(sections).isNotEmpty();
            for (Section section : sections) {
                assertThat(List.of(section.width(), section.height())).containsExactlyInAnyOrder(11906L, 16838L);
                assertThat(section.landscape()).isEqualTo(section.width() > section.height());
                assertThat(section.top()).isBetween(1134L, 1418L);
                assertThat(section.bottom()).isBetween(1134L, 1418L);
                assertThat(section.left()).isBetween(1701L, 1985L);
                assertThat(section.right()).isBetween(850L, 1134L);
            }
            assertThat(sections.get(0).titlePage()).as("no page number on the first page").isTrue();
            assertThat(sections.subList(1, sections.size())).noneMatch(Section::titlePage);
            assertThat(document.getHeaderList()).anySatisfy(header ->
                    assertThat(header.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE"));
            for (XWPFTable table : document.getTables()) {
                assertGrid(table);
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sections in document order: those ending at a paragraph, then the body's last one. */
    public static List<Section> sections(XWPFDocument document) {
        List<Section> sections = new ArrayList<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            CTP p = paragraph.getCTP();
            if (p.isSetPPr() && p.getPPr().isSetSectPr()) {
                sections.add(section(p.getPPr().getSectPr()));
            }
        }
        CTSectPr last = document.getDocument().getBody().getSectPr();
        assertThat(last).as("the body's section properties").isNotNull();
        sections.add(section(last));
        return sections;
    }

    private static Section section(CTSectPr sectPr) {
        assertThat(sectPr.isSetPgSz()).as("page size").isTrue();
        assertThat(sectPr.isSetPgMar()).as("page margins").isTrue();
        var size = sectPr.getPgSz();
        var margins = sectPr.getPgMar();
        return new Section(number(size.getW()), number(size.getH()), size.getOrient() == STPageOrientation.LANDSCAPE,
                number(margins.getTop()), number(margins.getBottom()), number(margins.getLeft()), number(margins.getRight()),
                sectPr.isSetTitlePg());
    }

    private static long number(Object value) {
        return value instanceof BigInteger big ? big.longValue() : Long.parseLong(value.toString());
    }

    /** A grid with a column per cell of the widest row, each cell's width the sum of the grid columns it spans. */
    public static void assertGrid(XWPFTable table) {
        CTTbl ct = table.getCTTbl();
        assertThat(ct.getTblGrid()).as("w:tblGrid").isNotNull();
        List<Long> grid = new ArrayList<>();
        ct.getTblGrid().getGridColList().forEach(column -> grid.add(number(column.getW())));
        assertThat(grid).isNotEmpty().allMatch(width -> width > 0);
        assertThat(ct.getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
        for (XWPFTableRow row : table.getRows()) {
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                var tcPr = cell.getCTTc().getTcPr();
                int span = tcPr != null && tcPr.isSetGridSpan() ? tcPr.getGridSpan().getVal().intValue() : 1;
                long expected = grid.subList(column, column + span).stream().mapToLong(Long::longValue).sum();
                assertThat(number(tcPr.getTcW().getW())).isEqualTo(expected);
                column += span;
            }
            assertThat(column).as("grid columns spanned by a row").isEqualTo(grid.size());
        }
    }

    /** How many rows at the top of the table repeat on every page; every row of a figures table is kept whole. */
    public static int repeatedHeaderRows(XWPFTable table) {
        int repeated = 0;
        for (XWPFTableRow row : table.getRows()) {
            var trPr = row.getCtRow().getTrPr();
            if (trPr == null || trPr.sizeOfTblHeaderArray() == 0) {
                break;
            }
            repeated++;
        }
        return repeated;
    }

    /**
     * Whether every row is kept whole on a page ({@code cantSplit}), except one-line section rows spanning the
     * table (which cannot split, and which LibreOffice mislays under a repeated header when they are marked).
     */
    public static boolean rowsKeptWhole(XWPFTable table) {
        return table.getRows().stream().allMatch(row -> (row.getCtRow().getTrPr() != null
                && row.getCtRow().getTrPr().sizeOfCantSplitArray() > 0) || spans(row));
    }

    private static boolean spans(XWPFTableRow row) {
        return row.getTableCells().stream().anyMatch(cell -> cell.getCTTc().getTcPr() != null
                && cell.getCTTc().getTcPr().isSetGridSpan() && cell.getCTTc().getTcPr().getGridSpan().getVal().intValue() > 1);
    }

    /** The texts of every cell of a table, each cell's paragraphs joined by line breaks. */
    public static List<String> cells(XWPFTable table) {
        return table.getRows().stream().flatMap(row -> row.getTableCells().stream()).map(DocumentChecks::text).toList();
    }

    /** A cell's paragraphs joined by line breaks. */
    public static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    /** Every paragraph of the body, in order, tables' paragraphs left out. */
    public static String text(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    /** The document's XML validates against the WordprocessingML schema POI carries. */
    public static void assertValid(XmlObject xml) {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions();
        options.setErrorListener(errors);
        boolean valid = xml.validate(options);
        assertThat(errors).as("schema errors").isEmpty();
        assertThat(valid).isTrue();
    }

    /** The package opens read-only with POI's checks of content types, relationships and part names. */
    public static void assertStrictPackage(byte[] bytes) {
        try {
            Path file = Files.createTempFile("export", ".zip");
            try {
                Files.write(file, bytes);
                try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                    assertThat(pkg.getParts()).isNotEmpty();
                    pkg.getParts().forEach(part -> assertThat(part.getContentType()).isNotBlank());
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (Exception e) {
            throw new AssertionError("the package does not open strictly: " + e, e);
        }
    }

    /**
     * Checks every sheet holding a table: A4, fitted to one page wide, header rows repeated when printed, panes
     * frozen under them, bordered header cells in bold, and a name of at most 31 characters.
     */
    public static void assertOfficialXlsx(byte[] bytes) {
        assertStrictPackage(bytes);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                names.add(sheet.getSheetName().toLowerCase());
                assertThat(sheet.getSheetName().length()).isLessThanOrEqualTo(31);
                assertValid(sheet.getCTWorksheet());
                PrintSetup setup = sheet.getPrintSetup();
                assertThat(setup.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(setup.getFitWidth()).isEqualTo((short) 1);
                assertThat(setup.getFitHeight()).isEqualTo((short) 0);
                CellRangeAddress repeated = sheet.getRepeatingRows();
                if (repeated != null) {
                    int columns = sheet.getRow(repeated.getLastRow()).getLastCellNum();
                    assertThat(setup.getLandscape()).as("landscape for a wide table").isEqualTo(columns > OfficialDocx.PORTRAIT_COLUMNS);
                    assertThat(sheet.getPaneInformation()).isNotNull();
                    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (repeated.getLastRow() + 1));
                    var headerCell = sheet.getRow(repeated.getFirstRow()).getCell(0);
                    assertThat(workbook.getFontAt(headerCell.getCellStyle().getFontIndex()).getBold()).isTrue();
                    assertThat(headerCell.getCellStyle().getBorderTop().getCode()).isPositive();
                    assertThat(headerCell.getCellStyle().getWrapText()).isTrue();
                }
            }
            assertThat(names).doesNotHaveDuplicates();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file under the directory named by the system property {@code exports.out} (or the environment variable EXPORTS_OUT), when set. */
    public static void keep(String name, byte[] bytes) {
        String directory = System.getProperty("exports.out", System.getenv("EXPORTS_OUT"));
        if (directory == null || directory.isBlank()) {
            return;
        }
        try {
            Path dir = Path.of(directory);
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
