package vn.tthc.plan.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.tthc.plan.MarkupText;
import vn.tthc.plan.imports.NotAPlanTableException.Reason;

/**
 * Reads the rows of a plan document converted to text, where a table row is a line of tab-separated cells
 * (which may hold HTML markup) and everything else is the document's prose. Lines without a tab are left out
 * before the first table row; after it, a non-blank one is kept as a row of one cell so that it is reported
 * rather than lost.
 */
public final class TabSeparatedTableReader {

    private static final double MAX_CONTROL_SHARE = 0.01;

    private TabSeparatedTableReader() {
    }

    /** The rows of UTF-8 text; refuses bytes that are not UTF-8 text. */
    public static List<TableRow> read(byte[] utf8) {
        if (utf8.length == 0) {
            throw new NotAPlanTableException(Reason.EMPTY, "no bytes");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
            return read(text);
        } catch (CharacterCodingException e) {
            throw new NotAPlanTableException(Reason.BINARY, "not UTF-8 text", e);
        }
    }

    public static List<TableRow> read(String document) {
        if (document == null || document.isBlank()) {
            throw new NotAPlanTableException(Reason.EMPTY, "no text");
        }
        checkIsText(document);
        String[] lines = document.split("\r\n|\r|\n", -1);
        List<TableRow> rows = new ArrayList<>();
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf('\t') >= 0) {
                inTable = true;
                rows.add(new TableRow(i + 1, Arrays.stream(line.split("\t", -1)).map(MarkupText::toPlainText).toList()));
            } else if (inTable && !line.isBlank()) {
                rows.add(new TableRow(i + 1, List.of(MarkupText.toPlainText(line))));
            }
        }
        if (rows.isEmpty()) {
            throw new NotAPlanTableException(Reason.NO_TABLE, "no tab-separated rows");
        }
        return rows;
    }

    private static void checkIsText(String document) {
        long control = document.chars()
                .filter(c -> c == 0 || c == 0xFFFD || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                .count();
        if (document.indexOf('\0') >= 0 || control > MAX_CONTROL_SHARE * document.length()) {
            throw new NotAPlanTableException(Reason.BINARY, control + " control characters in " + document.length());
        }
    }
}
