package vn.tthc.plan.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tthc.plan.Comparison;
import vn.tthc.plan.Evidence;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.plan.LegalBasis;
import vn.tthc.plan.PlanDetails;
import vn.tthc.plan.PlanKind;
import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.PlanTarget;
import vn.tthc.plan.ProgressUpdate;
import vn.tthc.plan.TaskStatus;
import vn.tthc.plan.service.TaskInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the plan and task API. */
public final class PlanRequests {

    private PlanRequests() {
    }

    public record LegalBasisBody(@NotBlank @Size(max = 2000) String text, UUID parentPlanId) {
    }

    public record TargetBody(
            @Schema(examples = "Tỷ lệ hồ sơ giải quyết đúng hạn") @NotBlank @Size(max = 1000) String metric,
            Comparison comparison,
            @Schema(examples = "99") BigDecimal value,
            @Schema(examples = "%") @Size(max = 50) String unit,
            LocalDate deadline,
            @Schema(description = "Chỉ tiêu như in trong kế hoạch") @Size(max = 2000) String text) {
    }

    public record PlanBody(
            @Schema(description = "Số ký hiệu, để trống cho đến khi ký ban hành", examples = "05/KH-SKHCN") @Size(max = 50) String number,
            @Schema(examples = "Sóc Trăng") @Size(max = 200) String place,
            LocalDate signedOn,
            @Schema(examples = "Kế hoạch kiểm soát thủ tục hành chính năm 2025") @NotBlank @Size(max = 1000) String title,
            PlanKind kind,
            @Schema(examples = "2025-01-01") LocalDate periodStart,
            @Schema(examples = "2025-12-31") LocalDate periodEnd,
            @Size(max = 100) List<@Valid @NotNull LegalBasisBody> legalBases,
            @Size(max = 20000) String purposes,
            @Size(max = 20000) String requirements,
            @Size(max = 50) String issuingUnitCode,
            @Size(max = 200) String signerName,
            @Size(max = 200) String signerTitle,
            @Size(max = 100) List<@NotBlank @Size(max = 500) String> recipients,
            @Size(max = 200) List<@Valid @NotNull TargetBody> targets,
            @Schema(description = "Lý do điều chỉnh; bắt buộc khi sửa kế hoạch đã ban hành") @Size(max = 2000) String amendmentReason) {

        PlanDetails details() {
            PlanPeriod period = null;
            if (periodStart != null || periodEnd != null) {
                if (periodStart == null || periodEnd == null) {
                    throw new InvalidFieldException(periodStart == null ? "periodStart" : "periodEnd", "required");
                }
                if (periodEnd.isBefore(periodStart)) {
                    throw new InvalidFieldException("periodEnd", "period.range");
                }
                period = new PlanPeriod(periodStart, periodEnd);
            }
            return new PlanDetails(number, place, signedOn, title, kind, period,
                    legalBases == null ? List.of() : legalBases.stream().map(b -> new LegalBasis(b.text(), b.parentPlanId())).toList(),
                    purposes, requirements, issuingUnitCode, signerName, signerTitle, recipients,
                    targets == null ? List.of() : targets.stream().map(t -> new PlanTarget(t.metric(), t.comparison(),
                            t.value(), t.unit(), t.deadline(), t.text())).toList());
        }
    }

    /** What replaces the details read from an imported document; every field may be left out. */
    public record ConfirmImport(
            @Size(max = 50) String number, @Size(max = 200) String place, LocalDate signedOn,
            @Size(max = 1000) String title, PlanKind kind, LocalDate periodStart, LocalDate periodEnd,
            @Size(max = 50) String issuingUnitCode, @Size(max = 200) String signerName, @Size(max = 200) String signerTitle) {

        PlanDetails details() {
            PlanPeriod period = null;
            if (periodStart != null || periodEnd != null) {
                if (periodStart == null || periodEnd == null) {
                    throw new InvalidFieldException(periodStart == null ? "periodStart" : "periodEnd", "required");
                }
                if (periodEnd.isBefore(periodStart)) {
                    throw new InvalidFieldException("periodEnd", "period.range");
                }
                period = new PlanPeriod(periodStart, periodEnd);
            }
            return new PlanDetails(number, place, signedOn, title, kind, period, List.of(), null, null, issuingUnitCode,
                    signerName, signerTitle, List.of(), List.of());
        }
    }

    public record IssuePlan(@Schema(examples = "05/KH-SKHCN") @Size(max = 50) String number, LocalDate signedOn) {
    }

    public record CreateSection(@Schema(examples = "I") @Size(max = 30) String label,
                                @Schema(examples = "Công tác chỉ đạo, điều hành") @NotBlank @Size(max = 2000) String title) {
    }

    public record ResultBody(@NotBlank @Size(max = 5000) String text,
                             @Size(max = 50) List<@NotBlank @Size(max = 50) String> leadUnitCodes,
                             @Size(max = 200) List<@NotBlank @Size(max = 50) String> cooperatingUnitCodes,
                             @Size(max = 1000) String timeText) {
    }

    public record CreateTask(
            UUID sectionId,
            UUID parentTaskId,
            @Schema(description = "Số thứ tự như in trong phụ lục", examples = "2.1") @Size(max = 30) String label,
            @Schema(examples = "Rà soát, đánh giá quy định, thủ tục hành chính") @NotBlank @Size(max = 20000) String content,
            @Schema(description = "Mã đơn vị chủ trì (một đơn vị; hoặc dùng leadUnitCodes)", examples = "SKHCN-VP") @Size(max = 50) String leadUnitCode,
            @Size(max = 50) List<@NotBlank @Size(max = 50) String> leadUnitCodes,
            @Size(max = 200) List<@NotBlank @Size(max = 50) String> cooperatingUnitCodes,
            @Size(max = 100) List<@NotBlank @Size(max = 200) String> officers,
            @Size(max = 2000) String funding,
            @Schema(description = "Thời gian thực hiện như in trong kế hoạch", examples = "Định kỳ hàng quý (trước ngày 19 của tháng cuối quý)") @Size(max = 2000) String timeText,
            @Schema(description = "Hạn hoàn thành, khi không có timeText", examples = "2025-12-31") LocalDate dueDate,
            @Size(max = 100) List<@Valid @NotNull ResultBody> results) {

        TaskInput input() {
            List<String> lead = leadUnitCodes != null && !leadUnitCodes.isEmpty() ? leadUnitCodes
                    : leadUnitCode == null ? List.of() : List.of(leadUnitCode);
            return new TaskInput(label, content, lead, cooperatingUnitCodes, officers, funding, timeText, dueDate,
                    results == null ? List.of() : results.stream().map(r -> new TaskInput.ResultInput(r.text(),
                            r.leadUnitCodes(), r.cooperatingUnitCodes(), r.timeText())).toList());
        }
    }

    public record CompleteTask(
            @Schema(description = "Ngày hoàn thành; mặc định là hôm nay", examples = "2025-06-30") LocalDate completedOn) {
    }

    public record EvidenceBody(@Schema(examples = "125/QĐ-SKHCN") @Size(max = 100) String number, LocalDate date,
                               @Size(max = 2000) String title, @Size(max = 2000) String link) {
    }

    public record RecordProgress(
            @Schema(description = "Kỳ thực hiện; bắt buộc để hoàn thành nhiệm vụ có nhiều kỳ") UUID occurrenceId,
            @NotNull TaskStatus status,
            @Size(max = 10000) String note,
            @Valid EvidenceBody evidence,
            @Schema(description = "Ngày hoàn thành khi status = DONE; mặc định là hôm nay") LocalDate completedOn,
            @Schema(description = "Kỳ báo cáo của ghi nhận (nhiệm vụ thường xuyên)", examples = "2025-Q1") @Size(max = 20) String reportingPeriod) {

        ProgressUpdate update() {
            Evidence proof = evidence == null ? null : new Evidence(evidence.number(), evidence.date(), evidence.title(), evidence.link());
            return new ProgressUpdate(status, note, proof, completedOn, reportingPeriod);
        }
    }

    public record Reopen(UUID occurrenceId) {
    }

    public record RegimeLink(@Schema(description = "Mã chế độ báo cáo; null để bỏ liên kết", examples = "tthc-control")
                             @Size(max = 100) String regimeCode) {
    }

    public record Assignment(@NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 50) String> leadUnitCodes,
                             @Size(max = 200) List<@NotBlank @Size(max = 50) String> cooperatingUnitCodes) {
    }
}
