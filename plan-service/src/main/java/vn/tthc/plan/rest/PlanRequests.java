package vn.tthc.plan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Request bodies of the plan API. */
public final class PlanRequests {

    private PlanRequests() {
    }

    public record CreatePlan(
            @Schema(description = "Số ký hiệu, để trống cho đến khi ký ban hành", examples = "05/KH-SKHCN")
            @Size(max = 50) String number,
            @Schema(examples = "Kế hoạch kiểm soát thủ tục hành chính năm 2025")
            @NotBlank @Size(max = 1000) String title) {
    }

    public record CreateTask(
            @Schema(description = "Số thứ tự như in trong phụ lục", examples = "2.1")
            @Size(max = 30) String label,
            @Schema(examples = "Rà soát, đánh giá quy định, thủ tục hành chính")
            @NotBlank @Size(max = 20000) String content,
            @Schema(description = "Mã đơn vị chủ trì", examples = "SKHCN-VP")
            @NotBlank @Size(max = 50) String leadUnitCode,
            @Schema(description = "Hạn hoàn thành", examples = "2025-12-31")
            LocalDate dueDate) {
    }

    public record CompleteTask(
            @Schema(description = "Ngày hoàn thành; mặc định là hôm nay", examples = "2025-06-30")
            LocalDate completedOn) {
    }
}
