package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of targets a plan lists under each of its areas of work rather than in a part of their own: under
 * "NỘI DUNG", "1. Kiểm soát quy định TTHC" then "a) Chỉ tiêu: 100% dự thảo …" and "b) Nhiệm vụ: …". A
 * numbered or lettered sub-heading that starts with "Chỉ tiêu" opens them (its own text after the colon is
 * one); the next numbered or lettered line closes them. The lines stay where they are in the body as well.
 */
final class AreaTargetLines {

    private static final Pattern TARGETS_HEADING = Pattern.compile("^chi tieu\\b[^:]{0,60}:?\\s*");

    private AreaTargetLines() {
    }

    static List<DocumentLine> in(List<OutlineSection> sections) {
        List<DocumentLine> lines = new ArrayList<>();
        for (OutlineSection section : sections) {
            if (section.kind() == SectionKind.PURPOSES) {
                continue;
            }
            boolean underTargets = false;
            for (DocumentLine line : section.lines()) {
                Optional<DocumentPatterns.Labelled> labelled = DocumentPatterns.numbered(line.text())
                        .or(() -> DocumentPatterns.lettered(line.text()));
                if (labelled.isEmpty()) {
                    if (underTargets) {
                        lines.add(line);
                    }
                    continue;
                }
                String text = labelled.get().text();
                Matcher heading = TARGETS_HEADING.matcher(DocumentPatterns.fold(text));
                underTargets = heading.lookingAt();
                if (underTargets && heading.end() < text.length()) {
                    lines.add(line.withText(text.substring(heading.end())));
                }
            }
        }
        return lines;
    }
}
