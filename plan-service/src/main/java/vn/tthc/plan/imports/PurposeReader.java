package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the purposes and requirements of a plan from its "MỤC ĐÍCH, YÊU CẦU" (or "MỤC TIÊU, YÊU CẦU") part:
 * the lines under a "1. Mục đích"/"1. Mục tiêu" sub-heading are its purposes, those under "2. Yêu cầu" its
 * requirements, those under "3. Chỉ tiêu" join the purposes. A part whose heading names only one of them
 * ("I. MỤC ĐÍCH", "II. YÊU CẦU") is that one throughout. Lines before any sub-heading of a part that names
 * both are taken as purposes, with a warning. Text is kept as printed, one line per line.
 */
final class PurposeReader {

    /**
     * What the purposes part says.
     *
     * @param purposes     null when there are none
     * @param requirements null when there are none
     * @param targetLines  the lines targets are looked for in: purposes and "chỉ tiêu"
     */
    record Purposes(String purposes, String requirements, List<DocumentLine> targetLines) {
    }

    private enum Part { PURPOSES, REQUIREMENTS, TARGETS }

    private static final Pattern PURPOSES = Pattern.compile("^(?:muc dich|muc tieu)\\b");
    private static final Pattern REQUIREMENTS = Pattern.compile("^yeu cau\\b");
    private static final Pattern TARGETS = Pattern.compile("^chi tieu\\b");
    private static final int MAX_SUBHEADING_LENGTH = 60;

    private PurposeReader() {
    }

    static Purposes read(List<OutlineSection> sections, Warnings warnings) {
        List<DocumentLine> purposes = new ArrayList<>();
        List<DocumentLine> requirements = new ArrayList<>();
        List<DocumentLine> targets = new ArrayList<>();
        for (OutlineSection section : sections) {
            if (section.kind() != SectionKind.PURPOSES) {
                continue;
            }
            Optional<Part> current = partNamedOnlyBy(section.title());
            boolean warned = false;
            for (DocumentLine line : section.lines()) {
                Optional<Part> subheading = subheading(line.text());
                if (subheading.isPresent()) {
                    current = subheading;
                    continue;
                }
                if (current.isEmpty() && !warned) {
                    warnings.add(line, ImportWarning.PURPOSES_UNSPLIT, "Phần «" + section.title()
                            + "» không tách mục đích và yêu cầu; đã lấy là mục đích");
                    warned = true;
                }
                Part part = current.orElse(Part.PURPOSES);
                (part == Part.REQUIREMENTS ? requirements : purposes).add(line);
                if (part != Part.REQUIREMENTS) {
                    targets.add(line);
                }
            }
        }
        return new Purposes(text(purposes), text(requirements), targets);
    }

    /** The one part a heading names; empty when it names both purposes and requirements. */
    private static Optional<Part> partNamedOnlyBy(String title) {
        String folded = DocumentPatterns.fold(title);
        boolean purposes = folded.contains("muc dich") || folded.contains("muc tieu");
        boolean requirements = folded.contains("yeu cau");
        if (purposes && requirements) {
            return Optional.empty();
        }
        if (requirements) {
            return Optional.of(Part.REQUIREMENTS);
        }
        return Optional.of(folded.contains("chi tieu") && !purposes ? Part.TARGETS : Part.PURPOSES);
    }

    /** "1. Mục đích", "2. Yêu cầu", "b) Chỉ tiêu cụ thể": the sub-heading's part. */
    private static Optional<Part> subheading(String text) {
        Optional<DocumentPatterns.Labelled> labelled = DocumentPatterns.numbered(text).or(() -> DocumentPatterns.lettered(text));
        if (labelled.isEmpty() || labelled.get().text().length() > MAX_SUBHEADING_LENGTH) {
            return Optional.empty();
        }
        String folded = DocumentPatterns.fold(labelled.get().text()).replaceAll("[.:]+$", "").strip();
        if (PURPOSES.matcher(folded).find()) {
            return Optional.of(Part.PURPOSES);
        }
        if (REQUIREMENTS.matcher(folded).find()) {
            return Optional.of(Part.REQUIREMENTS);
        }
        return TARGETS.matcher(folded).find() ? Optional.of(Part.TARGETS) : Optional.empty();
    }

    private static String text(List<DocumentLine> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines.stream().map(DocumentLine::text).toList());
    }
}
