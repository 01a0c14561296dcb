package vn.tthc.platform.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    @Test
    void textIsStoredInNfcWithoutSurroundingSpace() {
        String decomposed = Normalizer.normalize("Thủ tục hành chính", Normalizer.Form.NFD);
        assertThat(VietnameseText.normalize("  " + decomposed + "\n")).isEqualTo("Thủ tục hành chính");
        assertThat(VietnameseText.normalize(null)).isNull();
        assertThat(VietnameseText.blankToNull("   ")).isNull();
    }

    @Test
    void foldingDropsDiacriticsAndCaseAndDStroke() {
        assertThat(VietnameseText.fold("Đăng ký KINH DOANH")).isEqualTo("dang ky kinh doanh");
        assertThat(VietnameseText.foldForSearch("  Sở   Khoa học\tvà Công nghệ ")).isEqualTo("so khoa hoc va cong nghe");
    }

    @Test
    void foldingCharacterByCharacterKeepsPositions() {
        String text = "Ủy ban nhân dân tỉnh Sóc Trăng";
        String folded = VietnameseText.foldSameLength(text);
        assertThat(folded).hasSameSizeAs(text).isEqualTo("uy ban nhan dan tinh soc trang");
        assertThat(text.substring(folded.indexOf("soc"))).startsWith("Sóc");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreNotText() {
        assertThat(VietnameseText.isClean("Sở Khoa học 😀", false)).isTrue();
        assertThat(VietnameseText.isClean("a\u0000b", true)).isFalse();
        assertThat(VietnameseText.isClean("a\u007fb", true)).isFalse();
        assertThat(VietnameseText.isClean("dòng 1\ndòng 2\tcột", true)).isTrue();
        assertThat(VietnameseText.isClean("dòng 1\ndòng 2", false)).isFalse();
        assertThat(VietnameseText.isClean("x\ud83d", true)).isFalse();
        assertThat(VietnameseText.isClean("\ude00x", true)).isFalse();
    }
}
