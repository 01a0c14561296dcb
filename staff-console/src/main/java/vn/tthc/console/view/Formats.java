package vn.tthc.console.view;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** How the console writes dates, times and the services' codes, in Vietnamese. */
@TemplateExtension
public final class Formats {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private static final Map<String, String> TASK_STATUS = Map.of(
            "NOT_STARTED", "Chưa thực hiện", "IN_PROGRESS", "Đang thực hiện", "DONE", "Hoàn thành",
            "CANCELLED", "Đã hủy", "OVERDUE", "Quá hạn");
    private static final Map<String, String> PLAN_STATUS = Map.of(
            "DRAFT", "Dự thảo", "ISSUED", "Đã ban hành", "CLOSED", "Đã kết thúc");
    private static final Map<String, String> SUBMISSION_STATUS = Map.of(
            "DRAFT", "Đang soạn", "SUBMITTED", "Đã gửi", "ACCEPTED", "Đã tiếp nhận", "RETURNED", "Bị trả lại");
    private static final Map<String, String> ITEM_STATUS = Map.ofEntries(
            Map.entry("RECEIVED", "Mới tiếp nhận"), Map.entry("NOT_ACCEPTED", "Không tiếp nhận"),
            Map.entry("TRANSFERRED", "Đã chuyển"), Map.entry("ASSIGNED", "Đã giao xử lý"),
            Map.entry("IN_PROGRESS", "Đang xử lý"), Map.entry("ANSWER_DRAFTED", "Đã có dự thảo trả lời"),
            Map.entry("ANSWER_APPROVED", "Đã duyệt trả lời"), Map.entry("ANSWERED", "Đã trả lời"),
            Map.entry("PUBLISHED", "Đã công khai"), Map.entry("MERGED", "Đã gộp"));
    private static final Map<String, String> SCHEDULE_KIND = Map.of(
            "DUE_BY_DATE", "Có hạn", "RECURRING", "Định kỳ", "ONGOING", "Thường xuyên", "ON_DEMAND", "Khi phát sinh",
            "WITHIN_PERIOD", "Trong kỳ kế hoạch");
    private static final Map<String, String> STEP = Map.of(
            "CLASSIFICATION", "Phân loại", "HANDLING", "Xử lý", "ANSWER", "Trả lời", "PUBLICATION", "Công khai",
            "TRANSFER", "Chuyển");
    private static final Map<String, String> PERIOD_TYPE = Map.of(
            "MONTHLY", "Tháng", "QUARTERLY", "Quý", "SIX_MONTHLY", "Sáu tháng", "ANNUAL", "Năm", "AD_HOC", "Đột xuất");
    private static final Map<String, String> UNIT_KIND = Map.of(
            "PROVINCIAL_COMMITTEE", "UBND tỉnh", "PROVINCIAL_OFFICE", "Văn phòng UBND tỉnh", "DEPARTMENT", "Sở, ngành",
            "DISTRICT", "UBND cấp huyện", "DIVISION", "Phòng", "INSPECTORATE", "Thanh tra", "CENTRE", "Trung tâm",
            "ONE_STOP_DESK", "Bộ phận một cửa", "EXTERNAL_BODY", "Cơ quan bên ngoài");

    private Formats() {
    }

    public static String vn(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String vn(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }

    /** An HTML id made of a field's name (JSON paths hold dots and brackets). */
    public static String fieldId(String name) {
        return name == null ? "" : "f-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public static String taskStatus(String code) {
        return label(TASK_STATUS, code);
    }

    public static String planStatus(String code) {
        return label(PLAN_STATUS, code);
    }

    public static String submissionStatus(String code) {
        return code == null ? "Chưa lập" : label(SUBMISSION_STATUS, code);
    }

    public static String itemStatus(String code) {
        return label(ITEM_STATUS, code);
    }

    public static String scheduleKind(String code) {
        return label(SCHEDULE_KIND, code);
    }

    public static String stepKind(String code) {
        return label(STEP, code);
    }

    public static String periodType(String code) {
        return label(PERIOD_TYPE, code);
    }

    public static String unitKind(String code) {
        return label(UNIT_KIND, code);
    }

    /** A CSS badge class for a status: ok, warn, bad or info. */
    public static String tone(String status) {
        if (status == null) {
            return "warn";
        }
        return switch (status) {
            case "DONE", "ISSUED", "ACCEPTED", "PUBLISHED", "ANSWERED" -> "ok";
            case "OVERDUE", "RETURNED", "NOT_ACCEPTED", "CANCELLED" -> "bad";
            case "DRAFT", "NOT_STARTED", "RECEIVED" -> "warn";
            default -> "info";
        };
    }

    private static String label(Map<String, String> labels, String code) {
        if (code == null) {
            return "";
        }
        return labels.getOrDefault(code, code);
    }
}
