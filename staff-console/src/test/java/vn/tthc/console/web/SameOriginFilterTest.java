package vn.tthc.console.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Form posts must come from the console's own pages. */
class SameOriginFilterTest {

    @Test
    void theBrowsersFetchMetadataDecidesWhenItIsSent() {
        assertThat(SameOriginFilter.allowed("same-origin", null, "localhost:8080")).isTrue();
        assertThat(SameOriginFilter.allowed("none", null, "localhost:8080")).isTrue();
        assertThat(SameOriginFilter.allowed("cross-site", "https://evil.example", "localhost:8080")).isFalse();
        assertThat(SameOriginFilter.allowed("same-site", "http://localhost:9999", "localhost:8080")).isFalse();
    }

    @Test
    void otherwiseTheOriginMustBeTheConsolesHost() {
        assertThat(SameOriginFilter.allowed(null, "http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(SameOriginFilter.allowed(null, "https://console.tthc.example.vn", "console.tthc.example.vn")).isTrue();
        assertThat(SameOriginFilter.allowed(null, "https://evil.example", "console.tthc.example.vn")).isFalse();
        assertThat(SameOriginFilter.allowed(null, "null", "localhost:8080")).isFalse();
        assertThat(SameOriginFilter.allowed(null, null, "localhost:8080")).as("not a browser's cross-site post").isTrue();
    }
}
