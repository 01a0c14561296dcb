package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.ScheduleKind;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import vn.tthc.plan.Comparison;
import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanKind;
import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.PlanTarget;
import vn.tthc.plan.imports.NotAPlanDocumentException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The document reader on small documents written for one rule each. */
class PlanDocumentReaderTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    private PlanDocumentPreview read(String... lines) {
        return reader.readText(String.join("\n", lines));
    }

    private static List<String> codes(List<ImportWarning> warnings) {
        return warnings.stream().map(ImportWarning::code).toList();
    }

    /** A plan with the given title and purposes lines, everything else minimal. */
    private PlanDocumentPreview withPurposes(String title, String... purposes) {
        List<String> lines = new java.util.ArrayList<>(List.of("Số: 12/KH-SNV", "Hà Nội, ngày 05 tháng 02 năm 2025",
                "KẾ HOẠCH", title, "Căn cứ Luật Tổ chức chính quyền địa phương;", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục tiêu"));
        lines.addAll(List.of(purposes));
        lines.addAll(List.of("2. Yêu cầu", "Bảo đảm tiến độ.", "Nơi nhận:", "- Như trên;", "GIÁM ĐỐC", "Trần Văn An"));
        return read(lines.toArray(String[]::new));
    }

    @Nested
    class Header {

        @Test
        void numberPlaceAndDateAsPrinted() {
            PlanDetails details = withPurposes("Kiểm soát thủ tục hành chính năm 2025").details();
            assertThat(details.number()).isEqualTo("12/KH-SNV");
            assertThat(details.place()).isEqualTo("Hà Nội");
            assertThat(details.signedOn()).isEqualTo(LocalDate.of(2025, 2, 5));
        }

        @Test
        void agencyLinesAndMottoAboveTheNumber() {
            PlanDocumentPreview preview = read("UBND TỈNH SÓC TRĂNG", "SỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số: 03/KH-STP", "Sóc Trăng, ngày 10/01/2025", "KẾ HOẠCH",
                    "Kiểm soát thủ tục hành chính năm 2025", "I. MỤC ĐÍCH", "Nâng cao chất lượng.");
            assertThat(preview.issuingUnitName()).isEqualTo("SỞ TƯ PHÁP");
            assertThat(preview.details().signedOn()).isEqualTo(LocalDate.of(2025, 1, 10));
            assertThat(codes(preview.warnings())).doesNotContain(ImportWarning.LINE_UNREAD);
        }

        @Test
        void anUnknownLineAboveTheHeadingIsReported() {
            PlanDocumentPreview preview = read("Bản dự thảo lần 2", "KẾ HOẠCH", "Cải cách hành chính năm 2025", "I. MỤC ĐÍCH",
                    "Nâng cao chất lượng.");
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code)
                    .contains(tuple(1, ImportWarning.LINE_UNREAD));
        }

        @Test
        void titleOverSeveralLinesAndOnTheHeadingLine() {
            assertThat(read("KẾ HOẠCH", "Kiểm soát thủ tục hành chính", "năm 2025 của Sở Y tế", "Căn cứ Nghị định số 63/2010/NĐ-CP;",
                    "I. MỤC ĐÍCH", "x").details().title()).isEqualTo("Kiểm soát thủ tục hành chính năm 2025 của Sở Y tế");
            PlanDocumentPreview oneLine = read("KẾ HOẠCH kiểm soát thủ tục hành chính năm 2025", "I. MỤC ĐÍCH", "x");
            assertThat(oneLine.details().title()).isEqualTo("kiểm soát thủ tục hành chính năm 2025");
            assertThat(oneLine.issuingUnitName()).isNull();
        }

        @Test
        void issuerFromTheTitleWhenNothingElseNamesIt() {
            assertThat(read("KẾ HOẠCH", "Cải cách hành chính năm 2025 của Sở Y tế tỉnh Sóc Trăng", "I. MỤC ĐÍCH", "x")
                    .issuingUnitName()).isEqualTo("Sở Y tế tỉnh Sóc Trăng");
        }

        @Test
        void missingTitleIsReported() {
            assertThat(codes(read("KẾ HOẠCH", "Căn cứ Luật Tổ chức chính quyền địa phương;", "I. MỤC ĐÍCH", "x").warnings()))
                    .contains(ImportWarning.TITLE_MISSING);
        }
    }

    @Nested
    class KindAndPeriod {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Công tác kiểm soát thủ tục hành chính năm 2025 | TTHC_CONTROL",
                "Kiểm soát TTHC năm 2024 | TTHC_CONTROL",
                "Rà soát, đánh giá thủ tục hành chính nội bộ năm 2023 | INTERNAL_PROCEDURE_REVIEW",
                "Cải cách hành chính năm 2025 | ADMINISTRATIVE_REFORM",
                "Tuyên truyền cải cách thủ tục hành chính năm 2025 | OTHER",
                "Chuyển đổi số năm 2025 | OTHER"})
        void kindFromTheTitle(String title, PlanKind kind) {
            assertThat(withPurposes(title).details().kind()).isEqualTo(kind);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Kiểm soát TTHC năm 2025 | 2025-01-01 | 2025-12-31",
                "Rà soát TTHC nội bộ giai đoạn 2022 - 2025 | 2022-01-01 | 2025-12-31",
                "Rà soát TTHC nội bộ năm 2023 - 2024 | 2023-01-01 | 2024-12-31",
                "Kiểm soát TTHC 6 tháng cuối năm 2025 | 2025-07-01 | 2025-12-31",
                "Kiểm soát TTHC 6 tháng đầu năm 2025 | 2025-01-01 | 2025-06-30",
                "Kiểm soát TTHC quý IV/2022 | 2022-10-01 | 2022-12-31"})
        void periodFromTheTitle(String title, LocalDate start, LocalDate end) {
            PlanDocumentPreview preview = withPurposes(title);
            assertThat(preview.details().period()).isEqualTo(new PlanPeriod(start, end));
            assertThat(codes(preview.warnings())).doesNotContain(ImportWarning.PERIOD_ASSUMED);
        }

        @Test
        void withoutOneInTheTitleTheYearOfTheDate() {
            PlanDocumentPreview preview = withPurposes("Kiểm soát thủ tục hành chính");
            assertThat(preview.details().period()).isEqualTo(PlanPeriod.year(2025));
            assertThat(codes(preview.warnings())).contains(ImportWarning.PERIOD_ASSUMED);
        }

        @Test
        void withoutAnyYearNoPeriod() {
            PlanDocumentPreview preview = read("KẾ HOẠCH", "Kiểm soát thủ tục hành chính", "I. MỤC ĐÍCH", "x");
            assertThat(preview.details().period()).isNull();
            assertThat(codes(preview.warnings())).contains(ImportWarning.PERIOD_MISSING);
        }
    }

    @Nested
    class Targets {

        private List<PlanTarget> targets(String... purposes) {
            return withPurposes("Kiểm soát TTHC năm 2025", purposes).details().targets();
        }

        @Test
        void comparisonWords() {
            assertThat(targets(
                    "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt ≥ 99%.",
                    "- Tỷ lệ hồ sơ trực tuyến tối thiểu 80%.",
                    "- Mức độ hài lòng của người dân đạt trên 85%.",
                    "- Tỷ lệ hồ sơ trễ hạn không quá 1,5%.",
                    "- 100% phản ánh, kiến nghị được xử lý.",
                    "- Tỷ lệ thanh toán trực tuyến > 50%."))
                    .extracting(PlanTarget::comparison, PlanTarget::value, PlanTarget::metric).containsExactly(
                            tuple(Comparison.AT_LEAST, new BigDecimal("99"), "Tỷ lệ hồ sơ giải quyết đúng hạn"),
                            tuple(Comparison.AT_LEAST, new BigDecimal("80"), "Tỷ lệ hồ sơ trực tuyến"),
                            tuple(Comparison.MORE_THAN, new BigDecimal("85"), "Mức độ hài lòng của người dân"),
                            tuple(Comparison.AT_MOST, new BigDecimal("1.5"), "Tỷ lệ hồ sơ trễ hạn"),
                            tuple(Comparison.EQUAL, new BigDecimal("100"), "phản ánh, kiến nghị được xử lý"),
                            tuple(Comparison.MORE_THAN, new BigDecimal("50"), "Tỷ lệ thanh toán trực tuyến"));
        }

        @Test
        void aBareNumberIsAtLeastWithAWarning() {
            PlanDocumentPreview preview = withPurposes("Kiểm soát TTHC năm 2025", "Tỷ lệ số hóa hồ sơ 60%.");
            assertThat(preview.details().targets()).singleElement()
                    .satisfies(t -> assertThat(t.comparison()).isEqualTo(Comparison.AT_LEAST));
            assertThat(codes(preview.warnings())).contains(ImportWarning.COMPARISON_ASSUMED);
        }

        @Test
        void deadlineOnlyFromTheSameSentence() {
            assertThat(targets("Chậm nhất ngày 30/6/2025, 100% TTHC được công khai. Tỷ lệ hồ sơ trực tuyến ít nhất 50%."))
                    .extracting(PlanTarget::deadline, PlanTarget::text).containsExactly(
                            tuple(LocalDate.of(2025, 6, 30), "Chậm nhất ngày 30/6/2025, 100% TTHC được công khai."),
                            tuple(null, "Tỷ lệ hồ sơ trực tuyến ít nhất 50%."));
        }

        @Test
        void notFromRequirements() {
            PlanDocumentPreview preview = read("KẾ HOẠCH", "Kiểm soát TTHC năm 2025", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
                    "Nâng cao chất lượng.", "2. Yêu cầu", "Bảo đảm 100% nhiệm vụ đúng hạn.");
            assertThat(preview.details().targets()).isEmpty();
            assertThat(preview.details().requirements()).isEqualTo("Bảo đảm 100% nhiệm vụ đúng hạn.");
        }

        @Test
        void fromATargetsSubheading() {
            PlanDocumentPreview preview = read("KẾ HOẠCH", "Cải cách hành chính năm 2025", "I. MỤC TIÊU, CHỈ TIÊU",
                    "1. Mục tiêu", "Nâng cao chất lượng.", "2. Chỉ tiêu", "- Tỷ lệ hài lòng trên 90%.");
            assertThat(preview.details().targets()).extracting(PlanTarget::comparison).containsExactly(Comparison.MORE_THAN);
            assertThat(preview.details().purposes()).isEqualTo("Nâng cao chất lượng.\n- Tỷ lệ hài lòng trên 90%.");
        }

        @Test
        void purposesWithoutSubheadings() {
            PlanDocumentPreview preview = read("KẾ HOẠCH", "Cải cách hành chính năm 2025", "I. MỤC ĐÍCH, YÊU CẦU",
                    "Nâng cao chất lượng.", "Bảo đảm tiến độ.");
            assertThat(preview.details().purposes()).isEqualTo("Nâng cao chất lượng.\nBảo đảm tiến độ.");
            assertThat(preview.details().requirements()).isNull();
            assertThat(codes(preview.warnings())).contains(ImportWarning.PURPOSES_UNSPLIT);
        }
    }

    @Nested
    class BodyTasks {

        private PlanDocumentPreview plan(String... body) {
            List<String> lines = new java.util.ArrayList<>(List.of("KẾ HOẠCH", "Cải cách hành chính năm 2025"));
            lines.addAll(List.of(body));
            return read(lines.toArray(String[]::new));
        }

        @Test
        void ongoingOnlyWhenTheTextSaysSo() {
            PlanDocumentPreview preview = plan("II. NHIỆM VỤ", "1. Thường xuyên rà soát quy định.", "2. Rà soát quy định.",
                    "3. Báo cáo kết quả trong quý II/2025.");
            PlanTablePreview tasks = preview.appendix();
            assertThat(tasks.allTasks()).extracting(t -> t.schedule() == null ? null : t.schedule().kind())
                    .containsExactly(ScheduleKind.ONGOING, null, ScheduleKind.WITHIN_PERIOD);
            assertThat(codes(tasks.warnings())).containsOnly(ImportWarning.NO_LEAD);
        }

        @Test
        void dashesAndLettersInAContentPart() {
            PlanTablePreview tasks = plan("II. NỘI DUNG THỰC HIỆN", "1. Rà soát quy định:", "- về đất đai;", "- về xây dựng.",
                    "a) Lập danh mục.", "2. Công bố kết quả.").appendix();
            assertThat(tasks.section("II").orElseThrow().tasks()).extracting(TaskPreview::label).containsExactly("1", "2");
            TaskPreview first = tasks.task("II", "1").orElseThrow();
            assertThat(first.content()).isEqualTo("Rà soát quy định:\n- về đất đai;\n- về xây dựng.");
            assertThat(first.subtasks()).extracting(TaskPreview::label, TaskPreview::content)
                    .containsExactly(tuple("a", "Lập danh mục."));
            assertThat(tasks.taskCount()).isEqualTo(3);
        }

        @Test
        void unitsOfAnOrganisationPart() {
            PlanTablePreview tasks = plan("III. TỔ CHỨC THỰC HIỆN",
                    "1. Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện Kế hoạch.",
                    "2. Văn phòng Sở tham mưu Giám đốc Sở:",
                    "- Theo dõi tình hình thực hiện Kế hoạch.",
                    "+ Báo cáo hàng tháng: Trước ngày 22;",
                    "- Tổng hợp báo cáo trước ngày 15/12/2025.",
                    "Một đoạn văn không thuộc nhiệm vụ nào.").appendix();
            assertThat(tasks.allTasks()).extracting(TaskPreview::label, TaskPreview::leadUnits).containsExactly(
                    tuple("1", List.of("Sở Tài chính")),
                    tuple("2.1", List.of("Văn phòng Sở")),
                    tuple("2.2", List.of("Văn phòng Sở")));
            TaskPreview monthly = tasks.task("III", "2.1").orElseThrow();
            assertThat(monthly.content()).isEqualTo("Theo dõi tình hình thực hiện Kế hoạch.\n+ Báo cáo hàng tháng: Trước ngày 22;");
            assertThat(tasks.task("III", "2.2").orElseThrow().schedule().deadline()).contains(LocalDate.of(2025, 12, 15));
            assertThat(tasks.warnings()).extracting(ImportWarning::row, ImportWarning::code)
                    .containsExactly(tuple(9, ImportWarning.BODY_LINE_NOT_TASK));
        }

        @Test
        void aDeadlineOutsideThePeriodIsReported() {
            PlanTablePreview tasks = plan("II. NHIỆM VỤ", "1. Văn phòng Sở chủ trì tổng kết, xong trước ngày 15/01/2026.").appendix();
            assertThat(tasks.allTasks().get(0).leadUnits()).containsExactly("Văn phòng Sở");
            assertThat(codes(tasks.warnings())).containsExactly(ImportWarning.OUTSIDE_PERIOD);
        }

        @Test
        void otherPartsAreKeptAsText() {
            PlanDocumentPreview preview = plan("II. NỘI DUNG", "1. Rà soát.", "IV. KINH PHÍ THỰC HIỆN", "Từ ngân sách nhà nước.");
            assertThat(preview.body()).extracting(BodySection::label, BodySection::text)
                    .containsExactly(tuple("II", "1. Rà soát."), tuple("IV", "Từ ngân sách nhà nước."));
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code)
                    .contains(tuple(5, ImportWarning.SECTION_KEPT));
        }

        @Test
        void noTasksAnywhere() {
            PlanDocumentPreview preview = plan("I. MỤC ĐÍCH", "Nâng cao chất lượng.");
            assertThat(preview.taskSource()).isEqualTo(TaskSource.NONE);
            assertThat(preview.appendix().sections()).isEmpty();
            assertThat(codes(preview.warnings())).contains(ImportWarning.NO_TASKS);
        }
    }

    @Nested
    class AppendixTable {

        @Test
        void aTableThatIsNotAPlanTableLeavesTheTasksToTheBody() {
            PlanDocumentPreview preview = read("KẾ HOẠCH", "Cải cách hành chính năm 2025", "II. NHIỆM VỤ", "1. Rà soát quy định.",
                    "Phụ lục", "STT\tNội dung công việc\tThời gian thực hiện");
            assertThat(preview.taskSource()).isEqualTo(TaskSource.DOCUMENT_BODY);
            assertThat(preview.appendix().taskCount()).isEqualTo(1);
            assertThat(preview.warnings()).extracting(ImportWarning::code, ImportWarning::message)
                    .contains(tuple(ImportWarning.APPENDIX_UNREADABLE, "Bảng trong văn bản không đọc được là bảng nhiệm vụ"
                            + " (plan-table.no-rows); nhiệm vụ được đọc từ thân văn bản"));
        }

        @Test
        void aHeaderLaidOutInTabsIsProse() {
            PlanDocumentPreview preview = read("SỞ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Số: 7/KH-SYT\tCần Thơ, ngày 02 tháng 3 năm 2025", "KẾ HOẠCH", "Kiểm soát TTHC năm 2025",
                    "II. NỘI DUNG", "Chi tiết theo Phụ lục đính kèm.", "PHỤ LỤC",
                    "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện", "1\tRà soát TTHC\tVăn phòng Sở\tQuý II/2025");
            assertThat(preview.details().number()).isEqualTo("7/KH-SYT");
            assertThat(preview.details().place()).isEqualTo("Cần Thơ");
            assertThat(preview.issuingUnitName()).isEqualTo("SỞ Y TẾ");
            assertThat(preview.taskSource()).isEqualTo(TaskSource.APPENDIX_TABLE);
            TaskPreview task = preview.appendix().allTasks().get(0);
            assertThat(task.row()).isEqualTo(9);
            assertThat(task.schedule().deadline()).contains(LocalDate.of(2025, 6, 30));
            assertThat(codes(preview.warnings())).containsExactly(ImportWarning.SIGNER_MISSING, ImportWarning.RECIPIENTS_MISSING);
        }
    }

    @Nested
    class Refusals {

        @Test
        void emptyBinaryOrNotAPlan() {
            assertReason(() -> reader.readText(""), Reason.EMPTY);
            assertReason(() -> reader.readText(new byte[0]), Reason.EMPTY);
            assertReason(() -> reader.readText(new byte[] {(byte) 0xC3, 0x28, 0x41}), Reason.BINARY);
            assertReason(() -> reader.readText("a\0b\0c"), Reason.BINARY);
            assertReason(() -> reader.readText("Danh sách cán bộ\nNguyễn Văn A\nTrần Thị B"), Reason.NOT_A_PLAN);
            assertReason(() -> reader.readDocx(new java.io.ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8))),
                    Reason.NOT_A_DOCX);
        }

        @Test
        void keysAreStable() {
            assertThat(Reason.NOT_A_PLAN.key()).isEqualTo("plan-document.not-a-plan");
        }

        private void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
            assertThatThrownBy(call).isInstanceOfSatisfying(NotAPlanDocumentException.class,
                    e -> assertThat(e.reason()).isEqualTo(reason));
        }
    }

    /** Whatever part of a plan document comes in, the answer is a preview or a refusal with a reason. */
    @Test
    void anyCutOfASeedGivesAPreviewOrARefusal() {
        for (Seeds seed : Seeds.values()) {
            String text = seed.text();
            for (int cut = 0; cut <= text.length(); cut += 499) {
                String part = text.substring(0, cut);
                try {
                    PlanDocumentPreview preview = reader.readText(part);
                    assertThat(preview.details()).as(seed + " cut at " + cut).isNotNull();
                } catch (NotAPlanDocumentException refused) {
                    assertThat(refused.reason()).isNotNull();
                }
            }
        }
    }
}
