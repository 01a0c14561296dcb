package vn.tthc.feedback.rest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitScopeTest {

    @ParameterizedTest
    @ValueSource(strings = {"/public/answers", "/public;x/answers", "/public;a=b;c/items/PAKN-1", "//public/answers",
            "/%70ublic/answers", "/PUBLIC/answers", "/Public%3Bx/answers", "/public"})
    void everySpellingOfThePublicPathsCountsAsPublic(String path) {
        assertThat(RateLimitScope.of(path)).contains(RateLimitScope.PUBLIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/portal/items", "/portal;x/items", "/%2Fportal/items", "/portal%2Fitems"})
    void everySpellingOfThePortalIntakeCountsAsPortal(String path) {
        assertThat(RateLimitScope.of(path)).contains(RateLimitScope.PORTAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/items", "/q/health/live", "/publication", "/calendar/years/2026", "", "/", "/%zz/public"})
    void otherPathsAreNotLimitedThisWay(String path) {
        assertThat(RateLimitScope.of(path)).isEmpty();
    }
}
