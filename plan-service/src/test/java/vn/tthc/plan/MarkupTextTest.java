package vn.tthc.plan;

import vn.tthc.plan.schedule.RomanNumerals;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTextTest {

    @Test
    void listItemsAndParagraphsBecomeLines() {
        String cell = "<ul style=\"list-style-type: none\"> <li>- Kế hoạch kiểm soát TTHC;</li> "
                + "<li>- Kế hoạch rà soát, đánh giá TTHC;</li> </ul>";
        assertThat(MarkupText.toPlainText(cell)).isEqualTo("- Kế hoạch kiểm soát TTHC;\n- Kế hoạch rà soát, đánh giá TTHC;");
        assertThat(MarkupText.toPlainText("<p>Một</p> <p>Hai</p>")).isEqualTo("Một\nHai");
        assertThat(MarkupText.toPlainText("Một<br>Hai<br/>Ba")).isEqualTo("Một\nHai\nBa");
    }

    @Test
    void inlineMarkupLinksAndEntitiesBecomeText() {
        assertThat(MarkupText.toPlainText("<b>I</b>")).isEqualTo("I");
        assertThat(MarkupText.toPlainText("tại địa chỉ <a href=\"https://pakn.dichvucong.gov.vn\">https://pakn.dichvucong.gov.vn</a>"))
                .isEqualTo("tại địa chỉ https://pakn.dichvucong.gov.vn");
        assertThat(MarkupText.toPlainText("Sở KH&amp;CN&nbsp;và&#160;UBND")).isEqualTo("Sở KH&CN và UBND");
    }

    @Test
    void spacesInsideBracketsAndQuotesAreRemoved() {
        assertThat(MarkupText.toPlainText("công khai “ <i>Nội dung, địa chỉ</i> ” tại"))
                .isEqualTo("công khai “Nội dung, địa chỉ” tại");
        assertThat(MarkupText.toPlainText("Định kỳ ( <i>trước ngày 22</i> ) .")).isEqualTo("Định kỳ (trước ngày 22).");
    }

    @Test
    void decomposedTextBecomesNfc() {
        assertThat(MarkupText.toPlainText("Thu\u031Bo\u031B\u0300ng")).isEqualTo("Thường");
    }

    @Test
    void dashedItemsOnOneLineAreSplit() {
        assertThat(TextItems.split("- Tổ chức thực hiện Kế hoạch. - Báo cáo kết quả gửi về UBND tỉnh."))
                .containsExactly("Tổ chức thực hiện Kế hoạch.", "Báo cáo kết quả gửi về UBND tỉnh.");
        assertThat(TextItems.split("Báo, Đài Phát thanh - Truyền hình Sóc Trăng."))
                .containsExactly("Báo, Đài Phát thanh - Truyền hình Sóc Trăng.");
        assertThat(TextItems.split("Một\n-\n+ Hai")).containsExactly("Một", "Hai");
    }

    @Test
    void romanNumerals() {
        assertThat(RomanNumerals.parse("XI")).hasValue(11);
        assertThat(RomanNumerals.parse("iv")).hasValue(4);
        assertThat(RomanNumerals.parse("IIII")).isEmpty();
        assertThat(RomanNumerals.parse("2")).isEmpty();
        assertThat(RomanNumerals.format(9)).isEqualTo("IX");
    }
}
