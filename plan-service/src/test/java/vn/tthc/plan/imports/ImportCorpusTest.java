package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.Occurrence;
import vn.tthc.plan.schedule.Schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.tthc.plan.PlanPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The import judged on plan tables it was not tuned to (issue 13): each document of {@link CorpusDocuments} shows
 * one structure, and its whole tree is asserted — sections, tasks, units, funding, schedules with their due dates.
 */
class ImportCorpusTest {

    private static final PlanPeriod YEAR_2025 = PlanPeriod.year(2025);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private static PlanTablePreview read(String text) {
        return new PlanTableImporter(YEAR_2025).importText(text);
    }

    /** The preview as lines: "§ label title" per section, then its tasks indented by depth. */
    static List<String> tree(PlanTablePreview preview) {
        List<String> lines = new ArrayList<>();
        for (SectionPreview section : preview.sections()) {
            if (!section.isImplicit()) {
                lines.add("§ " + section.label() + " " + section.title());
            }
            section.tasks().forEach(t -> task(t, section.isImplicit() ? "" : "  ", lines));
        }
        return lines;
    }

    private static void task(TaskPreview t, String indent, List<String> lines) {
        StringBuilder line = new StringBuilder(indent + t.label() + " " + t.content());
        line.append(" | ").append(String.join("; ", t.leadUnits()));
        if (!t.cooperatingUnits().isEmpty()) {
            line.append(" + ").append(String.join("; ", t.cooperatingUnits()));
        }
        line.append(" | ").append(schedule(t.schedule()));
        if (t.funding() != null) {
            line.append(" | ").append(t.funding());
        }
        lines.add(line.toString());
        t.subtasks().forEach(s -> task(s, indent + "  ", lines));
    }

    private static String schedule(Schedule schedule) {
        String dues = schedule.occurrences(YEAR_2025).stream().map(Occurrence::dueDate).map(DAY::format)
                .collect(Collectors.joining(","));
        return schedule.kind() + (dues.isEmpty() ? "" : " " + dues);
    }

    @Test
    void dottedNumberingWithHeadingsAndAGroupThatIsATask() {
        PlanTablePreview preview = read(CorpusDocuments.DOTTED_GROUPS);
        assertThat(tree(preview)).containsExactly(
                "§ 1 Công tác chỉ đạo, điều hành",
                "  1.1 Ban hành kế hoạch kiểm soát TTHC năm 2025 | Văn phòng Sở + Các phòng chuyên môn | DUE_BY_DATE 31/01",
                "  1.2 Kiện toàn đội ngũ công chức đầu mối | Văn phòng Sở | WITHIN_PERIOD 31/03",
                "§ 2 Rà soát, đơn giản hóa TTHC",
                "§ 2.1 Rà soát quy định, TTHC",
                "  2.1.1 Rà soát TTHC lĩnh vực đo lường | Chi cục Tiêu chuẩn Đo lường Chất lượng + Văn phòng Sở | WITHIN_PERIOD 30/09",
                "  2.1.2 Rà soát TTHC lĩnh vực năng lượng nguyên tử | Phòng Quản lý chuyên ngành + Văn phòng Sở | WITHIN_PERIOD 30/09",
                "§ 2 Rà soát, đơn giản hóa TTHC",
                "  2.2 Theo dõi thực thi phương án đơn giản hóa | Văn phòng Sở | ONGOING",
                "    2.2.1 Tổng hợp kết quả thực thi | Văn phòng Sở | RECURRING 30/06,31/12",
                "§ 3 Thông tin, báo cáo",
                "  3.1 Báo cáo tình hình kiểm soát TTHC | Văn phòng Sở + Các phòng, đơn vị thuộc Sở | RECURRING 31/03,30/06,30/09,31/12");
        assertThat(preview.sections()).extracting(SectionPreview::label, SectionPreview::parentLabel, SectionPreview::continued)
                .containsExactly(tuple("1", null, false), tuple("2", null, false), tuple("2.1", "2", false), tuple("2", null, true),
                        tuple("3", null, false));
        assertThat(preview.sections().stream().filter(SectionPreview::isTopLevel)).hasSize(3);
        assertThat(preview.taskCount()).isEqualTo(7);
        assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code)
                .containsExactly(tuple(14, ImportWarning.CELLS_ALIGNED));
        assertThat(preview.warnings().get(0).message()).contains("6 ô", "5 cột", "«Thời gian thực hiện»: Định kỳ hàng quý, năm");
    }

    @Test
    void fundingColumnNumberingRowAndRowsCutByPageBreaks() {
        PlanTablePreview preview = read(CorpusDocuments.FUNDING_AND_PAGE_BREAKS);
        assertThat(preview.columns()).contains(Column.FUNDING);
        assertThat(tree(preview)).containsExactly(
                "§ I Kiểm soát quy định TTHC",
                "  1 Đánh giá tác động TTHC trong dự thảo văn bản | Phòng Pháp chế + Các phòng chuyên môn | ONGOING | Ngân sách tỉnh",
                "  2 Công bố, công khai TTHC | Văn phòng Sở + Trung tâm Phục vụ hành chính công | MILESTONES 15/03,15/09"
                        + " | Kinh phí hoạt động thường xuyên",
                "§ II Rà soát, đơn giản hóa TTHC",
                "  3 Rà soát TTHC nội bộ | Sở Khoa học và Công nghệ + Văn phòng UBND tỉnh | MILESTONES 28/02,31/08"
                        + " | Nguồn chi thường xuyên",
                "  4 Thực thi phương án đơn giản hóa | Các sở, ban, ngành + Sở Tư pháp | RECURRING 20/11 | Ngân sách nhà nước");
        assertThat(preview.task("I", "2").orElseThrow().results()).extracting(ExpectedResult::text)
                .containsExactly("Quyết định công bố kịp thời");
        assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code)
                .containsExactly(tuple(4, ImportWarning.ROW_IGNORED), tuple(9, ImportWarning.ROW_IGNORED));
    }

    @Test
    void cellsTooManyOrTooFewGoUnderTheColumnsTheirTextBelongsTo() {
        PlanTablePreview preview = read(CorpusDocuments.SHIFTED_CELLS);
        assertThat(tree(preview)).containsExactly(
                "1 Tuyên truyền về dịch vụ công trực tuyến | Phòng Văn hóa + Trung tâm Truyền thông | WITHIN_PERIOD 31/12"
                        + " | Ngân sách huyện",
                "2 Số hóa hồ sơ TTHC | Bộ phận Một cửa | RECURRING 31/01,28/02,31/03,30/04,31/05,30/06,31/07,31/08,30/09,31/10,"
                        + "30/11,31/12 | Kinh phí tự chủ",
                "3 Kiểm tra việc giải quyết TTHC | Thanh tra huyện + Phòng Nội vụ | WITHIN_PERIOD 31/10 | Không");
        assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code)
                .containsExactly(tuple(4, ImportWarning.CELLS_ALIGNED), tuple(5, ImportWarning.CELLS_ALIGNED));
    }

    @Test
    void anotherHeaderOrderWithoutResultsAndANoteColumn() {
        PlanTablePreview preview = read(CorpusDocuments.OTHER_HEADER);
        assertThat(preview.columns()).containsExactly(Column.NUMBER, Column.CONTENT, Column.TIME, Column.LEAD, Column.NOTE);
        assertThat(tree(preview)).containsExactly(
                "§ I CÔNG TÁC TRUYỀN THÔNG",
                "  1 Đăng tải TTHC mới công bố lên Cổng thông tin điện tử | Văn phòng UBND huyện | ON_DEMAND",
                "  2 Cập nhật bộ TTHC tại Bộ phận Một cửa | Bộ phận Một cửa | AFTER_EVENT");
        Schedule.AfterEvent after = (Schedule.AfterEvent) preview.task("I", "2").orElseThrow().schedule();
        assertThat(after.delay()).isEqualTo(new vn.tthc.plan.schedule.Delay(5, vn.tthc.plan.schedule.Delay.Unit.WORKING_DAYS));
        assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code, ImportWarning::message)
                .containsExactly(tuple(6, ImportWarning.UNMAPPED_CELL, "Ghi chú không được nhập: Phối hợp Viễn thông huyện"));
    }

    @Test
    void romanArabicAndLetters() {
        PlanTablePreview preview = read(CorpusDocuments.LETTERED);
        assertThat(tree(preview)).containsExactly(
                "§ I Nâng cao chất lượng phục vụ",
                "  1 Đo lường sự hài lòng của người dân | Sở Nội vụ + Bưu điện tỉnh | WITHIN_PERIOD 31/12",
                "    a Khảo sát trực tuyến | Sở Nội vụ | WITHIN_PERIOD 30/06",
                "    b Khảo sát trực tiếp tại Trung tâm | Trung tâm Phục vụ hành chính công | WITHIN_PERIOD 30/09",
                "§ 2 Niêm yết công khai TTHC",
                "  a Niêm yết tại Bộ phận Một cửa cấp huyện | UBND cấp huyện | ONGOING",
                "  b Niêm yết tại Bộ phận Một cửa cấp xã | UBND cấp xã | ONGOING",
                "§ II Chế độ báo cáo",
                "  3 Báo cáo kết quả kiểm soát TTHC | Văn phòng Sở; Các phòng chuyên môn | RECURRING 25/03,25/06,25/09,25/12");
        assertThat(preview.warnings()).isEmpty();
    }

    @Test
    void aSectionRowWithItsOwnLeadAndTimeIsAlsoATask() {
        PlanTablePreview preview = read(CorpusDocuments.SECTIONS_WITH_WORK);
        assertThat(tree(preview)).containsExactly(
                "§ I THÔNG TIN, BÁO CÁO",
                "  I THÔNG TIN, BÁO CÁO | Văn phòng Sở | RECURRING 31/03,30/06,30/09,31/12",
                "  1 Báo cáo chuyên đề về số hóa | Phòng Quản lý công nghệ | WITHIN_PERIOD 30/11",
                "§ II KIỂM TRA",
                "  2 Kiểm tra nội bộ | Thanh tra Sở | WITHIN_PERIOD 31/12");
        assertThat(preview.task("I", "I").orElseThrow().results()).extracting(ExpectedResult::text)
                .containsExactly("Báo cáo định kỳ");
        assertThat(preview.warnings()).isEmpty();
    }

    @Test
    void severalUnitsInACell() {
        PlanTablePreview preview = read(CorpusDocuments.UNIT_LISTS);
        TaskPreview land = preview.allTasks().get(0);
        assertThat(land.leadUnits()).containsExactly("Sở Tài nguyên và Môi trường", "Sở Tư pháp");
        assertThat(land.cooperatingUnits()).containsExactly("Sở Tài chính", "Sở Xây dựng", "UBND các huyện");
        TaskPreview linked = preview.allTasks().get(1);
        assertThat(linked.leadUnits()).containsExactly("Các sở, ban, ngành");
        assertThat(linked.cooperatingUnits()).containsExactly("Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công");
        Schedule.AfterEvent after = (Schedule.AfterEvent) linked.schedule();
        assertThat(after.delay()).isEqualTo(new vn.tthc.plan.schedule.Delay(1, vn.tthc.plan.schedule.Delay.Unit.MONTHS));
        assertThat(after.event()).isEqualTo("Bộ Công an ban hành hướng dẫn");
    }

    @Test
    void schedulesWithTheirOccurrences() {
        PlanTablePreview preview = read(CorpusDocuments.SCHEDULES);
        assertThat(tree(preview)).containsExactly(
                "1 Theo dõi tình hình giải quyết hồ sơ | Văn phòng Sở | ONGOING",
                "2 Báo cáo công tác cải cách TTHC | Văn phòng Sở | RECURRING 30/06,31/12",
                "3 Cập nhật quy trình nội bộ | Phòng Kế hoạch - Tài chính | ON_DEMAND",
                "4 Kiểm tra công vụ | Thanh tra Sở | MILESTONES 28/02,31/08",
                "5 Tổng kết công tác năm | Văn phòng Sở | RECURRING 20/11");
        assertThat(preview.warnings()).isEmpty();
    }

    @Test
    void wordCellsMergedDownAreSharedAndASpanningHeadingIsASection() {
        PlanTablePreview preview = new PlanTableImporter(YEAR_2025)
                .importDocx(new ByteArrayInputStream(CorpusDocuments.docx(CorpusDocuments.mergedWordRows())));
        assertThat(tree(preview)).containsExactly(
                "§ 1 Công tác kiểm soát chất lượng TTHC",
                "  1.1 Kiểm tra Bộ phận Một cửa cấp xã | Phòng Nội vụ + Văn phòng HĐND và UBND | WITHIN_PERIOD 30/06 | Ngân sách huyện",
                "  1.2 Kiểm tra Bộ phận Một cửa cấp huyện | Phòng Nội vụ + Văn phòng HĐND và UBND | WITHIN_PERIOD 31/12 | Ngân sách huyện",
                "2 Ứng dụng công nghệ thông tin | Phòng Văn hóa và Thông tin | ONGOING | ",
                "  2.1 Nâng cấp phần mềm một cửa | Phòng Văn hóa và Thông tin + Viễn thông huyện | MILESTONES 31/03,30/09 | Vốn sự nghiệp",
                "3 Tổng kết công tác kiểm soát TTHC |  | DUE_BY_DATE 15/12 | ");
        // the table marks its merges, so the empty lead of task 3 is empty, not taken from 2.1
        assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code, ImportWarning::cell)
                .containsExactly(tuple(7, ImportWarning.NO_LEAD, "Đơn vị chủ trì"));
    }

    @Test
    void aPlanForTheLastMonthsOfAYearWithTargetsUnderEachArea() {
        PlanDocumentPreview preview = new PlanDocumentReader().readText(CorpusDocuments.LAST_MONTHS_PLAN);
        PlanPeriod lastFourMonths = new PlanPeriod(java.time.LocalDate.of(2025, 9, 1), java.time.LocalDate.of(2025, 12, 31));
        assertThat(preview.details().period()).isEqualTo(lastFourMonths);
        assertThat(preview.details().targets())
                .extracting(t -> t.comparison() + " " + t.value().stripTrailingZeros().toPlainString() + t.unit() + " "
                        + t.deadline())
                .containsExactly("EQUAL 100% 2025-09-30", "AT_LEAST 98% null", "MORE_THAN 90% 2025-12-15");
        PlanTablePreview tasks = preview.appendix();
        TaskPreview monthly = tasks.allTasks().get(1);
        assertThat(monthly.schedule().occurrences(lastFourMonths)).extracting(Occurrence::dueDate)
                .containsExactly(java.time.LocalDate.of(2025, 9, 20), java.time.LocalDate.of(2025, 10, 20),
                        java.time.LocalDate.of(2025, 11, 20), java.time.LocalDate.of(2025, 12, 20));
        assertThat(tasks.allTasks()).extracting(TaskPreview::funding).containsExactly("Ngân sách huyện", "");
        assertThat(tasks.allTasks().get(0).leadUnits()).containsExactly("Văn phòng HĐND và UBND");
    }

    @Test
    void everyWarningNamesItsRowAndTheCellItIsAbout() {
        PlanTablePreview preview = read(CorpusDocuments.TROUBLED);
        assertThat(tree(preview)).containsExactly(
                "§ I Kiểm tra",
                "  I Kiểm tra | Thanh tra Sở | UNPARSED",
                "§ II Báo cáo",
                "  1 Kiểm tra đột xuất |  | UNPARSED",
                "  (*) Việc phát sinh | Văn phòng Sở | WITHIN_PERIOD 30/06",
                "  2 Tổng kết | Văn phòng Sở | WITHIN_PERIOD 31/12");
        assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code, ImportWarning::cell).containsExactly(
                tuple(4, ImportWarning.ROW_ORPHAN, null),
                tuple(5, "schedule.empty", "Thời gian thực hiện"),
                tuple(6, ImportWarning.UNMAPPED_CELL, "Ghi chú"),
                tuple(7, ImportWarning.UNMAPPED_CELL, "Ghi chú"),
                tuple(7, "schedule.unparsed", "Thời gian thực hiện"),
                tuple(7, ImportWarning.NO_LEAD, "Đơn vị chủ trì"),
                tuple(8, ImportWarning.LABEL_UNKNOWN, "STT"),
                tuple(8, ImportWarning.OUTSIDE_PERIOD, "Thời gian thực hiện"),
                tuple(9, ImportWarning.UNMAPPED_CELL, "cột 6"),
                tuple(10, ImportWarning.ROW_IGNORED, null));
    }

    /** Warnings about a cell name it; only those about a whole row do not. */
    @ParameterizedTest
    @MethodSource("textDocuments")
    void warningsAboutACellNameIt(String document) {
        List<String> wholeRow = List.of(ImportWarning.ROW_IGNORED, ImportWarning.ROW_ORPHAN, ImportWarning.CELLS_ALIGNED);
        assertThat(read(document).warnings()).allSatisfy(w -> {
            assertThat(w.row()).isPositive();
            if (!wholeRow.contains(w.code())) {
                assertThat(w.cell()).as(w.toString()).isNotBlank();
            }
        });
    }

    @Test
    void wordTableCutByAPageBreakWithOneUnitsColumn() {
        PlanTablePreview preview = new PlanTableImporter(YEAR_2025)
                .importDocx(new ByteArrayInputStream(CorpusDocuments.docx(CorpusDocuments.pageBreakWordRows())));
        assertThat(preview.columns()).containsExactly(Column.NUMBER, Column.CONTENT, Column.RESULT, Column.ASSIGNMENT, Column.TIME);
        assertThat(tree(preview)).containsExactly(
                "§ I Đơn giản hóa TTHC",
                "  1 Rà soát TTHC lĩnh vực nội vụ | Sở Nội vụ + Sở Tư pháp | DUE_BY_DATE 30/06",
                "  2 Đề xuất phương án đơn giản hóa TTHC lĩnh vực xây dựng | Sở Xây dựng + Văn phòng UBND tỉnh | WITHIN_PERIOD 30/09",
                "§ II Kiểm tra",
                "  3 Kiểm tra việc thực hiện TTHC tại cấp xã | Văn phòng UBND tỉnh | WITHIN_PERIOD 31/10");
        assertThat(preview.task("I", "2").orElseThrow().results()).extracting(ExpectedResult::text)
                .containsExactly("Phương án đơn giản hóa", "Dự thảo Quyết định");
        assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code)
                .containsExactly(tuple(2, ImportWarning.ROW_IGNORED), tuple(7, ImportWarning.ROW_IGNORED));
    }

    @Test
    void aWholeWordPlanForSeveralYearsWithAPartOfTargets() {
        PlanDocumentPreview preview = new PlanDocumentReader().readDocx(new ByteArrayInputStream(CorpusDocuments.docx(
                CorpusDocuments.multiYearPlanParagraphs(), CorpusDocuments.multiYearPlanRows())));
        assertThat(preview.details().period()).isEqualTo(PlanPeriod.years(2022, 2025));
        assertThat(preview.details().number()).isEqualTo("27/KH-SNV");
        assertThat(preview.details().targets()).extracting(t -> t.comparison() + " "
                        + t.value().stripTrailingZeros().toPlainString() + " " + t.deadline())
                .containsExactly("AT_LEAST 20 2025-12-31", "AT_LEAST 20 2025-12-31");
        PlanTablePreview tasks = preview.appendix();
        assertThat(tasks.sections()).extracting(SectionPreview::label, SectionPreview::title)
                .containsExactly(tuple("1", "Thống kê TTHC nội bộ"), tuple("", ""));
        assertThat(tasks.allTasks()).extracting(TaskPreview::label, t -> t.schedule().kind().name(), TaskPreview::leadUnits)
                .containsExactly(tuple("1.1", "RECURRING", List.of("Văn phòng Sở")), tuple("1.2", "ON_DEMAND", List.of("Văn phòng Sở")),
                        tuple("a", "ON_DEMAND", List.of("Văn phòng Sở")), tuple("2", "WITHIN_PERIOD", List.of("Các phòng, đơn vị thuộc Sở")));
        assertThat(tasks.task("1", "1.2").orElseThrow().subtasks()).extracting(TaskPreview::label).containsExactly("a");
        assertThat(tasks.allTasks().get(0).schedule().occurrences(PlanPeriod.years(2022, 2025))).extracting(Occurrence::dueDate)
                .containsExactly(java.time.LocalDate.of(2022, 11, 20), java.time.LocalDate.of(2023, 11, 20),
                        java.time.LocalDate.of(2024, 11, 20), java.time.LocalDate.of(2025, 11, 20));
    }

    static Stream<String> textDocuments() {
        return Stream.of(CorpusDocuments.TROUBLED, CorpusDocuments.SECTIONS_WITH_WORK, CorpusDocuments.LAST_MONTHS_PLAN, CorpusDocuments.DOTTED_GROUPS, CorpusDocuments.FUNDING_AND_PAGE_BREAKS, CorpusDocuments.SHIFTED_CELLS,
                CorpusDocuments.OTHER_HEADER, CorpusDocuments.LETTERED, CorpusDocuments.UNIT_LISTS, CorpusDocuments.SCHEDULES);
    }

    /** Every document cut after any of its lines gives a preview or a refusal with a reason, never anything else. */
    @ParameterizedTest
    @MethodSource("textDocuments")
    void anyCutGivesAPreviewOrARefusal(String document) {
        String[] lines = document.split("\n");
        for (int cut = 0; cut <= lines.length; cut++) {
            String part = String.join("\n", Arrays.copyOf(lines, cut));
            try {
                PlanTablePreview preview = read(part);
                if (preview.taskCount() == 0) {
                    assertThat(preview.sections().size() + preview.warnings().size())
                            .as("cut after line " + cut + ": rows that are no task are sections or reported").isPositive();
                }
            } catch (NotAPlanTableException refused) {
                assertThat(refused.reason()).as("cut after line " + cut).isNotNull();
            }
        }
    }

    /**
     * The tasks are the numbered work rows: rows with a number that have a unit, a result or a time (three cells or
     * more), not the headings or the row numbering the columns; a Roman section row counts when it has a unit or a
     * time of its own.
     */
    @ParameterizedTest
    @MethodSource("textDocuments")
    void theTasksAreTheNumberedWorkRows(String document) {
        List<String[]> rows = document.lines().map(line -> line.split("\t", -1)).filter(cells -> cells.length > 1).toList();
        String[] header = rows.get(0);
        List<Integer> unitOrTime = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            Column column = Column.ofHeader(header[i]).orElse(Column.NOTE);
            if (column == Column.LEAD || column == Column.ASSIGNMENT || column == Column.TIME) {
                unitOrTime.add(i);
            }
        }
        long workRows = rows.stream().skip(1)
                .filter(cells -> !Arrays.equals(cells, header))
                .filter(cells -> {
                    String number = cells[0].replaceAll("<[^>]+>", "").strip();
                    if (number.isEmpty() || number.matches("\\(?\\d+\\)") && cells[1].matches("\\(?\\d+\\)")) {
                        return false;
                    }
                    if (number.matches("[IVXL]+\\.?")) {
                        return unitOrTime.stream().anyMatch(i -> i < cells.length && !cells[i].isBlank());
                    }
                    return Arrays.stream(cells).filter(c -> !c.isBlank()).count() >= 3;
                })
                .count();
        assertThat(read(document).taskCount()).isEqualTo(workRows);
    }
}
