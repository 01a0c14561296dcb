package vn.tthc.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run: each with its value, the anchor measured in the same run, the ratio and the target. */
final class Report {

    /**
     * A row of the table. {@code value} and {@code anchorValue} are numbers (NaN when not measured); the texts say
     * what they are; {@code detail} holds further numbers of the figure (percentiles, counts).
     */
    record Figure(String name, double value, String unit, String text, String anchorName, double anchorValue,
                  String anchorText, double ratio, String target, Boolean met, Map<String, Object> detail) {
    }

    /** Figures later ones are compared with. */
    double pgInsert = Double.NaN;
    double kafkaProduce = Double.NaN;
    Figure lastConsolidated;
    Figure taskCompletionHttp;

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void machine(String key, Object value) {
        machine.put(key, value);
    }

    void note(String note) {
        notes.add(note);
    }

    Figure add(Figure figure) {
        figures.add(figure);
        System.out.println("[bench] " + figure.name() + ": " + figure.text()
                + (figure.anchorName() == null ? "" : "   anchor " + figure.anchorName() + " " + figure.anchorText()
                + "   ratio " + ratio(figure.ratio()) + (figure.target() == null ? "" : " (target " + figure.target() + ")")));
        return figure;
    }

    /** A figure without an anchor. */
    Figure plain(String name, double value, String unit, String text, Map<String, Object> detail) {
        return add(new Figure(name, value, unit, text, null, Double.NaN, null, Double.NaN, null, null, detail));
    }

    /** A figure compared with its anchor: ratio = value / anchor, met when the ratio reaches {@code atLeast}. */
    Figure ratio(String name, double value, String unit, String text, String anchorName, double anchorValue, String anchorText,
                 double atLeast, Map<String, Object> detail) {
        double ratio = value / anchorValue;
        return add(new Figure(name, value, unit, text, anchorName, anchorValue, anchorText, ratio,
                Double.isNaN(atLeast) ? null : "≥ " + ratio(atLeast), Double.isNaN(atLeast) ? null : ratio >= atLeast, detail));
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        ObjectNode root = Api.JSON.createObjectNode();
        root.set("machine", Api.JSON.valueToTree(machine));
        ArrayNode rows = root.putArray("figures");
        for (Figure figure : figures) {
            ObjectNode row = rows.addObject();
            row.put("name", figure.name());
            number(row, "value", figure.value());
            row.put("unit", figure.unit());
            row.put("text", figure.text());
            if (figure.anchorName() != null) {
                row.put("anchor", figure.anchorName());
                number(row, "anchorValue", figure.anchorValue());
                row.put("anchorText", figure.anchorText());
                number(row, "ratio", figure.ratio());
            }
            if (figure.target() != null) {
                row.put("target", figure.target());
                row.put("met", figure.met());
            }
            if (figure.detail() != null && !figure.detail().isEmpty()) {
                ObjectNode detail = row.putObject("detail");
                figure.detail().forEach((key, value) -> {
                    if (value instanceof Double d) {
                        number(detail, key, d);
                    } else {
                        detail.set(key, Api.JSON.valueToTree(value));
                    }
                });
            }
        }
        root.set("notes", Api.JSON.valueToTree(notes));
        Files.writeString(directory.resolve("results.json"),
                Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("results.md"), markdown(), StandardCharsets.UTF_8);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| figure | value | anchor (same run) | ratio | target |\n|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            out.append("| `").append(figure.name()).append("` | ").append(figure.text()).append(" | ")
                    .append(figure.anchorName() == null ? "" : "`" + figure.anchorName() + "` " + figure.anchorText()).append(" | ")
                    .append(figure.anchorName() == null ? "" : ratio(figure.ratio())).append(" | ")
                    .append(figure.target() == null ? "" : figure.target() + (figure.met() ? " ✔" : " ✘")).append(" |\n");
        }
        out.append("\nMachine: ");
        List<String> parts = new ArrayList<>();
        machine.forEach((key, value) -> parts.add(key + " " + value));
        out.append(String.join("; ", parts)).append("\n");
        for (String note : notes) {
            out.append("\n- ").append(note);
        }
        out.append("\n");
        return out.toString();
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(key);
        } else {
            node.put(key, Math.round(value * 1000) / 1000.0);
        }
    }

    static String ratio(double ratio) {
        if (Double.isNaN(ratio)) {
            return "–";
        }
        return ratio >= 10 ? String.format(Locale.ROOT, "%.1f", ratio)
                : ratio >= 0.1 ? String.format(Locale.ROOT, "%.2f", ratio) : String.format(Locale.ROOT, "%.4f", ratio);
    }

    static String num(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
