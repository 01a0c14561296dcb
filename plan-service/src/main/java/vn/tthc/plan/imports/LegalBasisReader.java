package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tthc.plan.LegalBasis;

/**
 * Reads the introduction of a plan, between its title and its first numbered part: the legal bases and the
 * preamble that names the issuing unit ("Sở Khoa học và Công nghệ xây dựng Kế hoạch … như sau:").
 *
 * <p>A basis line ("Căn cứ …;", "Thực hiện Nghị định số …; Nghị định số …") yields one {@link LegalBasis} per
 * document it cites: it is split at semicolons, and at "và" where a document type and "số" follow ("… và Thông
 * tư số 01/2023/TT-VPCP …"). The opening "Căn cứ"/"Thực hiện" and the closing punctuation are left out of
 * each text. A preamble sentence printed at the end of a basis line is split off. Other lines are reported.
 */
final class LegalBasisReader {

    /** What the introduction says. */
    record Intro(List<LegalBasis> bases, String issuingUnit) {
    }

    private static final Pattern LEAD = Pattern.compile("^(?:[-–+•]\\s*)?(?:can cu|thuc hien)\\s*:?\\s*");
    private static final Pattern SEPARATOR = Pattern.compile(
            ";\\s*|\\s+va\\s+(?=" + DocumentPatterns.DOCUMENT_TYPE + "\\s+so\\b)");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu})");
    private static final Pattern PREAMBLE_VERB = Pattern.compile(
            "\\s+(?:ban hanh|xay dung|trien khai|to chuc trien khai)\\s+(?:ke hoach|van ban)\\b");
    private static final Pattern PREAMBLE_END = Pattern.compile("\\bnhu sau\\s*:?\\s*$");
    private static final Pattern ABBREVIATION = Pattern.compile("\\s*\\((?:\\p{Lu}|&){2,10}\\)");
    private static final String EDGE = "^[\\s;,.:]+|[\\s;,.:]+$";

    private LegalBasisReader() {
    }

    static Intro read(List<DocumentLine> lines, Warnings warnings) {
        List<LegalBasis> bases = new ArrayList<>();
        String unit = null;
        for (DocumentLine line : lines) {
            String text = line.text();
            String preamble = null;
            if (DocumentOutline.startsLegalBasis(text)) {
                Matcher lead = LEAD.matcher(line.folded());
                String body = lead.find() ? text.substring(lead.end()) : DocumentPatterns.withoutMarker(text);
                int sentence = preambleStart(body);
                if (sentence >= 0) {
                    preamble = body.substring(sentence).strip();
                    body = body.substring(0, sentence);
                }
                split(body).forEach(basis -> bases.add(new LegalBasis(basis, null)));
            } else if (isPreamble(text)) {
                preamble = text;
            } else {
                warnings.add(line, ImportWarning.LINE_UNREAD, "Không rõ nội dung ở phần mở đầu (không phải căn cứ"
                        + " hay lời dẫn): " + text);
            }
            Optional<String> named = preamble == null ? Optional.empty() : unitOf(preamble);
            if (named.isPresent() && unit == null) {
                unit = named.get();
            }
        }
        return new Intro(bases, unit);
    }

    /** "… ban hành Kế hoạch …", "… xây dựng Kế hoạch …", "… như sau:": the sentence that leads into the plan. */
    static boolean isPreamble(String text) {
        String folded = DocumentPatterns.fold(text);
        return PREAMBLE_VERB.matcher(folded).find() || PREAMBLE_END.matcher(folded).find();
    }

    /** The unit a preamble names as its subject ("Ủy ban nhân dân (UBND) tỉnh Sóc Trăng ban hành …"). */
    static Optional<String> unitOf(String preamble) {
        String folded = DocumentPatterns.fold(preamble);
        Matcher verb = PREAMBLE_VERB.matcher(folded);
        if (!verb.find() || !DocumentPatterns.UNIT_START.matcher(folded).find()) {
            return Optional.empty();
        }
        String subject = ABBREVIATION.matcher(preamble.substring(0, verb.start())).replaceAll("").strip();
        return subject.isEmpty() || subject.contains(",") ? Optional.empty() : Optional.of(subject);
    }

    /** Where a preamble sentence starts at the end of a basis line; -1 when there is none. */
    private static int preambleStart(String body) {
        Matcher end = SENTENCE_END.matcher(body);
        int last = -1;
        while (end.find()) {
            last = end.end();
        }
        return last >= 0 && isPreamble(body.substring(last)) ? last : -1;
    }

    private static List<String> split(String body) {
        List<String> bases = new ArrayList<>();
        Matcher separator = SEPARATOR.matcher(DocumentPatterns.fold(body));
        int start = 0;
        while (separator.find()) {
            add(bases, body.substring(start, separator.start()));
            start = separator.end();
        }
        add(bases, body.substring(start));
        return bases;
    }

    private static void add(List<String> bases, String text) {
        String basis = text.replaceAll(EDGE, "");
        if (!basis.isEmpty()) {
            bases.add(basis);
        }
    }
}
