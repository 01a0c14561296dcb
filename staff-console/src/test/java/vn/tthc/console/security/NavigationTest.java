package vn.tthc.console.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The menu follows the roles of the access token; the unit comes from its claim. */
class NavigationTest {

    private static List<String> labels(String... roles) {
        return Navigation.menu(new ConsoleUser("s", "u", "U", "ST-SKHCN", Set.of(roles))).stream()
                .map(Navigation.MenuItem::label).toList();
    }

    @Test
    void theDepartmentOfficePlansImportsReceivesReportsAndTakesInFeedback() {
        assertThat(labels("planner")).containsExactly("Tổng quan", "Nhiệm vụ", "Kế hoạch", "Nhập kế hoạch", "Báo cáo phải gửi",
                "Tổng hợp báo cáo", "Phản ánh, kiến nghị", "Tiếp nhận PAKN", "Đơn vị");
    }

    @Test
    void aDivisionsOfficerSeesTheirTasksReportsAndFeedbackButNoPlans() {
        assertThat(labels("unit-officer")).containsExactly("Tổng quan", "Nhiệm vụ của tôi", "Báo cáo phải gửi",
                "Phản ánh, kiến nghị", "Tiếp nhận PAKN");
    }

    @Test
    void aLeaderReceivesReportsAndReadsPlansButImportsNothingAndSendsNoReport() {
        assertThat(labels("leader")).contains("Tổng hợp báo cáo", "Kế hoạch", "Phản ánh, kiến nghị")
                .doesNotContain("Nhập kế hoạch", "Báo cáo phải gửi", "Tiếp nhận PAKN");
    }

    @Test
    void anAuditorOnlyReads() {
        assertThat(labels("auditor")).contains("Kế hoạch", "Tổng hợp báo cáo")
                .doesNotContain("Nhập kế hoạch", "Báo cáo phải gửi", "Tiếp nhận PAKN");
    }

    @Test
    void rolesAddUp() {
        assertThat(labels("planner", "leader")).contains("Nhập kế hoạch", "Tổng hợp báo cáo", "Báo cáo phải gửi");
        assertThat(new ConsoleUser("s", "u", "U", "X", Set.of("planner", "leader")).roleNames())
                .isEqualTo("Văn phòng (kế hoạch), Lãnh đạo");
    }

    @Test
    void nobodySignedInAndMachineClientsGetNoMenu() {
        assertThat(Navigation.menu(ConsoleUser.anonymous())).isEmpty();
        assertThat(labels("integration")).isEmpty();
        assertThat(labels("portal")).isEmpty();
    }

    @Test
    void theUserIsReadFromTheAccessTokensClaims() throws Exception {
        var claims = new ObjectMapper().readTree("""
                {"sub":"19dac0d8","preferred_username":"vanphong.skhcn","name":"Trần Thế Vũ","unit":"ST-SKHCN",
                 "realm_access":{"roles":["planner","offline_access"]}}""");
        ConsoleUser user = CurrentUser.fromClaims(claims, Set.of());
        assertThat(user.subject()).isEqualTo("19dac0d8");
        assertThat(user.displayName()).isEqualTo("Trần Thế Vũ");
        assertThat(user.unit()).isEqualTo("ST-SKHCN");
        assertThat(user.planner()).isTrue();
        assertThat(user.officer()).isFalse();
        String jwt = "e30." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"unit\":\"ST-SKHCN-QLKH\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".sig";
        assertThat(CurrentUser.claims(jwt).path("unit").asText()).isEqualTo("ST-SKHCN-QLKH");
        assertThat(CurrentUser.claims("not a token")).isNull();
    }
}
