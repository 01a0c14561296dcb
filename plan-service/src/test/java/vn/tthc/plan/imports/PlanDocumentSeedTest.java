package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.ScheduleKind;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.tthc.plan.Comparison;
import vn.tthc.plan.LegalBasis;
import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanKind;
import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.PlanTarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The three seed plans read whole: values read off the documents by hand. */
class PlanDocumentSeedTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static List<String> codes(List<ImportWarning> warnings) {
        return warnings.stream().map(ImportWarning::code).toList();
    }

    @Nested
    class SocTrangDepartment2025 {

        private final PlanDocumentPreview preview = Seeds.SOC_TRANG_DEPARTMENT_2025.readDocument();
        private final PlanDetails details = preview.details();

        @Test
        void header() {
            // Printed "Số: 05 /KH-SKHCCN" (sic); the appendix caption prints "/KH-SKHCN".
            assertThat(details.number()).isEqualTo("05/KH-SKHCCN");
            assertThat(details.place()).isEqualTo("Sóc Trăng");
            assertThat(details.signedOn()).isEqualTo(d(2025, 1, 27));
            assertThat(details.title()).isEqualTo("Công tác kiểm soát thủ tục hành chính năm 2025 thuộc phạm vi chức năng"
                    + " quản lý của Sở Khoa học và Công nghệ tỉnh Sóc Trăng");
            assertThat(details.kind()).isEqualTo(PlanKind.TTHC_CONTROL);
            assertThat(details.period()).isEqualTo(PlanPeriod.year(2025));
            assertThat(details.issuingUnitCode()).isNull();
            assertThat(preview.issuingUnitName()).isEqualTo("Sở Khoa học và Công nghệ");
        }

        @Test
        void legalBases() {
            assertThat(details.legalBases()).hasSize(4);
            assertThat(details.legalBases().get(0).text())
                    .isEqualTo("Nghị định số 63/2010/NĐ-CP, ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính");
            assertThat(details.legalBases().get(3).text()).startsWith("Kế hoạch số 08/KH-UBND ngày 15/01/2025 của Ủy ban"
                    + " nhân dân tỉnh Sóc Trăng").endsWith("năm 2025");
            assertThat(details.legalBases()).extracting(LegalBasis::parentPlanId).containsOnlyNulls();
        }

        @Test
        void purposesRequirementsAndNoTargets() {
            assertThat(details.purposes()).startsWith("- Tiếp tục tổ chức triển khai thực hiện có hiệu quả nhiệm vụ kiểm soát TTHC.")
                    .contains("\n- Tăng cường trách nhiệm").contains("\n- Nâng cao chất lượng quy định TTHC;");
            assertThat(details.purposes().split("\n")).hasSize(3);
            assertThat(details.requirements().split("\n")).hasSize(2);
            assertThat(details.requirements()).startsWith("Tiếp tục rà soát các quy định, TTHC");
            assertThat(details.targets()).isEmpty();
        }

        @Test
        void signerAndRecipients() {
            assertThat(details.signerTitle()).isEqualTo("GIÁM ĐỐC");
            assertThat(details.signerName()).isEqualTo("Nguyễn Thành Duy");
            assertThat(details.recipients()).containsExactly("Văn phòng UBND tỉnh", "Ban Giám đốc Sở",
                    "Các phòng, đơn vị trực thuộc Sở", "Lưu: VT, VP");
        }

        @Test
        void appendixTableAsTheImporterReadsIt() {
            assertThat(preview.taskSource()).isEqualTo(TaskSource.APPENDIX_TABLE);
            assertThat(preview.appendixTitle()).isEqualTo("NỘI DUNG THỰC HIỆN CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2025");
            assertThat(preview.appendix().sections()).hasSize(9);
            assertThat(preview.appendix().taskCount()).isEqualTo(20);
            assertThat(DocxImportTest.describe(preview.appendix()))
                    .isEqualTo(DocxImportTest.describe(Seeds.SOC_TRANG_DEPARTMENT_2025.importText()));
            assertThat(preview.appendix().warnings()).isEqualTo(Seeds.SOC_TRANG_DEPARTMENT_2025.importText().warnings());
        }

        @Test
        void body() {
            assertThat(preview.body()).extracting(BodySection::line, BodySection::label, BodySection::title).containsExactly(
                    tuple(21, "I", "MỤC ĐÍCH, YÊU CẦU"), tuple(37, "II", "NỘI DUNG THỰC HIỆN"), tuple(41, "III", "TỔ CHỨC THỰC HIỆN"));
            assertThat(preview.body().get(2).text()).contains("+ Báo cáo hàng tháng: Trước ngày 22;");
        }

        @Test
        void warnings() {
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code).containsExactly(
                    tuple(41, ImportWarning.SECTION_KEPT),
                    tuple(69, ImportWarning.NUMBER_MISMATCH));
            assertThat(preview.warnings().get(1).message()).contains("05 /KH-SKHCCN", "/KH-SKHCN");
        }
    }

    @Nested
    class SocTrangProvince2024 {

        private final PlanDocumentPreview preview = Seeds.SOC_TRANG_PROVINCE_2024.readDocument();
        private final PlanDetails details = preview.details();

        @Test
        void headerFromTheAppendixCaption() {
            // No "Số:" or place-and-date line: number and date come from "(Ban hành kèm theo Kế hoạch số 01 /KH-UBND ngày 03 / 01/2024 …)".
            assertThat(details.number()).isEqualTo("01/KH-UBND");
            assertThat(details.signedOn()).isEqualTo(d(2024, 1, 3));
            assertThat(details.place()).isNull();
            assertThat(details.title()).isEqualTo("Thực hiện công tác kiểm soát thủ tục hành chính năm 2024");
            assertThat(details.kind()).isEqualTo(PlanKind.TTHC_CONTROL);
            assertThat(details.period()).isEqualTo(PlanPeriod.year(2024));
            assertThat(preview.issuingUnitName()).isEqualTo("Ủy ban nhân dân tỉnh Sóc Trăng");
        }

        @Test
        void legalBasesOnePerCitedDocument() {
            // Two "Thực hiện …" lines citing five decrees and four circulars, the last joined by "và".
            assertThat(details.legalBases()).hasSize(9);
            assertThat(details.legalBases().get(0).text()).startsWith("Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ");
            assertThat(details.legalBases().get(2).text()).endsWith("(gọi tắt là Nghị định số 61/2018/NĐ-CP)");
            assertThat(details.legalBases().get(4).text()).startsWith("Nghị định số 107/2021/NĐ-CP");
            assertThat(details.legalBases().get(8).text()).startsWith("Thông tư số 01/2023/TT-VPCP ngày 05/4/2023");
        }

        @Test
        void purposesRequirementsAndNoTargets() {
            assertThat(details.purposes().split("\n")).hasSize(6);
            assertThat(details.requirements().split("\n")).hasSize(4);
            assertThat(details.requirements()).startsWith("Hoạt động kiểm soát TTHC phải cụ thể");
            assertThat(details.targets()).isEmpty();
        }

        @Test
        void signerAndRecipients() {
            assertThat(details.signerTitle()).isEqualTo("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
            assertThat(details.signerName()).isEqualTo("Lâm Hoàng Nghiệp");
            assertThat(details.recipients()).hasSize(9).startsWith("Văn phòng Chính phủ", "Cục Kiểm soát TTHC (VPCP)")
                    .endsWith("Trung tâm PVHCC", "Lưu: VT");
        }

        @Test
        void appendixTableAsTheImporterReadsIt() {
            assertThat(preview.taskSource()).isEqualTo(TaskSource.APPENDIX_TABLE);
            assertThat(preview.appendixTitle())
                    .isEqualTo("NỘI DUNG THỰC HIỆN CÔNG TÁC KIỂM SOÁT TTHC NĂM 2024 TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG");
            assertThat(preview.appendix().sections()).hasSize(11);
            assertThat(preview.appendix().taskCount()).isEqualTo(36);
            assertThat(DocxImportTest.describe(preview.appendix()))
                    .isEqualTo(DocxImportTest.describe(Seeds.SOC_TRANG_PROVINCE_2024.importText()));
        }

        @Test
        void warningsIncludeTheConversionsStrayWords() {
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code).containsExactly(
                    tuple(3, ImportWarning.PLACE_DATE_MISSING),
                    tuple(42, ImportWarning.SECTION_KEPT),
                    tuple(50, ImportWarning.STRAY_TEXT),
                    tuple(63, ImportWarning.STRAY_TEXT),
                    tuple(71, ImportWarning.STRAY_TEXT),
                    tuple(79, ImportWarning.FROM_APPENDIX_CAPTION),
                    tuple(79, ImportWarning.FROM_APPENDIX_CAPTION));
            assertThat(preview.warnings()).extracting(ImportWarning::message)
                    .anySatisfy(m -> assertThat(m).contains("«My»"))
                    .anySatisfy(m -> assertThat(m).contains("«aud»"))
                    .anySatisfy(m -> assertThat(m).contains("«uqlitp»"));
            assertThat(preview.body().get(2).text()).endsWith("theo dõi, chỉ đạo.");
        }
    }

    @Nested
    class BacGiangReview2022to2025 {

        private final PlanDocumentPreview preview = Seeds.BAC_GIANG_REVIEW_2022_2025.readDocument();
        private final PlanDetails details = preview.details();

        @Test
        void headerOfADraft() {
            // "Số: /KH-KHCN" and "Bắc Giang, ngày tháng 11 năm 2022": number and day left blank.
            assertThat(details.number()).isNull();
            assertThat(details.place()).isEqualTo("Bắc Giang");
            assertThat(details.signedOn()).isNull();
            assertThat(details.title()).isEqualTo("Rà soát, đơn giản hóa thủ tục hành chính nội bộ giai đoạn 2022-2025"
                    + " của Sở Khoa học và Công nghệ");
            assertThat(details.kind()).isEqualTo(PlanKind.INTERNAL_PROCEDURE_REVIEW);
            assertThat(details.period()).isEqualTo(PlanPeriod.years(2022, 2025));
            assertThat(preview.issuingUnitName()).isEqualTo("Sở Khoa học và Công nghệ");
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code).startsWith(
                    tuple(3, ImportWarning.NUMBER_BLANK), tuple(5, ImportWarning.DATE_INCOMPLETE));
            assertThat(preview.warnings().get(1).message()).contains("Bắc Giang, ngày tháng 11 năm 2022");
        }

        @Test
        void legalBasesWithoutTheTrailingPreamble() {
            assertThat(details.legalBases()).extracting(LegalBasis::text).hasSize(2).satisfiesExactly(
                    first -> assertThat(first).startsWith("Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ"),
                    second -> assertThat(second).startsWith("Kế hoạch số 5392/KH-UBND ngày 26/10/2022")
                            .endsWith("trên địa bàn tỉnh Bắc Giang"));
        }

        @Test
        void purposesAndRequirements() {
            assertThat(details.purposes().split("\n")).hasSize(4);
            assertThat(details.purposes()).startsWith("a) Về thống kê, công bố, công khai: Trước ngày 01/4/2023");
            assertThat(details.requirements().split("\n")).hasSize(3);
            assertThat(details.requirements()).startsWith("a) Tăng cường trách nhiệm").contains("\nc) Các phòng, đơn vị chủ động");
        }

        @Test
        void targets() {
            assertThat(details.targets()).extracting(PlanTarget::comparison, PlanTarget::value, PlanTarget::unit,
                    PlanTarget::deadline).containsExactly(
                    tuple(Comparison.EQUAL, new BigDecimal("100"), "%", d(2023, 4, 1)),
                    tuple(Comparison.EQUAL, new BigDecimal("100"), "%", d(2025, 1, 1)),
                    tuple(Comparison.AT_LEAST, new BigDecimal("20"), "%", d(2025, 1, 1)),
                    tuple(Comparison.AT_LEAST, new BigDecimal("20"), "%", d(2025, 1, 1)),
                    tuple(Comparison.AT_LEAST, new BigDecimal("50"), "%", d(2024, 1, 1)),
                    tuple(Comparison.EQUAL, new BigDecimal("100"), "%", d(2025, 1, 1)));
            assertThat(details.targets()).extracting(PlanTarget::metric).containsExactly(
                    "TTHC nội bộ thuộc phạm vi quản lý của Sở Khoa học và Công nghệ được thống kê, công bố, công khai trên"
                            + " Cổng thông tin điện tử của tỉnh, Sở và niêm yết tại cơ quan",
                    "TTHC nội bộ thuộc phạm vi quản lý của Sở Khoa học và Công nghệ được rà soát, đơn giản hóa",
                    "tỷ lệ cắt giảm TTHC",
                    "tỷ lệ cắt giảm chi phí tuân thủ TTHC",
                    "Rà soát và đề xuất Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa đối với TTHC thuộc phạm vi quản lý",
                    "Rà soát và đề xuất Chủ tịch UBND tỉnh phê duyệt phương án đơn giản hóa đối với TTHC thuộc phạm vi quản lý");
            assertThat(details.targets().get(2).text()).startsWith("Về rà soát, phê duyệt phương án cắt giảm, đơn giản hóa:")
                    .contains("ít nhất 20% TTHC và 20% chi phí tuân thủ TTHC");
            assertThat(codes(preview.warnings())).doesNotContain(ImportWarning.COMPARISON_ASSUMED);
        }

        @Test
        void signerAndRecipients() {
            assertThat(details.signerTitle()).isEqualTo("GIÁM ĐỐC");
            assertThat(details.signerName()).isEqualTo("Nguyễn Thanh Bình");
            assertThat(details.recipients()).containsExactly("Văn phòng UBND tỉnh (b/c)", "Lãnh đạo Sở",
                    "Các phòng, đơn vị thuộc Sở", "kiemsoat_tthc@bacgiang.gov.vn", "Công TTĐT của Sở", "Lưu: VT, VP");
        }

        @Test
        void tasksFromTheBody() {
            PlanTablePreview tasks = preview.appendix();
            assertThat(preview.taskSource()).isEqualTo(TaskSource.DOCUMENT_BODY);
            assertThat(preview.appendixTitle()).isNull();
            assertThat(tasks.columns()).isEmpty();
            assertThat(tasks.sections()).extracting(SectionPreview::row, SectionPreview::label, SectionPreview::title)
                    .containsExactly(tuple(33, "II", "NỘI DUNG THỐNG KÊ, RÀ SOÁT, CÔNG BỐ"), tuple(47, "III", "TỔ CHỨC THỰC HIỆN"));
            assertThat(tasks.sections()).extracting(s -> s.tasks().size()).containsExactly(5, 5);
            assertThat(tasks.taskCount()).isEqualTo(10);
            assertThat(tasks.section("II").orElseThrow().tasks()).extracting(TaskPreview::label)
                    .containsExactly("1", "2", "3", "4", "5");
            assertThat(tasks.section("III").orElseThrow().tasks()).extracting(TaskPreview::label, TaskPreview::leadUnits)
                    .containsExactly(
                            tuple("1.1", List.of("Văn phòng Sở")), tuple("1.2", List.of("Văn phòng Sở")),
                            tuple("2.1", List.of("Các phòng, đơn vị thuộc Sở")), tuple("2.2", List.of("Các phòng, đơn vị thuộc Sở")),
                            tuple("2.3", List.of("Các phòng, đơn vị thuộc Sở")));
        }

        @Test
        void taskSamples() {
            TaskPreview first = preview.appendix().task("II", "1").orElseThrow();
            assertThat(first.row()).isEqualTo(35);
            assertThat(first.content()).isEqualTo("Thành lập Tổ thống kê, rà soát TTHC nội bộ giai đoạn 2022-2025 của Sở Khoa học và Công nghệ.");
            assertThat(first.leadUnits()).isEmpty();
            assertThat(first.results()).isEmpty();
            // "giai đoạn 2022-2025" names the team here, not a time: no schedule.
            assertThat(first.schedule()).isNull();
            assertThat(first.timeText()).isEmpty();

            TaskPreview fifth = preview.appendix().task("II", "5").orElseThrow();
            assertThat(fifth.schedule().kind()).isEqualTo(ScheduleKind.WITHIN_PERIOD);
            assertThat(fifth.timeText()).isEqualTo("trong giai đoạn 2022-2025");
            assertThat(fifth.schedule().deadline()).contains(d(2025, 12, 31));

            TaskPreview team = preview.appendix().task("III", "1.1").orElseThrow();
            assertThat(team.row()).isEqualTo(51);
            assertThat(team.content()).startsWith("Tham mưu Giám đốc Sở thành lập Tổ").endsWith("(xong trước ngày 10/11/2022).");
            assertThat(team.schedule().kind()).isEqualTo(ScheduleKind.DUE_BY_DATE);
            assertThat(team.schedule().deadline()).contains(d(2022, 11, 10));
            assertThat(team.timeText()).isEqualTo("xong trước ngày 10/11/2022");

            // "Công văn số 6828/VPCP-KSTT ngày 12/10/2022" is a document's date, not a deadline.
            assertThat(preview.appendix().task("III", "2.3").orElseThrow().schedule()).isNull();
        }

        @Test
        void warnings() {
            assertThat(preview.warnings()).extracting(ImportWarning::row, ImportWarning::code).containsExactly(
                    tuple(3, ImportWarning.NUMBER_BLANK),
                    tuple(5, ImportWarning.DATE_INCOMPLETE),
                    tuple(45, ImportWarning.APPENDIX_MISSING));
            // The content part names no lead units; the closing remark of part III is not a task and not reported.
            assertThat(preview.appendix().warnings()).extracting(ImportWarning::row, ImportWarning::code).containsExactly(
                    tuple(35, ImportWarning.NO_LEAD), tuple(37, ImportWarning.NO_LEAD), tuple(39, ImportWarning.NO_LEAD),
                    tuple(41, ImportWarning.NO_LEAD), tuple(43, ImportWarning.NO_LEAD));
            assertThat(preview.body().get(2).text()).endsWith("xem xét, chỉ đạo./.");
            assertThat(preview.allWarnings()).hasSize(8);
        }
    }
}
