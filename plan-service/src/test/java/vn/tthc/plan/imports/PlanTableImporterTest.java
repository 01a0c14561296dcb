package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.ScheduleKind;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.imports.NotAPlanTableException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Table shapes other than the seeds', and input that is refused. */
class PlanTableImporterTest {

    private final PlanTableImporter importer = new PlanTableImporter(PlanPeriod.year(2025));

    private static String table(String... rows) {
        return "KẾ HOẠCH\n\nPhụ lục\n" + String.join("\n", rows) + "\n";
    }

    @Nested
    class ColumnSets {

        @Test
        void fundingColumnAndColumnsInAnotherOrder() {
            PlanTablePreview preview = importer.importText(table(
                    "TT\tNhiệm vụ\tThời hạn hoàn thành\tCơ quan chủ trì\tCơ quan phối hợp\tKinh phí\tSản phẩm",
                    "I\tRà soát, đánh giá TTHC\t\t\t\t\t",
                    "1\tRà soát TTHC lĩnh vực khoa học\tQuý III/2025\tPhòng Quản lý khoa học\tVăn phòng Sở\tNgân sách tỉnh\tBáo cáo rà soát"));
            assertThat(preview.columns()).containsExactly(Column.NUMBER, Column.CONTENT, Column.TIME, Column.LEAD,
                    Column.COOPERATING, Column.FUNDING, Column.RESULT);
            TaskPreview t = preview.task("I", "1").orElseThrow();
            assertThat(t.funding()).isEqualTo("Ngân sách tỉnh");
            assertThat(t.leadUnits()).containsExactly("Phòng Quản lý khoa học");
            assertThat(t.cooperatingUnits()).containsExactly("Văn phòng Sở");
            assertThat(t.results()).extracting(ExpectedResult::text).containsExactly("Báo cáo rà soát");
            assertThat(t.schedule().deadline()).contains(LocalDate.of(2025, 9, 30));
            assertThat(preview.warnings()).isEmpty();
        }

        @Test
        void twoHeaderRowsSplittingTheUnitsColumn() {
            PlanTablePreview preview = importer.importText(table(
                    "STT\tNội dung công việc\tĐơn vị thực hiện\t\tThời gian thực hiện",
                    "\t\tChủ trì\tPhối hợp\t",
                    "1\tCông bố TTHC\tVăn phòng Sở\tCác phòng chuyên môn\tThường xuyên"));
            assertThat(preview.columns()).containsExactly(Column.NUMBER, Column.CONTENT, Column.LEAD, Column.COOPERATING,
                    Column.TIME);
            TaskPreview t = preview.allTasks().get(0);
            assertThat(t.leadUnits()).containsExactly("Văn phòng Sở");
            assertThat(t.cooperatingUnits()).containsExactly("Các phòng chuyên môn");
        }

        @Test
        void noResultColumn() {
            PlanTablePreview preview = importer.importText(table(
                    "STT\tNội dung\tĐơn vị chủ trì, phối hợp\tThời gian",
                    "1\tTuyên truyền về dịch vụ công trực tuyến\tVăn phòng Sở chủ trì, phối hợp Trung tâm Phục vụ hành chính công\tNăm 2025",
                    "\tĐăng tin trên Trang thông tin điện tử\tPhòng Quản lý công nghệ\tQuý II/2025"));
            TaskPreview t = preview.allTasks().get(0);
            assertThat(preview.columns()).doesNotContain(Column.RESULT);
            assertThat(t.content()).isEqualTo("Tuyên truyền về dịch vụ công trực tuyến");
            assertThat(t.leadUnits()).containsExactly("Văn phòng Sở");
            assertThat(t.cooperatingUnits()).containsExactly("Trung tâm Phục vụ hành chính công");
            assertThat(t.results()).extracting(ExpectedResult::text, ExpectedResult::leadUnits)
                    .containsExactly(tuple("Đăng tin trên Trang thông tin điện tử", java.util.List.of("Phòng Quản lý công nghệ")));
            assertThat(t.results().get(0).schedule().deadline()).contains(LocalDate.of(2025, 6, 30));
        }
    }

    @Nested
    class Numbering {

        @Test
        void dottedNumbersNestWithoutSections() {
            PlanTablePreview preview = importer.importText(table(
                    "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện",
                    "1.\tCông tác chỉ đạo\t\t",
                    "1.1\tBan hành kế hoạch\tVăn phòng Sở\tTrước ngày 31/01/2025",
                    "1.1.1\tDự thảo kế hoạch\tVăn phòng Sở\tTrước ngày 20/01/2025",
                    "1.2\tTổ chức thực hiện\tCác phòng\tThường xuyên",
                    "2\tKiểm tra\tThanh tra Sở\tQuý IV/2025",
                    "a\tKiểm tra tại phòng chuyên môn\tThanh tra Sở\tQuý IV/2025",
                    "3.4\tKhông có nhiệm vụ cha\tVăn phòng Sở\tNăm 2025"));
            // issue 13: "1." has tasks under it and no unit or time of its own: a heading, so a section, not a task
            assertThat(preview.sections()).extracting(SectionPreview::label, SectionPreview::title)
                    .containsExactly(tuple("1", "Công tác chỉ đạo"), tuple("", ""));
            SectionPreview group = preview.section("1").orElseThrow();
            assertThat(group.tasks()).extracting(TaskPreview::label).containsExactly("1.1", "1.2");
            assertThat(group.tasks().get(0).subtasks()).extracting(TaskPreview::label).containsExactly("1.1.1");
            assertThat(preview.section("").orElseThrow().tasks()).extracting(TaskPreview::label).containsExactly("2", "3.4");
            assertThat(preview.task("", "2").orElseThrow().subtasks()).extracting(TaskPreview::label).containsExactly("a");
            assertThat(preview.taskCount()).isEqualTo(6);
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code)
                    .containsExactly(tuple(11, ImportWarning.PARENT_MISSING));
        }

        @Test
        void numbersContinuingAcrossSections() {
            PlanTablePreview preview = importer.importText(table(
                    "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện",
                    "I\tMục một\t\t",
                    "1\tViệc một\tVăn phòng Sở\tNăm 2025",
                    "II\tMục hai\t\t",
                    "2\tViệc hai\tVăn phòng Sở\tNăm 2025"));
            assertThat(preview.section("II").orElseThrow().tasks()).extracting(TaskPreview::label).containsExactly("2");
        }

        @Test
        void anUnknownLabelIsKeptAsATaskWithAWarning() {
            PlanTablePreview preview = importer.importText(table(
                    "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện",
                    "(*)\tViệc phát sinh\tVăn phòng Sở\tKhi có phát sinh"));
            assertThat(preview.allTasks()).extracting(TaskPreview::label).containsExactly("(*)");
            assertThat(preview.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarning.LABEL_UNKNOWN);
        }
    }

    @Nested
    class RowsAndCells {

        @Test
        void strayRowsAreReportedNotDropped() {
            PlanTablePreview preview = importer.importText(table(
                    "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện\t",
                    "\tDòng trước nhiệm vụ đầu tiên\tVăn phòng Sở\t\t",
                    "1\tViệc một\tVăn phòng Sở\tNăm 2025\tchữ ở cột không tên",
                    "Trang 2"));
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code).containsExactly(
                    tuple(5, ImportWarning.ROW_ORPHAN),
                    tuple(6, ImportWarning.UNMAPPED_CELL),
                    tuple(7, ImportWarning.ROW_IGNORED));
        }

        @Test
        void aTaskWithoutLeadUnitOrTimeIsWarned() {
            PlanTablePreview preview = importer.importText(table(
                    "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện",
                    "1\tViệc một\t\t"));
            TaskPreview t = preview.allTasks().get(0);
            assertThat(t.leadUnits()).isEmpty();
            assertThat(t.schedule().kind()).isEqualTo(ScheduleKind.UNPARSED);
            assertThat(preview.warnings()).extracting(ImportWarning::code)
                    .containsExactlyInAnyOrder(ImportWarning.NO_LEAD, "schedule.empty");
        }

        @Test
        void anUnreadableTimeIsKeptWithAWarning() {
            PlanTablePreview preview = importer.importText(table(
                    "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện",
                    "1\tViệc một\tVăn phòng Sở\tTheo tiến độ chung"));
            assertThat(preview.allTasks().get(0).timeText()).isEqualTo("Theo tiến độ chung");
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code)
                    .containsExactly(tuple(5, "schedule.unparsed"));
        }

        @Test
        void decomposedTextAndMarkupAreCleaned() {
            PlanTablePreview preview = importer.importText(table(
                    "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện",
                    "<b>1</b>\t<p>Ra\u0300 soa\u0301t&nbsp;TTHC</p>\t<ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li></ul>\tThường xuyên"));
            TaskPreview t = preview.allTasks().get(0);
            assertThat(t.label()).isEqualTo("1");
            assertThat(t.content()).isEqualTo("Rà soát TTHC");
            assertThat(t.leadUnits()).containsExactly("Văn phòng Sở", "Thanh tra Sở");
        }
    }

    @Nested
    class Refusals {

        @Test
        void emptyInput() {
            assertReason(() -> importer.importText("  \n\n"), Reason.EMPTY);
            assertReason(() -> importer.importText(new byte[0]), Reason.EMPTY);
        }

        @Test
        void binaryInput() {
            assertReason(() -> importer.importText(new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1}), Reason.BINARY);
            assertReason(() -> importer.importText("PK\u0003\u0004\u0000\u0000\t\u0001\u0002".getBytes(StandardCharsets.UTF_8)),
                    Reason.BINARY);
        }

        @Test
        void proseWithoutATable() {
            assertReason(() -> importer.importText("KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2025\n"), Reason.NO_TABLE);
        }

        @Test
        void aTableWithoutAPlanHeader() {
            assertReason(() -> importer.importText(table("Họ tên\tChức vụ\tĐơn vị", "Nguyễn Văn A\tGiám đốc\tSở KH&CN")),
                    Reason.NO_HEADER);
        }

        @Test
        void aHeaderWithNothingUnderIt() {
            assertReason(() -> importer.importText(table("STT\tNội dung công việc\tThời gian thực hiện")), Reason.NO_ROWS);
        }

        @Test
        void theReasonHasAStableKey() {
            assertThat(Reason.NO_HEADER.key()).isEqualTo("plan-table.no-header");
        }

        private void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
            assertThatThrownBy(call).isInstanceOfSatisfying(NotAPlanTableException.class,
                    e -> assertThat(e.reason()).isEqualTo(reason));
        }
    }

    /** Whatever part of a plan document comes in, the answer is a preview or a refusal with a reason. */
    @Test
    void anyCutOfASeedGivesAPreviewOrARefusal() {
        for (Seeds seed : Seeds.values()) {
            String text = seed.text();
            for (int cut = 0; cut <= text.length(); cut += 997) {
                String part = text.substring(0, cut);
                try {
                    PlanTablePreview preview = new PlanTableImporter(seed.period()).importText(part);
                    assertThat(preview.sections()).as(seed + " cut at " + cut).isNotEmpty();
                } catch (NotAPlanTableException refused) {
                    assertThat(refused.reason()).isNotNull();
                }
            }
        }
    }
}
