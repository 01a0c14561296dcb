package vn.tthc.console.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal stacked bar chart drawn on the server as SVG: one bar per category, one coloured segment per series,
 * each segment labelled with its value, a legend, and a title and description for screen readers. No script, no
 * inline style (the console's Content-Security-Policy allows neither), only SVG attributes.
 */
public final class BarChart {

    /** A series: its name, colour and one value per category. */
    public record Series(String name, String colour, List<Long> values) {
    }

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 10;
    private static final int LEGEND_HEIGHT = 28;

    private final String id;
    private final String title;
    private final List<String> categories = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();

    public BarChart(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public BarChart categories(List<String> names) {
        categories.addAll(names);
        return this;
    }

    public BarChart series(String name, String colour, List<Long> values) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException("one value per category: " + categories.size() + " expected, " + values.size() + " given");
        }
        series.add(new Series(name, colour, List.copyOf(values)));
        return this;
    }

    /** The largest stacked total, at least 1 (so an empty chart still draws its axis). */
    long max() {
        long max = 1;
        for (int i = 0; i < categories.size(); i++) {
            long sum = 0;
            for (Series s : series) {
                sum += Math.max(0, s.values().get(i));
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    public String svg() {
        int height = LEGEND_HEIGHT + categories.size() * (BAR_HEIGHT + GAP) + GAP;
        double scale = (WIDTH - LABEL_WIDTH - 20) / (double) max();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"").append(escape(id))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" aria-labelledby=\"").append(escape(id)).append("-title ").append(escape(id)).append("-desc\">");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description())).append("</desc>");
        int x = 0;
        for (Series s : series) {
            svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"14\" height=\"14\" fill=\"").append(s.colour()).append("\"/>");
            svg.append("<text x=\"").append(x + 18).append("\" y=\"16\" font-size=\"13\" fill=\"#1b1f24\">").append(escape(s.name())).append("</text>");
            x += 24 + 8 * s.name().length();
        }
        for (int i = 0; i < categories.size(); i++) {
            int y = LEGEND_HEIGHT + i * (BAR_HEIGHT + GAP);
            svg.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\" fill=\"#1b1f24\">")
                    .append(escape(shorten(categories.get(i)))).append("</text>");
            double offset = LABEL_WIDTH;
            for (Series s : series) {
                long value = Math.max(0, s.values().get(i));
                if (value == 0) {
                    continue;
                }
                double w = value * scale;
                svg.append("<rect x=\"").append(fmt(offset)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(s.colour()).append("\">")
                        .append("<title>").append(escape(categories.get(i) + " – " + s.name() + ": " + value)).append("</title></rect>");
                if (w >= 18) {
                    svg.append("<text x=\"").append(fmt(offset + w / 2)).append("\" y=\"").append(y + 16)
                            .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#ffffff\">").append(value).append("</text>");
                }
                offset += w;
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The chart's numbers in words, for those who cannot see it. */
    String description() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < categories.size(); i++) {
            if (i > 0) {
                text.append("; ");
            }
            text.append(categories.get(i)).append(": ");
            for (int j = 0; j < series.size(); j++) {
                if (j > 0) {
                    text.append(", ");
                }
                text.append(series.get(j).name()).append(' ').append(series.get(j).values().get(i));
            }
        }
        return text.toString();
    }

    private static String shorten(String text) {
        return text.length() <= 24 ? text : text.substring(0, 23) + "…";
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
