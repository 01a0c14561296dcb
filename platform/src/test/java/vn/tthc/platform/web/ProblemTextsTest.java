package vn.tthc.platform.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTextsTest {

    @Test
    void vietnameseIsTheDefaultAndEnglishIsGivenWhenAskedForFirst() {
        assertThat(ProblemTexts.choose(List.of())).isEqualTo(ProblemTexts.VIETNAMESE);
        assertThat(ProblemTexts.choose(List.of(Locale.FRENCH))).isEqualTo(ProblemTexts.VIETNAMESE);
        assertThat(ProblemTexts.choose(List.of(Locale.forLanguageTag("en-GB"), ProblemTexts.VIETNAMESE))).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.choose(List.of(ProblemTexts.VIETNAMESE, Locale.ENGLISH))).isEqualTo(ProblemTexts.VIETNAMESE);
    }

    @Test
    void theSharedTextsComeFromThePlatformBundleInBothLanguages() {
        assertThat(ProblemTexts.text(ProblemTexts.VIETNAMESE, "title.404")).isEqualTo("Không tìm thấy");
        assertThat(ProblemTexts.text(Locale.ENGLISH, "title.404")).isEqualTo("Not found");
        assertThat(ProblemTexts.text(Locale.ENGLISH, "unauthorized")).contains("province's sign-in");
    }

    @Test
    void anUnknownKeyIsShownAsItself() {
        assertThat(ProblemTexts.text(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}
