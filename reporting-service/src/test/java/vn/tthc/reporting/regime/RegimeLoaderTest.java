package vn.tthc.reporting.regime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tthc.reporting.EventFigure;
import vn.tthc.reporting.period.CutOffRule;
import vn.tthc.reporting.period.DeadlineRule;
import vn.tthc.reporting.period.PeriodKey;
import vn.tthc.reporting.period.PeriodType;
import vn.tthc.reporting.period.ReportingLevel;
import vn.tthc.reporting.period.ReportingPeriod;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RegimeLoaderTest {

    private static final String MINIMAL = """
            {
              "code": "test",
              "name": "Chế độ thử",
              "periodTypes": ["QUARTERLY", "AD_HOC"],
              "cutOff": { "closingDay": 14 },
              "receivingUnitCode": "SKHCN-VP",
              "reportingUnits": { "level": "DIVISION", "unitCodes": ["SKHCN-TT"], "kinds": ["DIVISION"], "under": "SKHCN" },
              "deadlines": [
                { "level": "DEPARTMENT", "periodTypes": ["QUARTERLY"], "kind": "BEFORE_DAY_OF_MONTH", "day": 15 },
                { "level": "DIVISION", "periodTypes": ["QUARTERLY"], "kind": "WORKING_DAYS_AFTER_CUT_OFF", "workingDays": 2 }
              ],
              "forms": [
                {
                  "code": "f",
                  "title": "Biểu thử",
                  "groups": [
                    { "code": "g", "label": "Nhóm", "indicators": [
                      { "code": "total", "label": "Tổng số", "type": "INTEGER", "required": true, "unit": "hồ sơ" },
                      { "code": "part", "label": "Một phần", "type": "INTEGER", "required": true, "prefill": "tasksCompleted" },
                      { "code": "note", "label": "Ghi chú", "type": "TEXT", "required": false }
                    ] }
                  ],
                  "sections": [ { "code": "results", "title": "Kết quả", "required": true } ],
                  "rules": [ "part <= total" ]
                }
              ]
            }
            """;

    private final RegimeLoader loader = new RegimeLoader();

    private RegimeDefinition read(String json) {
        return loader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private InvalidRegimeException problemsIn(String json) {
        InvalidRegimeException e = catchThrowableOfType(InvalidRegimeException.class, () -> read(json));
        assertThat(e).as("the regime should have been refused").isNotNull();
        return e;
    }

    @Test
    void readsAMinimalRegime() {
        RegimeDefinition regime = read(MINIMAL);

        assertThat(regime.code()).isEqualTo("test");
        assertThat(regime.legalBases()).isEmpty();
        assertThat(regime.periodTypes()).containsExactly(PeriodType.QUARTERLY, PeriodType.AD_HOC);
        assertThat(regime.cutOff()).isEqualTo(CutOffRule.DECREE_09_2019);
        assertThat(regime.deadlineRule(ReportingLevel.DEPARTMENT, PeriodType.QUARTERLY)).contains(DeadlineRule.beforeDay(15));
        assertThat(regime.deadlineRule(ReportingLevel.DIVISION, PeriodType.QUARTERLY)).contains(DeadlineRule.workingDaysAfterCutOff(2));
        assertThat(regime.form("f").orElseThrow().indicator("total").orElseThrow().unit()).isEqualTo("hồ sơ");
        assertThat(regime.form("f").orElseThrow().rules()).extracting(Object::toString).containsExactly("part <= total");
    }

    @Test
    void readsFromAFile(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("regime.json");
        Files.writeString(file, MINIMAL);

        assertThat(loader.read(file).code()).isEqualTo("test");
    }

    @Test
    void reportsEveryProblemWithItsPlace() {
        String broken = MINIMAL
                .replace("\"QUARTERLY\", \"AD_HOC\"", "\"QUATERLY\", \"AD_HOC\"")
                .replace("\"closingDay\": 14", "\"closingDay\": 40")
                .replace("\"code\": \"part\", \"label\": \"Một phần\", \"type\": \"INTEGER\", \"required\": true",
                        "\"code\": \"part\", \"label\": \"Một phần\", \"type\": \"STRING\"")
                .replace("\"part <= total\"", "\"part <= totl\", \"part < total\", \"note = part\"");

        InvalidRegimeException e = problemsIn(broken);

        assertThat(e.source()).isEqualTo("test.json");
        assertThat(e.problems()).containsExactly(
                "periodTypes[0]: expected one of [MONTHLY, QUARTERLY, SIX_MONTHLY, NINE_MONTHLY, ANNUAL, AD_HOC], found QUATERLY",
                "cutOff: closing day must be 1..31: 40",
                "forms[0].groups[0].indicators[1].type: expected one of [INTEGER, DECIMAL, PERCENT, TEXT], found STRING",
                "forms[0].groups[0].indicators[1].required: missing; write true or false",
                "forms[0].rules[0]: \"part <= totl\" names totl, which is not an indicator of this form",
                "forms[0].rules[1]: expected =, <= or >=, found '<' at position 6 of rule \"part < total\"",
                "forms[0].rules[2]: \"note = part\" adds up note, which is text");
    }

    @Test
    void refusesRulesOverTextIndicators() {
        InvalidRegimeException e = problemsIn(MINIMAL.replace("\"part <= total\"", "\"note = part\""));

        assertThat(e.problems()).containsExactly("forms[0].rules[0]: \"note = part\" adds up note, which is text");
    }

    @Test
    void refusesUnknownAndDuplicateKeysAndMalformedJson() {
        assertThat(problemsIn(MINIMAL.replace("\"unit\": \"hồ sơ\"", "\"unti\": \"hồ sơ\"")).problems())
                .containsExactly("forms[0].groups[0].indicators[0].unti: unknown field");
        assertThat(problemsIn(MINIMAL.replace("\"code\": \"test\",", "\"code\": \"test\", \"code\": \"again\",")).problems())
                .singleElement().asString().endsWith("duplicate field code");
        assertThat(problemsIn(MINIMAL.replace("\"name\": \"Chế độ thử\",", "\"name\": \"Chế độ thử\"")).problems())
                .singleElement().asString().startsWith("line 4");
        assertThat(problemsIn("").problems()).containsExactly("no content: the document is empty");
    }

    @Test
    void refusesMissingPartsAndInconsistentDeadlines() {
        String json = MINIMAL
                .replace("\"name\": \"Chế độ thử\",", "\"legalBases\": [\"Nghị định 09/2019/NĐ-CP\", null, \" \"],")
                .replace("\"kind\": \"BEFORE_DAY_OF_MONTH\", \"day\": 15", "\"kind\": \"BEFORE_DAY_OF_MONTH\"")
                .replace("\"kind\": \"WORKING_DAYS_AFTER_CUT_OFF\", \"workingDays\": 2", "\"kind\": \"LATER\"")
                .replace("\"sections\": [ { \"code\": \"results\", \"title\": \"Kết quả\", \"required\": true } ],",
                        "\"sections\": [ { \"code\": \"total\", \"title\": \"Kết quả\", \"required\": true } ],");

        assertThat(problemsIn(json).problems()).containsExactly(
                "name: missing or blank",
                "legalBases[1]: null",
                "legalBases[2]: missing or blank",
                "deadlines[0].day: missing",
                "deadlines[1].kind: expected BEFORE_DAY_OF_MONTH or WORKING_DAYS_AFTER_CUT_OFF, found LATER",
                "forms[0]: form f uses code total twice");
    }

    @Test
    void refusesTwoDeadlinesForTheSameLevelAndType() {
        String json = MINIMAL.replace("\"level\": \"DIVISION\"", "\"level\": \"DEPARTMENT\"");

        assertThat(problemsIn(json).problems()).containsExactly("regime test sets two deadlines for DEPARTMENT QUARTERLY reports");
    }

    @Test
    void refusesDeadlinesForAdHocReports() {
        String json = MINIMAL.replace("\"periodTypes\": [\"QUARTERLY\"], \"kind\": \"BEFORE_DAY_OF_MONTH\"",
                "\"periodTypes\": [\"AD_HOC\"], \"kind\": \"BEFORE_DAY_OF_MONTH\"");

        assertThat(problemsIn(json).problems()).singleElement().asString().startsWith("deadlines[0]: ad-hoc requests carry their own deadline");
    }

    @Test
    void aRegimeAnswersOnlyForItsOwnRegularPeriodTypes() {
        RegimeDefinition regime = read(MINIMAL);
        ReportingPeriod adHoc = ReportingPeriod.adHoc("CV-1", "Báo cáo đột xuất", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

        assertThat(regime.periods(PeriodType.QUARTERLY, 2025)).hasSize(4);
        assertThatIllegalArgumentException().isThrownBy(() -> regime.period(PeriodKey.annual(2025)))
                .withMessageContaining("no ANNUAL reports");
        assertThatIllegalArgumentException().isThrownBy(() -> regime.periods(PeriodType.AD_HOC, 2025));
        assertThatIllegalArgumentException().isThrownBy(() -> regime.lastAllowedDay(ReportingLevel.DEPARTMENT, adHoc, day -> true))
                .withMessageContaining("from the request");
    }

    @Test
    void readsWhoReportsToWhomAndWhatIsPrefilled() {
        RegimeDefinition regime = read(MINIMAL);

        assertThat(regime.receivingUnitCode()).isEqualTo("SKHCN-VP");
        assertThat(regime.reportingUnits()).isEqualTo(new ReportingUnits(ReportingLevel.DIVISION, List.of("SKHCN-TT"),
                List.of("DIVISION"), "SKHCN"));
        assertThat(regime.form("f").orElseThrow().indicator("part").orElseThrow().prefill()).isEqualTo(EventFigure.TASKS_COMPLETED);
        assertThat(regime.lastAllowedDay(regime.period(PeriodKey.quarterly(2025, 1)), day -> day.getDayOfWeek().getValue() < 6))
                .isEqualTo(LocalDate.of(2025, 3, 18));
    }

    @Test
    void refusesUnclearReportingUnitsAndUnknownPrefills() {
        assertThat(problemsIn(MINIMAL.replace("\"unitCodes\": [\"SKHCN-TT\"], \"kinds\": [\"DIVISION\"], \"under\": \"SKHCN\"",
                "\"kinds\": [\"DIVISON\"]").replace("\"receivingUnitCode\": \"SKHCN-VP\",", "")
                .replace("\"prefill\": \"tasksCompleted\"", "\"prefill\": \"tasks\"")).problems())
                .containsExactly("receivingUnitCode: missing or blank",
                        "reportingUnits: reporting units chosen by kind need the unit they are under",
                        "forms[0].groups[0].indicators[1].prefill: expected one of [tasksCompleted, tasksCompletedOnTime, "
                                + "tasksCompletedLate, feedbackReceived, feedbackAnswered, feedbackAnsweredOnTime, "
                                + "feedbackAnsweredLate], found tasks");
        assertThat(problemsIn(MINIMAL.replace("\"level\": \"DIVISION\", \"unitCodes\"", "\"level\": \"PROVINCE\", \"unitCodes\"")).problems())
                .containsExactly("regime test sets no deadline for PROVINCE QUARTERLY reports, the level its units report at");
        assertThat(problemsIn(MINIMAL.replace("\"code\": \"note\", \"label\": \"Ghi chú\", \"type\": \"TEXT\", \"required\": false",
                "\"code\": \"note\", \"label\": \"Ghi chú\", \"type\": \"TEXT\", \"required\": false, \"prefill\": \"feedbackReceived\"")).problems())
                .containsExactly("forms[0].groups[0].indicators[2]: indicator note is prefilled from a count, so it must be an INTEGER");
    }

    @Test
    void missingShippedResourceIsAnIoError() {
        assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> loader.readResource("regimes/none.json"));
    }

    @Test
    void everyProblemIsAlsoInVietnameseAndJacksonsWordsNeverShow() {
        InvalidRegimeException e = problemsIn(MINIMAL.replace("\"closingDay\": 14", "\"closingDay\": \"mười bốn\""));
        assertThat(e.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.place()).isEqualTo("cutOff.closingDay");
            assertThat(issue.vietnamese()).isEqualTo("giá trị sai kiểu: cần một số nguyên");
            assertThat(issue.english()).isEqualTo("wrong type: expected an integer");
        });
        assertThat(problemsIn(MINIMAL.replace("\"closingDay\": 14", "\"closingDay\": 40")).issues())
                .extracting(InvalidRegimeException.Issue::vietnamese)
                .containsExactly("vi phạm quy tắc của chế độ báo cáo (closing day must be 1..31: 40)");
        assertThat(problemsIn("{\"code\": \"x\\u0000\"}").issues()).singleElement()
                .satisfies(issue -> assertThat(issue.place()).isEqualTo("code"));
    }
}
