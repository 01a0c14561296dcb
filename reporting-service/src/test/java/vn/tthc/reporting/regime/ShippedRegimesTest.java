package vn.tthc.reporting.regime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tthc.reporting.form.IndicatorRule;
import vn.tthc.reporting.form.ReportForm;
import vn.tthc.reporting.period.PeriodKey;
import vn.tthc.reporting.period.PeriodType;
import vn.tthc.reporting.period.ReportingLevel;
import vn.tthc.platform.calendar.WorkingDays;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedRegimesTest {

    private static final RegimeLoader LOADER = new RegimeLoader();
    private static final WorkingDays WEEKDAYS =
            day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;

    static Stream<String> shippedFiles() {
        return LOADER.shippedFileNames().stream();
    }

    @Test
    void theIndexListsEveryRegimeFileInTheDirectory() throws IOException, URISyntaxException {
        Path directory = Path.of(getClass().getClassLoader().getResource("regimes").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.equals("index.json")).sorted().toList();
            assertThat(LOADER.shippedFileNames()).containsExactlyInAnyOrderElementsOf(onDisk).doesNotHaveDuplicates();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void everyShippedFileLoadsAndItsRulesNameIndicatorsOfTheirForm(String file) {
        RegimeDefinition regime = LOADER.readResource("regimes/" + file);

        assertThat(regime.forms()).isNotEmpty();
        for (ReportForm form : regime.forms()) {
            for (IndicatorRule rule : form.rules()) {
                assertThat(rule.indicatorCodes()).as("%s %s", form.code(), rule)
                        .allSatisfy(code -> assertThat(form.indicator(code)).isPresent());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void everyRegularPeriodTypeHasADeadlineForDepartmentsAndDivisions(String file) {
        RegimeDefinition regime = LOADER.readResource("regimes/" + file);

        for (PeriodType type : regime.periodTypes()) {
            if (type.isRegular()) {
                for (ReportingLevel level : List.of(ReportingLevel.DIVISION, ReportingLevel.DEPARTMENT)) {
                    assertThat(regime.deadlineRule(level, type)).as("%s %s %s", regime.code(), level, type).isPresent();
                }
            }
        }
    }

    @Test
    void shippedRegimesHaveDistinctCodes() {
        assertThat(LOADER.readShipped()).extracting(RegimeDefinition::code)
                .containsExactlyInAnyOrder("tthc-control", "tthc-reform-monthly", "administrative-reform");
    }

    @Test
    void tthcControlFollowsSocTrangsDeadlinesAndDecree09Windows() {
        RegimeDefinition regime = LOADER.readResource("regimes/tthc-control-quarterly-annual.json");
        var q1 = regime.period(PeriodKey.quarterly(2025, 1));
        var year = regime.period(PeriodKey.annual(2025));

        assertThat(q1.start()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(regime.lastAllowedDay(ReportingLevel.DEPARTMENT, q1, WEEKDAYS)).contains(LocalDate.of(2025, 3, 19));
        assertThat(regime.lastAllowedDay(ReportingLevel.DEPARTMENT, year, WEEKDAYS)).contains(LocalDate.of(2025, 12, 19));
        assertThat(regime.lastAllowedDay(ReportingLevel.PROVINCE, year, WEEKDAYS)).isEmpty();
        assertThat(regime.hasPeriodType(PeriodType.AD_HOC)).isTrue();
    }

    @Test
    void theMonthlyReformReportIsDueBeforeThe22nd() {
        RegimeDefinition regime = LOADER.readResource("regimes/tthc-reform-monthly.json");
        var january = regime.periodContaining(PeriodType.MONTHLY, LocalDate.of(2024, 12, 20)).orElseThrow();

        assertThat(january.key()).isEqualTo("2025-M01");
        assertThat(regime.lastAllowedDay(ReportingLevel.DEPARTMENT, january, WEEKDAYS)).contains(LocalDate.of(2025, 1, 22));
        // The window closes on Tuesday 14 January 2025; three working days later is Friday the 17th.
        assertThat(regime.lastAllowedDay(ReportingLevel.DIVISION, january, WEEKDAYS)).contains(LocalDate.of(2025, 1, 17));
    }

    @Test
    void deadlinesStatedOnAWeekendEndOnTheNextWorkingDay() {
        // The 2026 annual administrative-reform report of divisions: "trước ngày 13" → Sunday 13/12/2026.
        RegimeDefinition reform = LOADER.readResource("regimes/administrative-reform-six-monthly-annual.json");
        var year2026 = reform.period(PeriodKey.annual(2026));
        LocalDate stated = reform.lastAllowedDay(ReportingLevel.DIVISION, year2026, WEEKDAYS).orElseThrow();
        assertThat(stated).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(WEEKDAYS.lastDayOfTimeLimit(stated)).isEqualTo(LocalDate.of(2026, 12, 14));

        // tthc-control 2024-Q1, reported by divisions "trước ngày 17": Sunday 17/3/2024, effective Monday 18/3.
        RegimeDefinition control = LOADER.readResource("regimes/tthc-control-quarterly-annual.json");
        var scheduled = control.schedule(control.period(PeriodKey.quarterly(2024, 1)), WEEKDAYS);
        assertThat(scheduled.printedLastAllowedDay()).isEqualTo(LocalDate.of(2024, 3, 17));
        assertThat(scheduled.lastAllowedDay()).isEqualTo(LocalDate.of(2024, 3, 18));
        // 2029-Q1: Saturday 17/3/2029, effective Monday 19/3.
        assertThat(control.schedule(control.period(PeriodKey.quarterly(2029, 1)), WEEKDAYS).lastAllowedDay())
                .isEqualTo(LocalDate.of(2029, 3, 19));
    }

    @Test
    void administrativeReformDivisionsReportBeforeTheirDepartment() {
        RegimeDefinition regime = LOADER.readResource("regimes/administrative-reform-six-monthly-annual.json");
        var firstHalf = regime.period(PeriodKey.sixMonthly(2025));

        assertThat(firstHalf.label()).isEqualTo("6 tháng đầu năm 2025");
        assertThat(regime.lastAllowedDay(ReportingLevel.DIVISION, firstHalf, WEEKDAYS)).contains(LocalDate.of(2025, 6, 13));
        assertThat(regime.lastAllowedDay(ReportingLevel.DEPARTMENT, firstHalf, WEEKDAYS)).contains(LocalDate.of(2025, 6, 15));
    }

    @Test
    void aConsistentForm06RowPassesAndAnInconsistentOneIsCaught() {
        ReportForm form06 = LOADER.readResource("regimes/tthc-control-quarterly-annual.json").form("06/VPCP/KSTT").orElseThrow();
        Map<String, Object> row = new HashMap<>(Map.ofEntries(
                Map.entry("fieldName", "Hoạt động khoa học và công nghệ"),
                Map.entry("received", 40), Map.entry("receivedOnline", 30), Map.entry("receivedInPersonOrPost", 8),
                Map.entry("carriedOver", 2),
                Map.entry("resolved", 35), Map.entry("resolvedBeforeDeadline", 20), Map.entry("resolvedOnTime", 15),
                Map.entry("resolvedLate", 0),
                Map.entry("inProgress", 5), Map.entry("inProgressWithinDeadline", 5), Map.entry("inProgressOverdue", 0)));

        assertThat(form06.validate(row)).isEmpty();

        row.put("inProgressOverdue", 1);
        assertThat(form06.validate(row)).extracting(v -> v.field() + ": " + v.messageEn()).containsExactly(
                "inProgress: inProgress (5) must equal inProgressWithinDeadline + inProgressOverdue (6).");
    }
}
