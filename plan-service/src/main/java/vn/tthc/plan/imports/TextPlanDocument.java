package vn.tthc.plan.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.tthc.plan.MarkupText;
import vn.tthc.plan.imports.NotAPlanDocumentException.Reason;

/**
 * A plan document converted to text: prose lines, and the appendix table as lines of tab-separated cells
 * (see {@link TabSeparatedTableReader}). The table starts at the first tab-separated line that is a plan
 * table's header row, or failing one at the first tab-separated line after a "Phụ lục" heading; everything
 * from there on is the table's. Tab-separated lines before it (a header laid out in columns) are prose, one
 * line per cell. Lines are numbered as in the text, and table rows keep those numbers.
 */
final class TextPlanDocument {

    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextPlanDocument() {
    }

    static PlanDocument of(byte[] utf8) {
        if (utf8.length == 0) {
            throw new NotAPlanDocumentException(Reason.EMPTY, "no bytes");
        }
        try {
            return of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new NotAPlanDocumentException(Reason.BINARY, "not UTF-8 text", e);
        }
    }

    static PlanDocument of(String text) {
        if (text == null || text.isBlank()) {
            throw new NotAPlanDocumentException(Reason.EMPTY, "no text");
        }
        checkIsText(text);
        String[] lines = text.split("\r\n|\r|\n", -1);
        int tableStart = tableStart(lines);
        int proseEnd = tableStart < 0 ? lines.length : tableStart;
        List<DocumentLine> prose = new ArrayList<>();
        for (int i = 0; i < proseEnd; i++) {
            for (String cell : lines[i].split("\t")) {
                if (!cell.isBlank()) {
                    prose.add(new DocumentLine(i + 1, cell));
                }
            }
        }
        if (tableStart < 0) {
            return new PlanDocument(prose, null);
        }
        String[] tableLines = Arrays.copyOf(lines, lines.length);
        Arrays.fill(tableLines, 0, tableStart, "");
        String table = String.join("\n", tableLines);
        return new PlanDocument(prose, importer -> importer.importText(table));
    }

    /** Where the appendix table starts (a line index); -1 when the text holds none. */
    private static int tableStart(String[] lines) {
        int afterAppendixHeading = -1;
        boolean appendixHeadingSeen = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf('\t') < 0) {
                appendixHeadingSeen |= DocumentPatterns.isAppendixHeading(LineCleaner.plain(line));
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(MarkupText::toPlainText).toList();
            if (ColumnLayout.recognize(new TableRow(i + 1, cells)).isPresent()) {
                return i;
            }
            if (appendixHeadingSeen && afterAppendixHeading < 0) {
                afterAppendixHeading = i;
            }
        }
        return afterAppendixHeading;
    }

    private static void checkIsText(String text) {
        long control = text.chars()
                .filter(c -> c == 0 || c == 0xFFFD || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                .count();
        if (text.indexOf('\0') >= 0 || control > MAX_CONTROL_SHARE * text.length()) {
            throw new NotAPlanDocumentException(Reason.BINARY, control + " control characters in " + text.length());
        }
    }
}
