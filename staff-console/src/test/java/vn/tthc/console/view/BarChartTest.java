package vn.tthc.console.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Server-side SVG charts: proportional stacked bars, labelled for screen readers, no inline style. */
class BarChartTest {

    @Test
    void drawsOneSegmentPerNonZeroValueWithATitleAndADescription() {
        String svg = new BarChart("c", "Báo cáo <kỳ> & năm").categories(List.of("Quý I", "Quý II"))
                .series("Đúng hạn", "#1d6b2f", List.of(3L, 0L)).series("Trễ", "#8a5300", List.of(1L, 4L)).svg();
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"c-title c-desc\"")
                .contains("<title id=\"c-title\">Báo cáo &lt;kỳ&gt; &amp; năm</title>")
                .contains("Quý I: Đúng hạn 3, Trễ 1; Quý II: Đúng hạn 0, Trễ 4")
                .doesNotContain("style=");
        // Three segments (3, 1 and 4), the largest stack (4) filling the plot's width.
        assertThat(svg.split("<rect x=\"170").length - 1).isEqualTo(2);
        assertThat(svg).contains("width=\"450.0\"");
    }

    @Test
    void anEmptyChartStillDraws() {
        String svg = new BarChart("e", "Trống").categories(List.of("A")).series("x", "#000", List.of(0L)).svg();
        assertThat(svg).contains("</svg>").doesNotContain("width=\"NaN\"");
    }

    @Test
    void everySeriesNeedsOneValuePerCategory() {
        assertThatThrownBy(() -> new BarChart("x", "x").categories(List.of("A", "B")).series("s", "#000", List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
