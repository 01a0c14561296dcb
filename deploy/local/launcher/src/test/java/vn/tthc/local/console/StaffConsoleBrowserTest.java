package vn.tthc.local.console;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff console in a real browser (Debian's headless Chromium) against the whole stack, started once as the run
 * command starts it: PostgreSQL, Kafka, Keycloak, the three services and the console. Each role's main flow, in order,
 * every person signing in through Keycloak's login page in a browser of their own:
 * <ol>
 *   <li>the department office imports the demo plan document, corrects its number, confirms it, issues it, amends it
 *       with a reason (a stale form is told someone else changed the plan) and gives a task to a division;</li>
 *   <li>the division's officer records progress with evidence, completes the task and sees it counted on the
 *       dashboard;</li>
 *   <li>the officer drafts the quarter's report (the API's validation messages show next to their fields), saves and
 *       submits it; the department's leader sees completeness and accepts it;</li>
 *   <li>a feedback item goes from intake through classification, handling, draft, approval and sending to
 *       publication, and the citizen looks it up on the public page without signing in.</li>
 * </ol>
 * Screenshots of each main screen go to {@code staff-console/target/screenshots}. Without chromium and chromium-driver
 * the class says so in one line and is skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffConsoleBrowserTest {

    private static final String PLANNER = "vanphong.skhcn";
    private static final String OFFICER = "canbo.qlkh";
    private static final String LEADER = "lanhdao.skhcn";
    private static final String PASSWORD = "demo";
    private static final String DIVISION = "ST-SKHCN-QLKH";

    private final Path root = Path.of(System.getProperty("tthc.root", "../../.."));
    private final Path screenshots = root.resolve("staff-console/target/screenshots");
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private BrowserStack stack;
    private String planUrl;
    private String taskUrl;
    private String itemUrl;
    private String trackingCode;
    private String lookupSecret;

    @BeforeAll
    void startTheStackOnce() throws Exception {
        Chromium.missing().ifPresent(reason -> {
            System.out.println("[tthc] " + reason);
            Assumptions.abort(reason);
        });
        stack = BrowserStack.start();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (stack != null) {
            stack.close();
        }
    }

    private ConsoleBrowser browser() throws Exception {
        return new ConsoleBrowser(stack.consoleUrl(), screenshots);
    }

    @Test
    @Order(1)
    void theHomeAndTheLoginPageNeedNoSignInAndStaffPagesSendToKeycloak() throws Exception {
        try (ConsoleBrowser citizen = browser()) {
            citizen.go("/");
            assertThat(citizen.id("public-lookup").getText()).contains("Tra cứu");
            citizen.screenshot("00-trang-chu");
            citizen.clickAndWait("staff-sign-in");
            assertThat(citizen.id("kc-login").isDisplayed()).isTrue();
            assertThat(citizen.url()).contains("/realms/tthc/protocol/openid-connect/auth").contains("code_challenge_method=S256");
            citizen.screenshot("01-dang-nhap-keycloak");
        }
    }

    @Test
    @Order(2)
    void theOfficeImportsTheDemoPlanConfirmsIssuesAmendsItAndGivesATaskToADivision() throws Exception {
        try (ConsoleBrowser office = browser()) {
            office.signIn(PLANNER, PASSWORD);
            assertThat(office.text("current-unit")).isEqualTo("ST-SKHCN");
            assertThat(menu(office)).contains("Kế hoạch", "Nhập kế hoạch", "Phản ánh, kiến nghị", "Tổng hợp báo cáo")
                    .doesNotContain("Nhiệm vụ của tôi");
            office.screenshot("02-tong-quan-van-phong");

            office.go("/don-vi");
            assertThat(office.text("unit-tree")).contains("Phòng Quản lý khoa học");
            office.screenshot("03-cay-don-vi");

            office.go("/ke-hoach/nhap");
            office.screenshot("04-nhap-ke-hoach");
            office.find(By.id("f-document")).sendKeys(root.resolve(
                    "plan-service/src/main/resources/demo/soc-trang-dost-tthc-control-plan-2025.txt").toAbsolutePath().toString());
            office.type("year", "2025");
            WebElement html = office.find(By.tagName("html"));
            office.id("upload-plan").click();
            office.waitUntil(d -> d.getCurrentUrl().matches(".*/ke-hoach/nhap/[0-9a-f-]{36}$"));
            assertThat(office.text("count-tasks")).isEqualTo("20");
            assertThat(office.text("count-sections")).isEqualTo("9");
            // Each warning beside its row: the page-break repeat is on a task's row, the number mismatch is general.
            List<WebElement> warned = office.all(By.cssSelector("#preview-table tr.warning-row"));
            assertThat(warned).isNotEmpty();
            assertThat(office.text("preview-table")).contains("lặp lại phần cuối");
            assertThat(office.text("general-warnings")).contains("Số ký hiệu");
            assertThat(office.find(By.name("number")).getAttribute("value")).isEqualTo("05/KH-SKHCCN");
            office.screenshot("05-xem-truoc-ke-hoach");

            office.type("number", "05/KH-SKHCN");
            office.clickAndWait("confirm-import");
            planUrl = office.url().replaceAll("\\?.*", "");
            assertThat(office.text("notice")).contains("Đã tạo dự thảo");
            assertThat(office.text("plan-number")).isEqualTo("05/KH-SKHCN");
            assertThat(office.text("plan-status")).isEqualTo("Dự thảo");

            office.clickAndWait("issue-plan");
            assertThat(office.text("notice")).contains("Đã ban hành");
            assertThat(office.text("plan-status")).isEqualTo("Đã ban hành");
            assertThat(office.statusOf(path(planUrl) + "/xuat.docx")).isEqualTo(200);
            assertThat(office.statusOf(path(planUrl) + "/xuat.xlsx")).isEqualTo(200);
            office.screenshot("06-chi-tiet-ke-hoach");

            // An amendment of an issued plan needs a reason, shown next to its field.
            office.clickAndWait("amend-plan");
            office.clickAndWait("save-amendment");
            assertThat(office.errorOf("amendmentReason")).contains("lý do");
            // Two tabs on the same version: the second to save is told that someone else changed the plan.
            String firstTab = office.driver().getWindowHandle();
            office.driver().switchTo().newWindow(WindowType.TAB);
            office.go(path(planUrl) + "/dieu-chinh");
            office.type("amendmentReason", "Bổ sung người ký theo văn bản số 12/SKHCN.");
            office.type("signerTitle", "Giám đốc");
            office.clickAndWait("save-amendment");
            assertThat(office.text("notice")).contains("điều chỉnh");
            assertThat(office.text("amendments")).contains("Bổ sung người ký");
            office.driver().close();
            office.driver().switchTo().window(firstTab);
            office.type("amendmentReason", "Sửa tên kế hoạch.");
            office.clickAndWait("save-amendment");
            assertThat(office.text("problem")).contains("Bản ghi đã thay đổi").contains("Người khác vừa thay đổi");
            office.screenshot("07-dieu-chinh-bi-thay-doi");

            // The first task of section I goes to the division.
            office.go(path(planUrl));
            office.clickAndWait(By.xpath("//table[@id='appendix']//a[contains(., 'Xây dựng, ban hành và tổ chức thực hiện')]"));
            taskUrl = office.url().replaceAll("\\?.*", "");
            office.select("leadUnitCodes", DIVISION);
            office.clickAndWait("assign-task");
            assertThat(office.text("notice")).contains("phân công");
            assertThat(office.text("task-lead")).contains("Phòng Quản lý khoa học");
        }
    }

    @Test
    @Order(3)
    void theDivisionsOfficerRecordsProgressCompletesTheTaskAndSeesItCounted() throws Exception {
        assertThat(taskUrl).as("the task given to the division").isNotNull();
        try (ConsoleBrowser officer = browser()) {
            officer.signIn(OFFICER, PASSWORD);
            assertThat(menu(officer)).contains("Nhiệm vụ của tôi", "Báo cáo phải gửi", "Phản ánh, kiến nghị")
                    .doesNotContain("Nhập kế hoạch", "Kế hoạch", "Tổng hợp báo cáo");
            long before = Long.parseLong(officer.text("completed-tasks"));

            officer.go("/nhiem-vu");
            assertThat(officer.all(By.cssSelector("a.task-link")).stream().map(WebElement::getText).toList())
                    .anySatisfy(text -> assertThat(text).contains("Xây dựng, ban hành và tổ chức thực hiện"));
            officer.screenshot("08-nhiem-vu-cua-toi");
            officer.resize(390, 844);
            officer.screenshot("08b-nhiem-vu-tren-dien-thoai");
            officer.resize(1280, 1000);

            officer.go(path(taskUrl));
            officer.type("note", "Đã dự thảo văn bản triển khai, trình lãnh đạo Sở.");
            officer.type("evidence.number", "15/TTr-QLKH");
            officer.type("evidence.title", "Tờ trình ban hành văn bản triển khai kiểm soát TTHC");
            officer.clickAndWait("record-progress");
            assertThat(officer.text("notice")).contains("tiến độ");
            assertThat(officer.text("progress-history")).contains("15/TTr-QLKH");
            officer.screenshot("09-ghi-nhan-tien-do");

            officer.clickAndWait(By.cssSelector("#occurrences button"));
            assertThat(officer.text("notice")).contains("hoàn thành");
            assertThat(officer.text("task-status")).isEqualTo("Hoàn thành");

            // Counted by reporting-service from plan-service's event, a moment later.
            awaitOnDashboard(officer, "completed-tasks", count -> count >= before + 1);
            officer.screenshot("10-tong-quan-phong");
        }
    }

    @Test
    @Order(4)
    void theOfficerDraftsAndSubmitsTheQuartersReportAndTheLeaderAcceptsIt() throws Exception {
        String form = "forms.tong-hop-kiem-soat-tthc.values.";
        String reportUrl;
        String period;
        try (ConsoleBrowser officer = browser()) {
            officer.signIn(OFFICER, PASSWORD);
            officer.go("/bao-cao");
            assertThat(officer.text("expected-reports")).contains("Quý I năm " + today.getYear());
            officer.screenshot("11-bao-cao-phai-gui");
            // The first quarter of this year's control report not yet started (on a fresh stack, quarter I), or one
            // still in draft when the stack has seen this test before.
            List<WebElement> rows = officer.all(By.cssSelector("#expected-reports tr[id^='report-tthc-control-" + today.getYear() + "-Q']"));
            WebElement row = rows.stream().filter(r -> !r.findElements(By.cssSelector("button.start-report")).isEmpty()).findFirst()
                    .or(() -> rows.stream().filter(r -> r.getText().contains("Đang soạn")).findFirst())
                    .orElseThrow(() -> new AssertionError("no quarter of " + today.getYear() + " left to report"));
            period = row.getAttribute("id").substring("report-tthc-control-".length());
            officer.clickAndWait(row.findElements(By.cssSelector("button.start-report")).isEmpty()
                    ? By.cssSelector("#" + row.getAttribute("id") + " a") : By.cssSelector("#" + row.getAttribute("id") + " button.start-report"));
            reportUrl = officer.url().replaceAll("\\?.*", "");
            officer.screenshot("12-bieu-mau-bao-cao");

            // Submitted without what the regime requires: the service's messages land next to their fields.
            for (String required : List.of("proceduresReviewed", "proceduresSimplificationProposed", "results", "shortcomings", "nextSteps")) {
                officer.type(form + required, "");
            }
            officer.clickAndWait("submit-report");
            assertThat(officer.errorOf(form + "proceduresReviewed")).contains("Chưa nhập");
            assertThat(officer.errorOf(form + "results")).contains("Kết quả đạt được");
            officer.screenshot("13-bao-cao-loi-tai-cho");

            officer.type(form + "proceduresReviewed", "12");
            officer.type(form + "proceduresSimplificationProposed", "3");
            officer.type(form + "results", "Rà soát 12 thủ tục hành chính, đề xuất đơn giản hóa 3 thủ tục.");
            officer.type(form + "shortcomings", "Một nhiệm vụ hoàn thành chậm so với kế hoạch.");
            officer.type(form + "nextSteps", "Tiếp tục rà soát trong quý II.");
            // Received includes what the previous period carried over: at least what the events say was handled.
            officer.type(form + "feedbackReceived", "10");
            if (officer.find(By.name(form + "feedbackHandled")).getAttribute("value").isBlank()) {
                officer.type(form + "feedbackHandled", "0");
            }
            officer.clickAndWait("save-draft");
            assertThat(officer.text("notice")).contains("lưu nháp");
            assertThat(officer.find(By.name(form + "proceduresReviewed")).getAttribute("value")).isEqualTo("12");
            officer.clickAndWait("submit-report");
            assertThat(officer.text("notice")).contains("Đã gửi");
            assertThat(officer.text("submission-status")).isEqualTo("Đã gửi");
        }
        try (ConsoleBrowser leader = browser()) {
            leader.signIn(LEADER, PASSWORD);
            assertThat(menu(leader)).contains("Tổng hợp báo cáo").doesNotContain("Nhập kế hoạch", "Báo cáo phải gửi");
            leader.go("/tong-hop?regime=tthc-control&year=" + today.getYear());
            leader.screenshot("14-tong-hop-theo-ky");
            leader.clickAndWait("period-" + period);
            assertThat(Integer.parseInt(leader.text("submitted-count"))).isGreaterThanOrEqualTo(1);
            assertThat(leader.statusOf("/tong-hop/tthc-control/" + period + "/tai-ve.docx")).isEqualTo(200);
            leader.screenshot("15-tinh-hinh-gui-bao-cao");
            leader.clickAndWait(By.cssSelector("#unit-" + DIVISION + " a.review-link"));
            assertThat(leader.url()).contains(reportUrl.substring(reportUrl.lastIndexOf('/') + 1));
            leader.type("comment", "Đạt yêu cầu.");
            leader.clickAndWait("accept-report");
            assertThat(leader.text("notice")).contains("Đã tiếp nhận");
            assertThat(leader.text("submission-status")).isEqualTo("Đã tiếp nhận");
            leader.screenshot("16-tiep-nhan-bao-cao");
            leader.go("/tong-hop/tthc-control/" + period);
            assertThat(Integer.parseInt(leader.text("accepted-count"))).isGreaterThanOrEqualTo(1);
            leader.screenshot("17-bao-cao-tong-hop");
        }
    }

    @Test
    @Order(5)
    void aFeedbackItemGoesFromIntakeToPublicationAndTheCitizenLooksItUp() throws Exception {
        try (ConsoleBrowser office = browser()) {
            office.signIn(PLANNER, PASSWORD);
            office.go("/pakn/moi");
            office.type("sender.name", "Trần Thị Bình");
            office.type("sender.address", "45 Lê Lợi, Phường 6, TP Sóc Trăng");
            office.type("sender.phone", "0913 222 333");
            office.type("title", "Đề nghị hướng dẫn thủ tục cấp giấy chứng nhận đăng ký hoạt động khoa học");
            office.type("content", "Tôi nộp hồ sơ đăng ký hoạt động khoa học và công nghệ nhưng chưa được hướng dẫn bổ sung.");
            office.type("field", "Hoạt động khoa học và công nghệ");
            office.select("receivingUnitCode", "ST-SKHCN-VP");
            office.find(By.id("f-publicationConsent")).click();
            office.screenshot("18-tiep-nhan-pakn");
            office.clickAndWait("receive-feedback");
            trackingCode = office.text("tracking-code");
            lookupSecret = office.text("lookup-secret");
            assertThat(trackingCode).startsWith("PAKN-");
            office.screenshot("19-ma-tra-cuu");
            office.clickAndWait("open-item");
            itemUrl = office.url().replaceAll("\\?.*", "");
            assertThat(office.text("item-status")).isEqualTo("Mới tiếp nhận");
            assertThat(office.text("audit-trail")).contains(PLANNER);
            office.screenshot("20-pakn-chi-tiet");
            office.select("classification", "WITHIN_COMPETENCE");
            office.select("handlingUnitCode", DIVISION);
            office.clickAndWait("do-classification");
            assertThat(office.text("item-status")).isEqualTo("Đã giao xử lý");
            office.go("/pakn?tab=tat-ca");
            assertThat(office.text("feedback-queue")).contains(trackingCode).contains("ngày làm việc");
            office.screenshot("21-hang-doi-pakn");
        }
        try (ConsoleBrowser officer = browser()) {
            officer.signIn(OFFICER, PASSWORD);
            officer.go("/pakn?tab=da-giao");
            officer.clickAndWait(By.linkText(trackingCode));
            officer.clickAndWait("do-start");
            assertThat(officer.text("item-status")).isEqualTo("Đang xử lý");
            officer.type("answer", "Phòng Quản lý khoa học đã hướng dẫn bà bổ sung hồ sơ theo quy định; kết quả được trả trong 5 ngày làm việc.");
            officer.clickAndWait("do-answer-draft");
            assertThat(officer.text("item-status")).isEqualTo("Đã có dự thảo trả lời");
            officer.screenshot("22-du-thao-tra-loi");
        }
        try (ConsoleBrowser leader = browser()) {
            leader.signIn(LEADER, PASSWORD);
            leader.go(path(itemUrl));
            leader.clickAndWait("do-answer-approval");
            assertThat(leader.text("item-status")).isEqualTo("Đã duyệt trả lời");
        }
        try (ConsoleBrowser office = browser()) {
            office.signIn(PLANNER, PASSWORD);
            office.go(path(itemUrl));
            office.clickAndWait("do-answer-sending");
            assertThat(office.text("item-status")).isEqualTo("Đã trả lời");
            office.clickAndWait("do-publication");
            assertThat(office.text("item-status")).isEqualTo("Đã công khai");
            assertThat(office.text("audit-trail")).contains(OFFICER).contains(LEADER);
            office.screenshot("23-pakn-da-cong-khai");
        }
        try (ConsoleBrowser citizen = browser()) {
            citizen.go("/tra-cuu");
            citizen.type("trackingCode", trackingCode);
            citizen.type("secret", "SAI-MAT-MA");
            citizen.clickAndWait("lookup");
            assertThat(citizen.text("problem")).contains("Không tìm thấy");
            citizen.type("trackingCode", trackingCode);
            citizen.type("secret", lookupSecret);
            citizen.clickAndWait("lookup");
            assertThat(citizen.text("public-status")).isEqualTo("Đã công khai");
            assertThat(citizen.text("public-answer")).contains("đã hướng dẫn bà bổ sung hồ sơ");
            assertThat(citizen.present(By.id("current-user"))).as("nobody signed in").isFalse();
            citizen.screenshot("24-tra-cuu-cong-khai");
        }
    }

    @Test
    @Order(6)
    void theLeadersDashboardShowsChartsAndSigningOutEndsTheSession() throws Exception {
        try (ConsoleBrowser leader = browser()) {
            leader.signIn(LEADER, PASSWORD);
            assertThat(leader.present(By.id("chart-tasks"))).isTrue();
            assertThat(leader.present(By.id("chart-feedback"))).isTrue();
            leader.screenshot("25-tong-quan-lanh-dao");
            // Signing out ends the realm's session too, back to the console's home page.
            leader.clickAndWait("sign-out");
            leader.waitUntil(d -> d.getCurrentUrl().startsWith(stack.consoleUrl()) && !d.findElements(By.id("public-lookup")).isEmpty());
            leader.go("/tong-quan");
            assertThat(leader.present(By.id("kc-login"))).as("signed out at the realm as well").isTrue();
        }
    }

    @Test
    @Order(7)
    void everyPageOfEveryOtherRolesMenuOpens() throws Exception {
        // The administrator, the province's office (planner and leader at the province) and the auditor: each page of
        // their menu renders (no page error, no problem from a service), whatever data the flows above left.
        for (String username : List.of("admin.tinh", "vanphong.ubnd", "thanhtra.tinh")) {
            try (ConsoleBrowser person = browser()) {
                person.signIn(username, PASSWORD);
                List<String> paths = person.all(By.cssSelector("nav.menu a")).stream().map(a -> a.getAttribute("href")).toList();
                assertThat(paths).as("menu of %s", username).isNotEmpty();
                for (String href : paths) {
                    person.go(path(href));
                    assertThat(person.present(By.id("problem"))).as("%s on %s: %s", username, href, person.pageText()).isFalse();
                    assertThat(person.find(By.tagName("h1")).getText()).as("%s on %s", username, href).isNotBlank();
                }
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static List<String> menu(ConsoleBrowser browser) {
        return browser.all(By.cssSelector("nav.menu a")).stream().map(WebElement::getText).toList();
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    private static void awaitOnDashboard(ConsoleBrowser browser, String id, java.util.function.LongPredicate holds)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            browser.go("/tong-quan");
            String text = browser.text(id).trim();
            if (text.matches("\\d+") && holds.test(Long.parseLong(text))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the dashboard's " + id + " is still " + text);
            }
            Thread.sleep(1000);
        }
    }
}
