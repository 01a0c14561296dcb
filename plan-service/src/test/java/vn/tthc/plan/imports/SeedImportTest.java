package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.RecurrenceRule;
import vn.tthc.plan.schedule.Schedule;
import vn.tthc.plan.schedule.ScheduleKind;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.tthc.plan.schedule.RecurrenceRule.Frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The three seed plans through the importer: counts and samples read off the documents by hand. */
class SeedImportTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static TaskPreview task(PlanTablePreview preview, String section, String label) {
        return preview.task(section, label).orElseThrow(() -> new AssertionError("no task " + section + "." + label));
    }

    private static Stream<Schedule> allSchedules(PlanTablePreview preview) {
        return preview.allTasks().stream()
                .flatMap(t -> Stream.concat(Stream.of(t.schedule()), t.results().stream().map(ExpectedResult::schedule)));
    }

    /** The distinct time texts of a preview, each with its kind and deadline. */
    private static Map<String, String> readings(PlanTablePreview preview) {
        Map<String, String> readings = new LinkedHashMap<>();
        allSchedules(preview).forEach(s -> readings.put(s.text(),
                s.kind() + s.deadline().map(date -> " " + date).orElse("")));
        return readings;
    }

    @Test
    void everyTimeTextOfTheSeedsIsRead() {
        for (Seeds seed : List.of(Seeds.SOC_TRANG_DEPARTMENT_2025, Seeds.SOC_TRANG_PROVINCE_2024)) {
            PlanTablePreview preview = seed.importText();
            assertThat(allSchedules(preview)).as(seed.name()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.kind()).as(s.text()).isNotEqualTo(ScheduleKind.UNPARSED));
            assertThat(preview.warnings()).as(seed.name()).extracting(ImportWarning::code)
                    .doesNotContain("schedule.unparsed", "schedule.empty", "schedule.partly-unparsed", "schedule.mixed");
        }
        // The Bắc Giang plan refers to its appendix ("Phụ lục kèm theo Kế hoạch") but the document holds no table.
        assertThatThrownBy(Seeds.BAC_GIANG_REVIEW_2022_2025::importText)
                .isInstanceOfSatisfying(NotAPlanTableException.class,
                        e -> assertThat(e.reason()).isEqualTo(NotAPlanTableException.Reason.NO_TABLE));
    }

    @Nested
    class SocTrangDepartment2025 {

        private final PlanTablePreview preview = Seeds.SOC_TRANG_DEPARTMENT_2025.importText();

        @Test
        void columnsSectionsAndTasks() {
            assertThat(preview.columns()).containsExactly(Column.NUMBER, Column.CONTENT, Column.RESULT, Column.LEAD,
                    Column.COOPERATING, Column.TIME);
            assertThat(preview.sections()).extracting(SectionPreview::label)
                    .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX");
            assertThat(preview.sections()).extracting(s -> s.tasks().size())
                    .containsExactly(1, 1, 4, 2, 2, 6, 1, 2, 1);
            assertThat(preview.taskCount()).isEqualTo(20);
            assertThat(preview.section("IX").orElseThrow().title()).isEqualTo("Chế độ thông tin báo cáo");
            assertThat(preview.section("III").orElseThrow().tasks()).extracting(TaskPreview::label)
                    .containsExactly("1", "2", "3", "4");
        }

        @Test
        void firstTask() {
            TaskPreview t = task(preview, "I", "1");
            assertThat(t.row()).isEqualTo(73);
            assertThat(t.content()).isEqualTo("Xây dựng, ban hành và tổ chức thực hiện các văn bản triển khai thực hiện "
                    + "nhiệm vụ kiểm soát TTHC năm 2025.");
            assertThat(t.leadUnits()).containsExactly("Văn phòng Sở");
            assertThat(t.cooperatingUnits()).containsExactly("Các phòng, đơn vị");
            assertThat(t.results()).extracting(ExpectedResult::text)
                    .containsExactly("Kế hoạch kiểm soát TTHC", "Các văn bản triển khai công tác kiểm soát TTHC.");
            assertThat(t.schedule().kind()).isEqualTo(ScheduleKind.DUE_BY_DATE);
            assertThat(t.schedule().deadline()).contains(d(2025, 1, 31));
            assertThat(t.funding()).isNull();
        }

        @Test
        void listedResultsPairWithListedLeadUnits() {
            TaskPreview t = task(preview, "III", "1");
            assertThat(t.leadUnits()).containsExactly("Văn phòng Sở",
                    "Phòng chuyên môn/ đơn vị thuộc Sở khi được giao dự thảo TTHC");
            assertThat(t.results()).extracting(r -> r.leadUnits().get(0))
                    .containsExactly("Văn phòng Sở", "Phòng chuyên môn/ đơn vị thuộc Sở khi được giao dự thảo TTHC");
            assertThat(t.cooperatingUnits()).contains("Văn phòng UBND tỉnh",
                    "Trung tâm Phục vụ hành chính công tỉnh", "Đ/c Trần Thế Vũ - Văn phòng Sở");

            TaskPreview kiosk = task(preview, "VI", "3");
            assertThat(kiosk.results()).hasSize(3);
            assertThat(kiosk.results().get(2).leadUnits()).containsExactly("Các phòng, đơn vị thuộc Sở");
            assertThat(kiosk.results().get(2).cooperatingUnits()).isEmpty();
            assertThat(kiosk.results().get(0).cooperatingUnits())
                    .containsExactly("Trung tâm Phục vụ Hành chính công", "Văn phòng Sở", "đ/c Trần Thế Vũ");
        }

        @Test
        void rowsCutByPageBreaks() {
            TaskPreview publicity = task(preview, "V", "1");
            assertThat(publicity.results()).extracting(ExpectedResult::text).containsExactly(
                    "Công khai “Nội dung, địa chỉ tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính” tại Sở.",
                    "Công tác tiếp nhận, trả lời kết quả xử lý và đăng tải công khai kết quả xử lý phản ánh, kiến nghị "
                            + "trên Cổng Dịch vụ công quốc gia.");

            TaskPreview oneStop = task(preview, "VI", "2");
            assertThat(oneStop.leadUnits()).containsExactly("Sở KH&CN");
            assertThat(oneStop.cooperatingUnits()).containsExactly("Trung tâm Phục vụ hành chính công");
            assertThat(oneStop.results()).extracting(ExpectedResult::row, r -> r.text().substring(0, 20))
                    .containsExactly(tuple(96, "Thực hiện tiếp nhận "), tuple(96, "Đảm bảo 100% TTHC đư"),
                            tuple(99, "Thực hiện nghiêm túc"));

            TaskPreview training = task(preview, "VIII", "2");
            assertThat(training.results()).extracting(ExpectedResult::text).containsExactly(
                    "Tham gia tập huấn (trực tiếp hoặc trực tuyến) do Cục Kiểm soát thủ tục hành chính (Văn phòng Chính phủ) tổ chức.");
            assertThat(preview.warningsAt(113)).extracting(ImportWarning::code).containsExactly(ImportWarning.REPEATED_TEXT);
        }

        @Test
        void reportingTask() {
            TaskPreview t = task(preview, "IX", "1");
            assertThat(t.leadUnits()).containsExactly("Văn phòng Sở");
            assertThat(t.cooperatingUnits()).containsExactly("Các phòng, đơn vị thuộc Sở", "đ/c Trần Thế Vũ");
            assertThat(((Schedule.Recurring) t.schedule()).rules()).containsExactly(
                    RecurrenceRule.onDay(Frequency.MONTHLY, 22), RecurrenceRule.onDay(Frequency.QUARTERLY, 19),
                    new RecurrenceRule(Frequency.YEARLY, 19, 12));
            // 12 monthly, 4 quarterly and the yearly report, the last two on 19/12: one occurrence a date (issue 13)
            assertThat(t.schedule().occurrences(Seeds.SOC_TRANG_DEPARTMENT_2025.period())).hasSize(16);
        }

        @Test
        void distinctTimeTexts() {
            assertThat(readings(preview)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "Kế hoạch kiểm soát TTHC ban hành trước ngày 31/01/2025", "DUE_BY_DATE 2025-01-31",
                    "Khi có phát sinh", "ON_DEMAND",
                    "Thường xuyên", "ONGOING",
                    "Trong năm 2025", "WITHIN_PERIOD 2025-12-31",
                    "- Định kỳ hàng tháng (trước ngày 22), hàng quý và năm gửi Báo cáo về Văn phòng UBND tỉnh (trước ngày "
                            + "19 của tháng cuối quý và trước ngày 19 tháng 12) để tổng hợp trình UBND tỉnh. - Đột xuất "
                            + "theo yêu cầu của UBND tỉnh.", "RECURRING"));
        }

        @Test
        void warnings() {
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code)
                    .containsExactly(tuple(113, ImportWarning.REPEATED_TEXT));
        }
    }

    @Nested
    class SocTrangProvince2024 {

        private final PlanTablePreview preview = Seeds.SOC_TRANG_PROVINCE_2024.importText();

        @Test
        void columnsSectionsAndTasks() {
            assertThat(preview.columns()).containsExactly(Column.NUMBER, Column.CONTENT, Column.RESULT,
                    Column.ASSIGNMENT, Column.TIME);
            assertThat(preview.sections()).extracting(SectionPreview::label)
                    .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI");
            assertThat(preview.sections()).extracting(s -> s.tasks().size())
                    .containsExactly(2, 2, 2, 2, 2, 3, 3, 13, 2, 3, 2);
            assertThat(preview.taskCount()).isEqualTo(36);
            assertThat(preview.section("I").orElseThrow().title()).isEqualTo("Công tác chỉ đạo điều hành");
            SectionPreview inspection = preview.section("IX").orElseThrow();
            assertThat(inspection.title()).isEqualTo("Kiểm tra việc thực hiện các hoạt động kiểm soát TTHC");
            assertThat(preview.warningsAt(154)).extracting(ImportWarning::code).containsExactly(ImportWarning.LABEL_WITH_TEXT);
        }

        @Test
        void mergedAssignmentColumnIsSplitIntoLeadAndCooperatingUnits() {
            TaskPreview t = task(preview, "I", "1");
            assertThat(t.leadUnits()).containsExactly("Văn phòng UBND tỉnh");
            assertThat(t.cooperatingUnits()).containsExactly("các sở, ngành có liên quan");
            assertThat(task(preview, "I", "2").leadUnits()).containsExactly("Các sở, ngành", "UBND cấp huyện");
            assertThat(task(preview, "VI", "2").leadUnits())
                    .containsExactly("Các sở, ngành", "Công an tỉnh", "Bảo hiểm xã hội tỉnh");
            assertThat(task(preview, "VIII", "13").leadUnits())
                    .containsExactly("Công an tỉnh", "Bảo hiểm xã hội tỉnh", "Bộ Chỉ huy Quân sự tỉnh");
            assertThat(task(preview, "IX", "1").cooperatingUnits())
                    .containsExactly("Văn phòng UBND tỉnh", "các đơn vị có liên quan");
        }

        @Test
        void boldAndListMarkupBecomeCleanItems() {
            TaskPreview t = task(preview, "I", "2");
            assertThat(t.results()).extracting(ExpectedResult::text).containsExactly(
                    "Kế hoạch kiểm soát TTHC", "Kế hoạch rà soát, đánh giá TTHC",
                    "Các văn bản triển khai công tác kiểm soát TTHC, cải cách TTHC, đổi mới thực hiện cơ chế một cửa, "
                            + "một cửa liên thông, thực hiện TTHC trên môi trường điện tử và các văn bản nâng cao hiệu "
                            + "quả giải quyết TTHC, cung cấp dịch vụ công.");
            assertThat(task(preview, "IX", "1").results()).hasSize(4);
        }

        @Test
        void resultsWithTheirOwnAssigneeAndTime() {
            TaskPreview publicity = task(preview, "III", "2");
            assertThat(publicity.results()).hasSize(3);
            assertThat(publicity.results().get(1).leadUnits()).containsExactly("Sở Thông tin và Truyền thông");
            assertThat(publicity.results().get(1).cooperatingUnits())
                    .containsExactly("các sở, ngành", "UBND cấp huyện, cấp xã");
            assertThat(publicity.results().get(2).text()).endsWith("cấp xã (đảm bảo 100% TTHC còn hiệu lực thì hành được "
                    + "niêm yết công khai trên bảng treo tường, trên Trang thông tin điện tử (nếu có) hoặc các hình thức khác).");
            assertThat(publicity.results().get(2).leadUnits())
                    .containsExactly("Các sở, ngành", "Trung tâm Phục vụ hành chính công", "UBND cấp huyện, cấp xã");

            TaskPreview review = task(preview, "IV", "2");
            assertThat(review.results()).extracting(ExpectedResult::row, r -> r.schedule().deadline().orElseThrow())
                    .containsExactly(tuple(105, d(2024, 6, 30)), tuple(105, d(2024, 6, 30)), tuple(106, d(2024, 9, 15)));
            assertThat(review.results().get(2).leadUnits()).containsExactly("Văn phòng UBND tỉnh");

            TaskPreview internal = task(preview, "V", "1");
            assertThat(internal.results()).extracting(r -> r.schedule().deadline().orElseThrow())
                    .containsExactly(d(2024, 1, 1), d(2024, 7, 1));
            assertThat(internal.results().get(1).leadUnits()).containsExactly("Các sở, ngành");
            assertThat(internal.results().get(1).cooperatingUnits()).containsExactly("Văn phòng UBND tỉnh");
        }

        @Test
        void dueDatesOutsideThePlanAreWarned() {
            TaskPreview planning = task(preview, "IV", "1");
            assertThat(planning.schedule().deadline()).contains(d(2023, 11, 30));
            assertThat(planning.results().get(1).schedule().deadline()).contains(d(2024, 1, 31));
            assertThat(preview.warningsAt(103)).extracting(ImportWarning::code).containsExactly(ImportWarning.OUTSIDE_PERIOD);
            assertThat(preview.warningsAt(114)).extracting(ImportWarning::code).containsExactly(ImportWarning.OUTSIDE_PERIOD);
        }

        @Test
        void cellsMergedAcrossTasksAreShared() {
            String shared = "Các sở, ngành|UBND cấp huyện|Sở Thông tin và Truyền thông|Văn phòng UBND tỉnh";
            for (String label : List.of("2", "3", "4", "5")) {
                TaskPreview t = task(preview, "VIII", label);
                assertThat(String.join("|", t.leadUnits()) + "|" + String.join("|", t.cooperatingUnits()))
                        .as("VIII." + label).isEqualTo(shared);
                assertThat(t.schedule().kind()).isEqualTo(ScheduleKind.ONGOING);
            }
            assertThat(preview.warningsAt(136)).extracting(ImportWarning::code)
                    .containsExactly(ImportWarning.CELL_SPILLED, ImportWarning.CELL_INHERITED);
            assertThat(task(preview, "VII", "2").leadUnits()).containsExactly("Sở Thông tin và Truyền thông");
            assertThat(preview.warningsAt(128)).extracting(ImportWarning::code).containsExactly(ImportWarning.CELL_INHERITED);
        }

        @Test
        void reportingTasks() {
            TaskPreview reports = task(preview, "XI", "1");
            assertThat(reports.results()).extracting(ExpectedResult::row).containsExactly(171, 172, 173);
            assertThat(reports.results().get(1).leadUnits()).containsExactly("Các sở, ngành tỉnh", "UBND cấp huyện");
            assertThat(reports.timeText().split("\n")).hasSize(3);
            assertThat(((Schedule.Recurring) reports.schedule()).rules()).containsExactly(
                    RecurrenceRule.onDay(Frequency.MONTHLY, 22), RecurrenceRule.onDay(Frequency.QUARTERLY, 19),
                    new RecurrenceRule(Frequency.YEARLY, 19, 12));

            TaskPreview consolidated = task(preview, "XI", "2");
            assertThat(consolidated.content()).endsWith("về tình hình, kết quả thực hiện kiểm soát TTTC, cải cách TTTC, cơ chế "
                    + "một cửa, một cửa liên thông và thực hiện TTTC trên môi trường điện tử trên địa bàn tỉnh hoặc báo cáo "
                    + "đột xuất theo yêu cầu.");
            assertThat(consolidated.timeText()).isEqualTo("Định kỳ hằng tháng, quý và năm hoặc đột xuất.");
            assertThat(consolidated.results()).hasSize(2);
        }

        @Test
        void distinctTimeTexts() {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("Trong năm 2024.", "WITHIN_PERIOD 2024-12-31");
            expected.put("Kế hoạch kiểm soát, Kế hoạch rà soát TTHC ban hành trước ngày 31/01/2024.", "DUE_BY_DATE 2024-01-31");
            expected.put("Thường xuyên.", "ONGOING");
            expected.put("Trong tháng 11/2023.", "WITHIN_PERIOD 2023-11-30");
            expected.put("Trong tháng 01/2024.", "WITHIN_PERIOD 2024-01-31");
            expected.put("Trong quý I, quý II/2024.", "WITHIN_PERIOD 2024-06-30");
            expected.put("Trước ngày 15/9/2024.", "DUE_BY_DATE 2024-09-15");
            expected.put("Trước ngày 01/01/2024.", "DUE_BY_DATE 2024-01-01");
            expected.put("Trước ngày 01/07/2024.", "DUE_BY_DATE 2024-07-01");
            expected.put("Trong quý II, quý III/2024.", "WITHIN_PERIOD 2024-09-30");
            expected.put("Trước ngày 01/01/2025.", "DUE_BY_DATE 2025-01-01");
            expected.put("Trong quý I năm 2024.", "WITHIN_PERIOD 2024-03-31");
            expected.put("Định kỳ hàng tháng.", "RECURRING");
            expected.put("Trong năm 2024.\nTrong năm 2024.", "WITHIN_PERIOD 2024-12-31");
            expected.put("Theo Thư mời của Cục Kiểm soát thủ tục hành chính.", "ON_DEMAND");
            expected.put("- Định kỳ hằng tháng (trước ngày 22 hằng tháng).\n"
                    + "- Định kỳ hằng quý và năm (đơn vị, địa phương gửi Báo cáo về Văn phòng UBND tỉnh trước ngày 19 của "
                    + "tháng cuối quý và trước ngày 19 tháng 12 để tổng hợp trình UBND tỉnh).\n"
                    + "- Đột xuất theo yêu cầu của Văn phòng Chính phủ, UBND tỉnh.", "RECURRING");
            expected.put("Định kỳ hằng tháng, quý và năm hoặc đột xuất.", "RECURRING");
            assertThat(readings(preview)).containsExactlyInAnyOrderEntriesOf(expected);
        }

        @Test
        void warnings() {
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code).containsExactly(
                    tuple(103, ImportWarning.OUTSIDE_PERIOD),
                    tuple(114, ImportWarning.OUTSIDE_PERIOD),
                    tuple(128, ImportWarning.CELL_INHERITED),
                    tuple(136, ImportWarning.CELL_SPILLED),
                    tuple(136, ImportWarning.CELL_INHERITED),
                    tuple(137, ImportWarning.CELL_INHERITED),
                    tuple(137, ImportWarning.CELL_INHERITED),
                    tuple(138, ImportWarning.CELL_INHERITED),
                    tuple(149, ImportWarning.CELL_INHERITED),
                    tuple(154, ImportWarning.LABEL_WITH_TEXT),
                    tuple(172, ImportWarning.CELL_SPILLED),
                    tuple(173, ImportWarning.CELL_SPILLED),
                    tuple(181, ImportWarning.ROW_IGNORED));
        }

        @Test
        void noRowIsLost() {
            Optional<TaskPreview> last = preview.task("XI", "2");
            assertThat(last).isPresent();
            assertThat(task(preview, "IX", "2").content()).contains("hoặc kết hợp với kiểm tra việc thực hiện kiểm soát TTHC");
            assertThat(task(preview, "IX", "2").results().get(0).text()).contains("Văn phòng UBND tỉnh theo dõi");
            assertThat(task(preview, "X", "3").content()).endsWith("thực hiện nhiệm vụ kiểm soát TTHC, cơ chế một cửa, một cửa liên thông.");
            assertThat(task(preview, "X", "3").cooperatingUnits()).containsExactly("các đơn vị có liên quan");
            assertThat(task(preview, "VIII", "9").results()).hasSize(2);
            assertThat(task(preview, "VIII", "9").results().get(1).text())
                    .endsWith("tiếp nhận giải quyết TTHC của tất cả công chức, viên chức.");
        }
    }
}
