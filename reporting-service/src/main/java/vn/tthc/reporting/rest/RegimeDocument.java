package vn.tthc.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tthc.reporting.form.IndicatorType;
import vn.tthc.reporting.period.PeriodType;
import vn.tthc.reporting.period.ReportingLevel;

import java.util.List;

/**
 * The regime document of {@code POST /regimes} and {@code PUT /regimes/{code}}, as the OpenAPI document describes it:
 * the shape the service reads (the regime package's RegimeFile), with its enumerations. Documentation only; the
 * service reads the body itself so that every mistake in it is reported at once.
 */
@Schema(name = "RegimeDocument", description = "Định nghĩa một chế độ báo cáo: đơn vị nhận, đơn vị báo cáo, loại kỳ, "
        + "ngày chốt số liệu, hạn gửi theo cấp và các biểu mẫu.", requiredProperties = {"code", "name", "receivingUnitCode",
        "reportingUnits", "periodTypes", "cutOff", "forms"})
public record RegimeDocument(
        @Schema(description = "Mã chế độ báo cáo", examples = "tthc-control", maxLength = 100) String code,
        @Schema(description = "Tên chế độ báo cáo", examples = "Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính") String name,
        @Schema(description = "Mô tả") String description,
        @Schema(description = "Căn cứ pháp lý") List<String> legalBases,
        @Schema(description = "Mã đơn vị nhận báo cáo", examples = "ST-SKHCN-VP") String receivingUnitCode,
        Reporting reportingUnits,
        @Schema(description = "Các loại kỳ báo cáo, không trùng", minItems = 1) List<PeriodType> periodTypes,
        CutOff cutOff,
        @Schema(description = "Hạn gửi theo cấp báo cáo và loại kỳ") List<Deadline> deadlines,
        @Schema(description = "Biểu mẫu báo cáo", minItems = 1) List<Form> forms) {

    @Schema(name = "RegimeReportingUnits", description = "Đơn vị báo cáo: liệt kê mã, và/hoặc các đơn vị thuộc loại nào dưới một đơn vị; "
            + "theo hạn của cấp nào", requiredProperties = "level")
    public record Reporting(ReportingLevel level,
                            @Schema(description = "Mã các đơn vị báo cáo") List<String> unitCodes,
                            @Schema(description = "Loại đơn vị (DIVISION, INSPECTORATE, CENTRE…)") List<String> kinds,
                            @Schema(description = "Mã đơn vị mà các đơn vị báo cáo trực thuộc", examples = "ST-SKHCN") String under) {
    }

    @Schema(name = "RegimeCutOff", description = "Ngày chốt số liệu trong tháng", requiredProperties = "closingDay")
    public record CutOff(@Schema(description = "Ngày chốt (kỳ kết thúc vào ngày này)", examples = "14", minimum = "1", maximum = "31") Integer closingDay) {
    }

    @Schema(name = "RegimeDeadline", description = "Hạn gửi: BEFORE_DAY_OF_MONTH (trước ngày day của tháng cuối kỳ, "
            + "cộng monthsAfterLastMonth) hoặc WORKING_DAYS_AFTER_CUT_OFF (workingDays ngày làm việc sau ngày chốt)",
            requiredProperties = {"level", "periodTypes", "kind"})
    public record Deadline(ReportingLevel level,
                           List<PeriodType> periodTypes,
                           @Schema(enumeration = {"BEFORE_DAY_OF_MONTH", "WORKING_DAYS_AFTER_CUT_OFF"}) String kind,
                           @Schema(examples = "19", minimum = "1", maximum = "31") Integer day,
                           @Schema(minimum = "0") Integer monthsAfterLastMonth,
                           @Schema(minimum = "0") Integer workingDays,
                           @Schema(description = "Căn cứ của hạn này") String basis) {
    }

    @Schema(name = "RegimeForm", description = "Một biểu mẫu: nhóm chỉ tiêu, phần thuyết minh và quy tắc kiểm tra",
            requiredProperties = {"code", "title"})
    public record Form(@Schema(examples = "06/VPCP/KSTT") String code,
                       @Schema(examples = "Tình hình, kết quả giải quyết thủ tục hành chính") String title,
                       @Schema(description = "Tiêu chí chia dòng (biểu có nhiều dòng)", examples = "Lĩnh vực thủ tục hành chính") String breakdown,
                       List<Group> groups,
                       List<Section> sections,
                       @Schema(description = "Quy tắc kiểm tra giữa các chỉ tiêu, ví dụ \"feedbackHandled <= feedbackReceived\"") List<String> rules) {
    }

    @Schema(name = "RegimeIndicatorGroup", requiredProperties = {"indicators"})
    public record Group(String code, String label, @Schema(minItems = 1) List<Indicator> indicators) {
    }

    @Schema(name = "RegimeIndicator", requiredProperties = {"code", "label", "type", "required"})
    public record Indicator(@Schema(examples = "feedbackReceived") String code,
                            @Schema(examples = "Số phản ánh, kiến nghị tiếp nhận") String label,
                            IndicatorType type,
                            Boolean required,
                            @Schema(description = "Đơn vị tính") String unit,
                            @Schema(description = "Số liệu điền sẵn từ sự kiện", enumeration = {"tasksCompleted", "tasksCompletedOnTime",
                                    "tasksCompletedLate", "feedbackReceived", "feedbackAnswered", "feedbackAnsweredOnTime",
                                    "feedbackAnsweredLate"}) String prefill) {
    }

    @Schema(name = "RegimeSection", description = "Phần thuyết minh (văn bản)", requiredProperties = {"code", "title", "required"})
    public record Section(String code, String title, Boolean required) {
    }
}
