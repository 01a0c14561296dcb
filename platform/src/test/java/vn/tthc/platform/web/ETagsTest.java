package vn.tthc.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ETagsTest {

    @Test
    void anIfMatchNamesTheVersionItsTagCarries() {
        assertThat(ETags.expectedVersion("\"7\"")).isEqualTo(7L);
        assertThat(ETags.expectedVersion("W/\"12\"")).isEqualTo(12L);
        assertThat(ETags.expectedVersion(" \"3\" ")).isEqualTo(3L);
    }

    @Test
    void noIfMatchOrAStarExpectsNoVersion() {
        assertThat(ETags.expectedVersion((String) null)).isNull();
        assertThat(ETags.expectedVersion("  ")).isNull();
        assertThat(ETags.expectedVersion("*")).isNull();
    }

    @Test
    void aTagThatIsNotOursCanNeverMatch() {
        assertThat(ETags.expectedVersion("\"abc\"")).isEqualTo(-1L);
        assertThat(ETags.expectedVersion("\"99999999999999999999\"")).isEqualTo(-1L);
    }

    @Test
    void theETagOfAVersionIsItsNumber() {
        assertThat(ETags.of(5).getValue()).isEqualTo("5");
        assertThat(ETags.of(5).isWeak()).isFalse();
    }
}
