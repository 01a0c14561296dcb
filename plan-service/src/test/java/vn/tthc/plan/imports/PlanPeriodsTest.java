package vn.tthc.plan.imports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import vn.tthc.plan.PlanPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/** The period a plan's title names, in the forms provinces write it. */
class PlanPeriodsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kiểm soát thủ tục hành chính 04 tháng cuối năm 2025 | 2025-09-01 | 2025-12-31",
            "Rà soát, đánh giá quy định TTHC nội bộ giai đoạn 2022–2025 | 2022-01-01 | 2025-12-31",
            "Cải cách hành chính năm 2024 của Sở Tư pháp | 2024-01-01 | 2024-12-31",
            "Kiểm soát TTHC 6 tháng đầu năm 2026 | 2026-01-01 | 2026-06-30",
            "Kiểm soát TTHC 6 tháng cuối năm 2023 | 2023-07-01 | 2023-12-31",
            "Thực hiện nhiệm vụ 9 tháng đầu năm, năm 2025 | 2025-01-01 | 2025-09-30",
            "Kiểm tra công vụ quý IV/2022 | 2022-10-01 | 2022-12-31",
            "Số hóa hồ sơ năm 2023 - 2024 | 2023-01-01 | 2024-12-31"})
    void namedInTheTitle(String title, LocalDate start, LocalDate end) {
        assertThat(PlanPeriods.in(title)).contains(new PlanPeriod(start, end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kiểm soát TTHC 6 tháng đầu năm", "Tuyên truyền cải cách hành chính"})
    void noPeriodWhereTheTitleNamesNoneThatExists(String title) {
        assertThat(PlanPeriods.in(title)).isEmpty();
    }
}
