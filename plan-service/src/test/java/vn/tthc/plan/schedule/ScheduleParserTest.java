package vn.tthc.plan.schedule;

import vn.tthc.plan.MarkupText;
import vn.tthc.plan.PlanPeriod;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import vn.tthc.plan.schedule.RecurrenceRule.Frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScheduleParserTest {

    private final ScheduleParser plan2025 = new ScheduleParser(PlanPeriod.year(2025));
    private final ScheduleParser plan2024 = new ScheduleParser(PlanPeriod.year(2024));
    private final ScheduleParser plan2022to2025 = new ScheduleParser(PlanPeriod.years(2022, 2025));

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Every distinct text of the time columns of the Sóc Trăng department plan 2025, as printed. */
    @Nested
    class SocTrangDepartment2025 {

        @Test
        void planIssuedBeforeADate() {
            Schedule s = plan2025.parse("Kế hoạch kiểm soát TTHC ban hành trước ngày 31/01/2025");
            assertThat(s.kind()).isEqualTo(ScheduleKind.DUE_BY_DATE);
            assertThat(s.deadline()).contains(d(2025, 1, 31));
            assertThat(s.text()).isEqualTo("Kế hoạch kiểm soát TTHC ban hành trước ngày 31/01/2025");
            assertThat(s.warnings()).isEmpty();
        }

        @Test
        void onDemand() {
            assertThat(plan2025.parse("Khi có phát sinh").kind()).isEqualTo(ScheduleKind.ON_DEMAND);
        }

        @Test
        void ongoingAlsoInParagraphMarkup() {
            assertThat(plan2025.parse("Thường xuyên").kind()).isEqualTo(ScheduleKind.ONGOING);
            Schedule inMarkup = plan2025.parse("<p>Thường xuyên</p>");
            assertThat(inMarkup.kind()).isEqualTo(ScheduleKind.ONGOING);
            assertThat(inMarkup.text()).isEqualTo("Thường xuyên");
            assertThat(inMarkup.occurrences(PlanPeriod.year(2025))).isEmpty();
        }

        @Test
        void withinTheYear() {
            Schedule s = plan2025.parse("Trong năm 2025");
            assertThat(s.kind()).isEqualTo(ScheduleKind.WITHIN_PERIOD);
            assertThat(s.deadline()).contains(d(2025, 12, 31));
            assertThat(s.occurrences(PlanPeriod.year(2025)))
                    .containsExactly(new Occurrence("Năm 2025", d(2025, 12, 31), true));
        }

        @Test
        void monthlyQuarterlyAndYearlyReportsWithAnAdHocClause() {
            Schedule s = plan2025.parse("<ul style=\"list-style-type: none\"> - Định kỳ hàng tháng (trước ngày 22), "
                    + "hàng quý và năm gửi Báo cáo về Văn phòng UBND tỉnh (trước ngày 19 của tháng cuối quý và trước "
                    + "ngày 19 tháng 12) để tổng hợp trình UBND tỉnh. - Đột xuất theo yêu cầu của UBND tỉnh.");
            assertThat(s.kind()).isEqualTo(ScheduleKind.RECURRING);
            assertThat(((Schedule.Recurring) s).rules()).containsExactly(
                    RecurrenceRule.onDay(Frequency.MONTHLY, 22),
                    RecurrenceRule.onDay(Frequency.QUARTERLY, 19),
                    new RecurrenceRule(Frequency.YEARLY, 19, 12));
            assertThat(s.text()).startsWith("- Định kỳ hàng tháng (trước ngày 22)").endsWith("tỉnh. - Đột xuất theo yêu cầu của UBND tỉnh.");
            assertThat(s.warnings()).isEmpty();

            List<Occurrence> occurrences = s.occurrences(PlanPeriod.year(2025));
            // 12 months, 4 quarters, the year: the fourth quarter and the year fall due on one day, which counts once
            assertThat(occurrences).hasSize(12 + 4 + 1 - 1).allMatch(Occurrence::withinPeriod);
            assertThat(occurrences).filteredOn(o -> o.label().startsWith("Tháng"))
                    .extracting(Occurrence::dueDate)
                    .contains(d(2025, 1, 22), d(2025, 2, 22), d(2025, 12, 22));
            assertThat(occurrences).extracting(Occurrence::label, Occurrence::dueDate).contains(
                    tuple("Tháng 3/2025", d(2025, 3, 22)),
                    tuple("Quý I/2025", d(2025, 3, 19)),
                    tuple("Năm 2025", d(2025, 12, 19)));
            assertThat(occurrences).extracting(Occurrence::label).doesNotContain("Quý IV/2025");
            assertThat(occurrences).extracting(Occurrence::dueDate).isSorted();
        }
    }

    /** Every distinct text of the time column of the Sóc Trăng province plan 2024, as printed. */
    @Nested
    class SocTrangProvince2024 {

        @ParameterizedTest
        @ValueSource(strings = {"Thường xuyên.", "Trong năm 2024.", "<p>Trong năm 2024.</p> <p>Trong năm 2024.</p>"})
        void ongoingOrWithinTheYear(String text) {
            Schedule s = plan2024.parse(text);
            assertThat(s.kind()).isIn(ScheduleKind.ONGOING, ScheduleKind.WITHIN_PERIOD);
            assertThat(s.warnings()).isEmpty();
            if (s.kind() == ScheduleKind.WITHIN_PERIOD) {
                assertThat(s.deadline()).contains(d(2024, 12, 31));
            }
        }

        @Test
        void dueByDates() {
            assertThat(plan2024.parse("Kế hoạch kiểm soát, Kế hoạch rà soát TTHC ban hành trước ngày 31/01/2024.").deadline())
                    .contains(d(2024, 1, 31));
            assertThat(plan2024.parse("Trước ngày 15/9/2024.").deadline()).contains(d(2024, 9, 15));
            assertThat(plan2024.parse("Trước ngày 01/01/2024.").deadline()).contains(d(2024, 1, 1));
            assertThat(plan2024.parse("Trước ngày 01/07/2024.").deadline()).contains(d(2024, 7, 1));
            assertThat(plan2024.parse("Trước ngày 01/01/2025.").kind()).isEqualTo(ScheduleKind.DUE_BY_DATE);
        }

        @Test
        void aDueDateOutsideThePlanIsFlaggedNotRefused() {
            Schedule s = plan2024.parse("Trước ngày 01/01/2025.");
            assertThat(s.occurrences(PlanPeriod.year(2024)))
                    .containsExactly(new Occurrence("Hạn 01/01/2025", d(2025, 1, 1), false));
            Schedule november = plan2024.parse("Trong tháng 11/2023.");
            assertThat(november.occurrences(PlanPeriod.year(2024)))
                    .containsExactly(new Occurrence("Tháng 11/2023", d(2023, 11, 30), false));
        }

        @Test
        void monthsAndQuarters() {
            assertThat(plan2024.parse("Trong tháng 01/2024.").deadline()).contains(d(2024, 1, 31));
            Schedule halfYear = plan2024.parse("Trong quý I, quý II/2024.");
            assertThat(halfYear.kind()).isEqualTo(ScheduleKind.WITHIN_PERIOD);
            assertThat(((Schedule.WithinPeriod) halfYear).period())
                    .isEqualTo(new CalendarPeriod(d(2024, 1, 1), d(2024, 6, 30), "Quý I, II/2024"));
            assertThat(plan2024.parse("Trong quý II, quý III/2024.").deadline()).contains(d(2024, 9, 30));
            assertThat(plan2024.parse("Trong quý I năm 2024.").deadline()).contains(d(2024, 3, 31));
        }

        @Test
        void monthlyReports() {
            Schedule plain = plan2024.parse("Định kỳ hàng tháng.");
            assertThat(((Schedule.Recurring) plain).rules()).containsExactly(RecurrenceRule.endOfPeriod(Frequency.MONTHLY));
            assertThat(plain.occurrences(PlanPeriod.year(2024))).hasSize(12)
                    .first().isEqualTo(new Occurrence("Tháng 1/2024", d(2024, 1, 31), true));

            Schedule before22 = plan2024.parse("- Định kỳ hằng tháng ( <i>trước ngày 22 hằng tháng</i> ).");
            assertThat(before22.text()).isEqualTo("- Định kỳ hằng tháng (trước ngày 22 hằng tháng).");
            assertThat(((Schedule.Recurring) before22).rules()).containsExactly(RecurrenceRule.onDay(Frequency.MONTHLY, 22));
        }

        @Test
        void quarterlyAndYearlyReports() {
            Schedule s = plan2024.parse("- Định kỳ hằng quý và năm ( <i>đơn vị, địa phương gửi Báo cáo về Văn phòng UBND "
                    + "tỉnh trước ngày 19 của tháng cuối quý và trước ngày 19 tháng 12 để tổng hợp trình UBND tỉnh</i> ).");
            assertThat(((Schedule.Recurring) s).rules()).containsExactly(
                    RecurrenceRule.onDay(Frequency.QUARTERLY, 19), new RecurrenceRule(Frequency.YEARLY, 19, 12));
            assertThat(s.occurrences(PlanPeriod.year(2024))).extracting(Occurrence::dueDate)
                    .containsExactly(d(2024, 3, 19), d(2024, 6, 19), d(2024, 9, 19), d(2024, 12, 19));
        }

        @Test
        void monthlyQuarterlyYearlyOrAdHoc() {
            Schedule s = plan2024.parse("Định kỳ hằng tháng, quý và năm hoặc đột xuất.");
            assertThat(((Schedule.Recurring) s).rules()).extracting(RecurrenceRule::frequency)
                    .containsExactly(Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.YEARLY);
            // one a month: a quarter's and the year's reports fall due on a month's last day and stand for it
            assertThat(s.occurrences(PlanPeriod.year(2024))).hasSize(12);
        }

        @Test
        void adHocAndInvitations() {
            assertThat(plan2024.parse("- Đột xuất theo yêu cầu của Văn phòng Chính phủ, UBND tỉnh.").kind())
                    .isEqualTo(ScheduleKind.ON_DEMAND);
            assertThat(plan2024.parse("Theo Thư mời của Cục Kiểm soát thủ tục hành chính.").kind())
                    .isEqualTo(ScheduleKind.ON_DEMAND);
        }
    }

    /** The deadlines the Bắc Giang review plan 2022-2025 writes in its text (it has no appendix table). */
    @Test
    void bacGiangDeadlines() {
        assertThat(plan2022to2025.parse("Trước ngày 01/4/2023").deadline()).contains(d(2023, 4, 1));
        assertThat(plan2022to2025.parse("xong trước ngày 10/11/2022").deadline()).contains(d(2022, 11, 10));
        assertThat(plan2022to2025.parse("Trong giai đoạn 2022-2025").deadline()).contains(d(2025, 12, 31));
    }

    /** The examples of DOMAIN.md's time-expression table. */
    @Nested
    class DomainExamples {

        @Test
        void atTheLatest() {
            Schedule s = plan2022to2025.parse("chậm nhất 10/01/2022");
            assertThat(s.kind()).isEqualTo(ScheduleKind.DUE_BY_DATE);
            assertThat(s.deadline()).contains(d(2022, 1, 10));
        }

        @Test
        void yearAndQuarter() {
            assertThat(plan2025.parse("Năm 2025").deadline()).contains(d(2025, 12, 31));
            Schedule q4 = plan2022to2025.parse("Quý IV/2022");
            assertThat(q4.kind()).isEqualTo(ScheduleKind.WITHIN_PERIOD);
            assertThat(q4.occurrences(PlanPeriod.years(2022, 2025)))
                    .containsExactly(new Occurrence("Quý IV/2022", d(2022, 12, 31), true));
        }

        @Test
        void milestones() {
            Schedule s = plan2022to2025.parse("Báo cáo Quý I: trước ngày 15/3/2022 · 6 tháng: trước ngày 15/6/2022 · "
                    + "9 tháng: trước ngày 15/9/2022 · Năm: trước ngày 15/12/2022");
            assertThat(s.kind()).isEqualTo(ScheduleKind.MILESTONES);
            assertThat(s.occurrences(PlanPeriod.years(2022, 2025)))
                    .extracting(Occurrence::label, Occurrence::dueDate)
                    .containsExactly(
                            tuple("Quý I/2022", d(2022, 3, 15)),
                            tuple("6 tháng đầu năm 2022", d(2022, 6, 15)),
                            tuple("9 tháng đầu năm 2022", d(2022, 9, 15)),
                            tuple("Năm 2022", d(2022, 12, 15)));
            assertThat(s.deadline()).contains(d(2022, 12, 15));
        }

        @Test
        void milestonesOnSeparateLinesKeepTheirWords() {
            Schedule s = plan2024.parse("Trước ngày 01/01/2024 (giai đoạn 1)<br>Trước ngày 01/01/2025 (giai đoạn 2)");
            assertThat(((Schedule.Milestones) s).milestones()).containsExactly(
                    new Milestone("giai đoạn 1", d(2024, 1, 1)), new Milestone("giai đoạn 2", d(2025, 1, 1)));
            assertThat(s.occurrences(PlanPeriod.year(2024))).extracting(Occurrence::withinPeriod).containsExactly(true, false);
        }

        @Test
        void twiceAYear() {
            Schedule s = plan2025.parse("01 năm 2 lần (6 tháng/lần)");
            assertThat(((Schedule.Recurring) s).rules()).containsExactly(RecurrenceRule.endOfPeriod(Frequency.SIX_MONTHLY));
            assertThat(s.occurrences(PlanPeriod.year(2025))).containsExactly(
                    new Occurrence("6 tháng đầu năm 2025", d(2025, 6, 30), true),
                    new Occurrence("6 tháng cuối năm 2025", d(2025, 12, 31), true));
        }

        @Test
        void afterAnEvent() {
            Schedule s = plan2025.parse("Sau khi UBND tỉnh ban hành Quyết định công bố");
            assertThat(s.kind()).isEqualTo(ScheduleKind.AFTER_EVENT);
            assertThat(((Schedule.AfterEvent) s).event()).isEqualTo("UBND tỉnh ban hành Quyết định công bố");
            assertThat(((Schedule.AfterEvent) s).delay()).isNull();
            assertThat(s.occurrences(PlanPeriod.year(2025))).isEmpty();
        }

        @Test
        void afterAnEventWithADelay() {
            Schedule s = plan2025.parse("Triển khai sau khi Bộ Khoa học và Công nghệ ban hành hướng dẫn 01 tháng");
            Schedule.AfterEvent after = (Schedule.AfterEvent) s;
            assertThat(after.event()).isEqualTo("Bộ Khoa học và Công nghệ ban hành hướng dẫn");
            assertThat(after.delay()).isEqualTo(new Delay(1, Delay.Unit.MONTHS));

            Schedule working = plan2025.parse("Trong vòng 05 ngày làm việc kể từ ngày nhận được văn bản");
            assertThat(((Schedule.AfterEvent) working).delay()).isEqualTo(new Delay(5, Delay.Unit.WORKING_DAYS));
            assertThat(((Schedule.AfterEvent) working).event()).isEqualTo("nhận được văn bản");
        }
    }

    @Nested
    class Reading {

        @Test
        void decomposedTextIsReadAsNfc() {
            String decomposed = "Thu\u031Bo\u031B\u0300ng xuye\u0302n";
            Schedule s = plan2025.parse(decomposed);
            assertThat(s.kind()).isEqualTo(ScheduleKind.ONGOING);
            assertThat(s.text()).isEqualTo("Thường xuyên");
        }

        @Test
        void oddWhitespaceAndBold() {
            Schedule s = plan2025.parse("\u00A0<b>Trước\u00A0ngày</b>  15/9/2025 \n");
            assertThat(s.deadline()).contains(d(2025, 9, 15));
            assertThat(s.text()).isEqualTo("Trước ngày 15/9/2025");
        }

        @Test
        void aDateWithoutYearTakesThePlansYear() {
            assertThat(plan2025.parse("Trước ngày 15/3").deadline()).contains(d(2025, 3, 15));
            assertThat(plan2025.parse("Trước ngày 15/3").warnings()).isEmpty();
            assertThat(plan2025.parse("Quý III").deadline()).contains(d(2025, 9, 30));
        }

        @Test
        void aYearGuessedInAMultiYearPlanIsWarned() {
            Schedule s = plan2022to2025.parse("Trước ngày 15/3");
            assertThat(s.deadline()).contains(d(2022, 3, 15));
            assertThat(s.warnings()).extracting(ScheduleWarning::code).containsExactly(ScheduleWarning.YEAR_ASSUMED);
        }

        @Test
        void fromToIsAPeriod() {
            Schedule s = plan2025.parse("Từ ngày 01/3/2025 đến ngày 30/6/2025");
            assertThat(s.kind()).isEqualTo(ScheduleKind.WITHIN_PERIOD);
            assertThat(s.deadline()).contains(d(2025, 6, 30));
        }

        @Test
        void unreadableTextIsKeptWithAWarning() {
            Schedule s = plan2025.parse("Theo tiến độ chung của tỉnh");
            assertThat(s.kind()).isEqualTo(ScheduleKind.UNPARSED);
            assertThat(s.text()).isEqualTo("Theo tiến độ chung của tỉnh");
            assertThat(s.warnings()).extracting(ScheduleWarning::code).containsExactly(ScheduleWarning.UNPARSED);
            assertThat(s.occurrences(PlanPeriod.year(2025))).isEmpty();
        }

        @Test
        void emptyTextIsUnparsed() {
            assertThat(plan2025.parse(" <p> </p> ").warnings()).extracting(ScheduleWarning::code)
                    .containsExactly(ScheduleWarning.EMPTY);
            assertThat(plan2025.parse(null).kind()).isEqualTo(ScheduleKind.UNPARSED);
        }

        @Test
        void anImpossibleDateIsWarned() {
            Schedule s = plan2025.parse("Trước ngày 31/02/2025");
            assertThat(s.kind()).isEqualTo(ScheduleKind.UNPARSED);
            assertThat(s.warnings()).extracting(ScheduleWarning::code).contains(ScheduleWarning.INVALID_DATE);
        }

        @Test
        void aPartNotUnderstoodIsWarnedButTheRestIsKept() {
            Schedule s = plan2025.parse("Trong quý II/2025<br>tùy tình hình thực tế");
            assertThat(s.kind()).isEqualTo(ScheduleKind.WITHIN_PERIOD);
            assertThat(s.warnings()).extracting(ScheduleWarning::code).containsExactly(ScheduleWarning.PARTLY_UNPARSED);
        }
    }

    /** Any text at all gives a schedule that keeps it; never an exception. */
    @Test
    void neverThrows() throws Exception {
        List<String> texts = new java.util.ArrayList<>(List.of("", "  ", "-", "Quý 0/2025", "tháng 13/2025", "Năm 2025 - 2024",
                "ngày 31 tháng 2 năm 2025", "0 tháng/lần", "01 năm 0 lần", "trước ngày 0", "Quý IIII", "sau khi",
                "\u0000\u0001", "<b><i></i></b>", "99/99/9999", "hàng tháng (trước ngày 45)", "Từ 30/6/2025 đến 01/3/2025"));
        for (String seed : List.of("soc-trang-dost-tthc-control-plan-2025.txt", "soc-trang-province-tthc-control-plan-2024.txt",
                "bac-giang-dost-internal-tthc-review-plan-2022-2025.txt")) {
            try (var in = getClass().getResourceAsStream("/seeds/" + seed)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                texts.addAll(List.of(text.split("[\\n\\t]")));
            }
        }
        for (String text : texts) {
            for (ScheduleParser parser : List.of(plan2025, plan2022to2025)) {
                Schedule s = parser.parse(text);
                assertThat(s.text()).as(text).isEqualTo(MarkupText.toPlainText(text));
                assertThat(s.kind() != ScheduleKind.UNPARSED || !s.warnings().isEmpty()).as(text).isTrue();
                assertThat(s.occurrences(PlanPeriod.years(2020, 2030))).as(text).isNotNull();
            }
        }
    }
}
