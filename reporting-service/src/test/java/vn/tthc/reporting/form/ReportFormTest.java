package vn.tthc.reporting.form;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

class ReportFormTest {

    private static final ReportForm DOSSIERS = new ReportForm("06/VPCP/KSTT", "Tình hình, kết quả giải quyết TTHC",
            "Lĩnh vực", List.of(
            new IndicatorGroup("field", "Lĩnh vực", List.of(
                    new Indicator("fieldName", "Tên lĩnh vực", IndicatorType.TEXT, true, null))),
            new IndicatorGroup("dossiersReceived", "Số hồ sơ nhận giải quyết", List.of(
                    new Indicator("received", "Tổng số hồ sơ nhận giải quyết", IndicatorType.INTEGER, true, "hồ sơ"),
                    new Indicator("receivedOnline", "Số mới tiếp nhận trực tuyến", IndicatorType.INTEGER, true, "hồ sơ"),
                    new Indicator("receivedInPersonOrPost", "Số mới tiếp nhận trực tiếp hoặc qua bưu chính", IndicatorType.INTEGER, true, "hồ sơ"),
                    new Indicator("carriedOver", "Số từ kỳ trước chuyển qua", IndicatorType.INTEGER, false, "hồ sơ"))),
            new IndicatorGroup("dossiersResolved", "Số hồ sơ đã giải quyết", List.of(
                    new Indicator("resolved", "Tổng số hồ sơ đã giải quyết", IndicatorType.INTEGER, true, "hồ sơ"),
                    new Indicator("resolvedBeforeDeadline", "Số hồ sơ giải quyết trước hạn", IndicatorType.INTEGER, true, "hồ sơ"),
                    new Indicator("resolvedOnTime", "Số hồ sơ giải quyết đúng hạn", IndicatorType.INTEGER, true, "hồ sơ"),
                    new Indicator("resolvedLate", "Số hồ sơ giải quyết quá hạn", IndicatorType.INTEGER, true, "hồ sơ"))),
            new IndicatorGroup("rates", "Tỷ lệ", List.of(
                    new Indicator("onTimeRate", "Tỷ lệ giải quyết đúng hạn", IndicatorType.PERCENT, false, "%"),
                    new Indicator("feesCollected", "Phí, lệ phí đã thu", IndicatorType.DECIMAL, false, "đồng")))),
            List.of(new NarrativeSection("shortcomings", "Tồn tại, hạn chế", true),
                    new NarrativeSection("proposals", "Kiến nghị, đề xuất", false)),
            List.of(IndicatorRule.parse("received = receivedOnline + receivedInPersonOrPost + carriedOver"),
                    IndicatorRule.parse("resolved = resolvedBeforeDeadline + resolvedOnTime + resolvedLate"),
                    IndicatorRule.parse("resolved <= received")));

    private static Map<String, Object> consistentRow() {
        Map<String, Object> row = new HashMap<>();
        row.put("fieldName", "Hoạt động khoa học và công nghệ");
        row.put("received", 120);
        row.put("receivedOnline", 90);
        row.put("receivedInPersonOrPost", 25);
        row.put("carriedOver", 5L);
        row.put("resolved", 100);
        row.put("resolvedBeforeDeadline", 60);
        row.put("resolvedOnTime", 39);
        row.put("resolvedLate", BigInteger.ONE);
        row.put("onTimeRate", 99.0);
        row.put("feesCollected", new BigDecimal("1500000.50"));
        row.put("shortcomings", "Một số hồ sơ còn trả kết quả quá hạn.");
        return row;
    }

    @Test
    void aConsistentRowHasNoViolations() {
        assertThat(DOSSIERS.validate(consistentRow())).isEmpty();
    }

    @Test
    void optionalValuesMayBeLeftOutAndCountAsZeroInRules() {
        Map<String, Object> row = consistentRow();
        row.remove("carriedOver");
        row.remove("onTimeRate");
        row.put("proposals", null);
        row.put("receivedInPersonOrPost", 30);

        assertThat(DOSSIERS.validate(row)).isEmpty();
    }

    @Test
    void reportsMissingRequiredValuesInBothLanguages() {
        Map<String, Object> row = consistentRow();
        row.remove("resolvedLate");
        row.put("fieldName", "  ");
        row.put("shortcomings", "");

        assertThat(DOSSIERS.validate(row))
                .extracting(Violation::field, Violation::kind, Violation::messageVi, Violation::messageEn)
                .containsExactly(
                        tuple("fieldName", Violation.Kind.REQUIRED, "Chưa nhập Tên lĩnh vực.", "fieldName is required."),
                        tuple("resolvedLate", Violation.Kind.REQUIRED, "Chưa nhập Số hồ sơ giải quyết quá hạn.", "resolvedLate is required."),
                        tuple("shortcomings", Violation.Kind.REQUIRED, "Chưa viết mục Tồn tại, hạn chế.", "shortcomings is required."));
    }

    @Test
    void reportsWrongTypesNegativeCountsFractionsAndPercentagesOutOfRange() {
        Map<String, Object> row = consistentRow();
        row.put("fieldName", 7);
        row.put("received", "120");
        row.put("receivedOnline", -1);
        row.put("receivedInPersonOrPost", 2.5);
        row.put("onTimeRate", new BigDecimal("100.01"));
        row.put("feesCollected", Double.NaN);
        row.put("shortcomings", List.of("a"));

        assertThat(DOSSIERS.validate(row)).extracting(Violation::field, Violation::kind).containsExactly(
                tuple("fieldName", Violation.Kind.NOT_TEXT),
                tuple("received", Violation.Kind.NOT_A_NUMBER),
                tuple("receivedOnline", Violation.Kind.NEGATIVE),
                tuple("receivedInPersonOrPost", Violation.Kind.NOT_INTEGER),
                tuple("onTimeRate", Violation.Kind.PERCENT_OUT_OF_RANGE),
                tuple("feesCollected", Violation.Kind.NOT_A_NUMBER),
                tuple("shortcomings", Violation.Kind.NOT_TEXT));
    }

    @Test
    void wholeNumbersWrittenWithADecimalPointAreCounts() {
        Map<String, Object> row = consistentRow();
        row.put("received", 120.0);
        row.put("resolvedLate", new BigDecimal("1.000"));
        row.put("onTimeRate", 100);

        assertThat(DOSSIERS.validate(row)).isEmpty();
    }

    @Test
    void reportsABrokenRuleAgainstItsFirstIndicatorWithTheFigures() {
        Map<String, Object> row = consistentRow();
        row.put("resolvedLate", 11);

        assertThat(DOSSIERS.validate(row)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("resolved");
            assertThat(v.kind()).isEqualTo(Violation.Kind.RULE_BROKEN);
            assertThat(v.messageVi()).isEqualTo("Tổng số hồ sơ đã giải quyết (100) phải bằng Số hồ sơ giải quyết trước hạn"
                    + " + Số hồ sơ giải quyết đúng hạn + Số hồ sơ giải quyết quá hạn (110).");
            assertThat(v.messageEn()).isEqualTo("resolved (100) must equal resolvedBeforeDeadline + resolvedOnTime + resolvedLate (110).");
        });
    }

    @Test
    void checksInequalities() {
        Map<String, Object> row = consistentRow();
        row.put("resolved", 130);
        row.put("resolvedBeforeDeadline", 90);

        assertThat(DOSSIERS.validate(row)).extracting(Violation::field, Violation::kind, Violation::messageEn)
                .containsExactly(tuple("resolved", Violation.Kind.RULE_BROKEN, "resolved (130) must be at most received (120)."));
    }

    @Test
    void skipsRulesWhoseIndicatorsAlreadyFailed() {
        Map<String, Object> row = consistentRow();
        row.put("resolvedOnTime", "39");

        assertThat(DOSSIERS.validate(row)).extracting(Violation::field).containsExactly("resolvedOnTime");
    }

    @Test
    void reportsUnknownFields() {
        Map<String, Object> row = consistentRow();
        row.put("recieved", 1);

        assertThat(DOSSIERS.validate(row)).extracting(Violation::field, Violation::kind, Violation::messageVi)
                .containsExactly(tuple("recieved", Violation.Kind.UNKNOWN_FIELD, "Biểu mẫu không có trường recieved."));
    }

    @Test
    void findsIndicatorsGroupsAndSections() {
        assertThat(DOSSIERS.indicators()).hasSize(11).first().extracting(Indicator::code).isEqualTo("fieldName");
        assertThat(DOSSIERS.indicator("resolvedLate")).map(Indicator::unit).contains("hồ sơ");
        assertThat(DOSSIERS.groupOf("resolvedLate")).map(IndicatorGroup::label).contains("Số hồ sơ đã giải quyết");
        assertThat(DOSSIERS.section("proposals")).map(NarrativeSection::required).contains(false);
        assertThat(DOSSIERS.breakdown()).isEqualTo("Lĩnh vực");
    }

    @Test
    void refusesRulesThatNameUnknownOrTextIndicators() {
        List<IndicatorGroup> groups = List.of(new IndicatorGroup("g", "Nhóm", List.of(
                new Indicator("a", "A", IndicatorType.INTEGER, true, null),
                new Indicator("note", "Ghi chú", IndicatorType.TEXT, false, null))));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportForm("f", "F", null, groups, List.of(), List.of(IndicatorRule.parse("a = b"))))
                .withMessageContaining("unknown indicator b");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReportForm("f", "F", null, groups, List.of(), List.of(IndicatorRule.parse("a = note"))))
                .withMessageContaining("text indicator note");
    }

    @Test
    void refusesDuplicateCodes() {
        Indicator a = new Indicator("a", "A", IndicatorType.INTEGER, true, null);

        assertThatIllegalArgumentException().isThrownBy(() -> new ReportForm("f", "F", null,
                List.of(new IndicatorGroup("g1", "G1", List.of(a)), new IndicatorGroup("g2", "G2", List.of(a))), List.of(), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportForm("f", "F", null,
                List.of(new IndicatorGroup("g1", "G1", List.of(a))), List.of(new NarrativeSection("a", "A", false)), List.of()));
    }

    @Test
    void refusesMalformedCodes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Indicator("số", "Số", IndicatorType.INTEGER, true, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Indicator("1a", "A", IndicatorType.INTEGER, true, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Indicator("a", " ", IndicatorType.INTEGER, true, null));
    }
}
