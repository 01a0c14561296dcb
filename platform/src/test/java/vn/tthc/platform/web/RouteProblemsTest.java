package vn.tthc.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouteProblemsTest {

    @Test
    void aPathWithQuotesAndControlCharactersStaysValidJsonText() {
        assertThat(RouteProblems.escape("/a\"b\\c\u0000<script>"))
                .isEqualTo("/a\\\"b\\\\c\\u0000\\u003cscript\\u003e");
    }
}
