package vn.tthc.console.web;

import java.net.URI;
import java.util.Map;

/**
 * Confirmations after an action. A form post redirects (303) to the page it changed with {@code ?tb=<code>}, and the
 * page shows the sentence of that code: no session state is needed for it.
 */
public final class Notices {

    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("imported", "Đã tạo dự thảo kế hoạch từ văn bản nhập."),
            Map.entry("issued", "Đã ban hành kế hoạch."),
            Map.entry("closed", "Đã kết thúc kế hoạch."),
            Map.entry("amended", "Đã lưu điều chỉnh kế hoạch cùng lý do."),
            Map.entry("assigned", "Đã phân công lại nhiệm vụ."),
            Map.entry("progress", "Đã ghi nhận tiến độ."),
            Map.entry("completed", "Đã ghi nhận hoàn thành."),
            Map.entry("saved", "Đã lưu nháp báo cáo."),
            Map.entry("submitted", "Đã gửi báo cáo."),
            Map.entry("accepted", "Đã tiếp nhận báo cáo."),
            Map.entry("returned", "Đã trả lại báo cáo kèm ý kiến."),
            Map.entry("received", "Đã tiếp nhận phản ánh, kiến nghị."),
            Map.entry("classification", "Đã phân loại, giao xử lý."),
            Map.entry("start", "Đã nhận xử lý."),
            Map.entry("answer-draft", "Đã lưu dự thảo trả lời."),
            Map.entry("answer-approval", "Đã duyệt dự thảo trả lời."),
            Map.entry("answer-return", "Đã trả lại dự thảo trả lời."),
            Map.entry("answer-sending", "Đã gửi trả lời cho người phản ánh."),
            Map.entry("publication", "Đã công khai trả lời."));

    private Notices() {
    }

    /** The sentence of a code, or null for none or an unknown one. */
    public static String text(String code) {
        return code == null ? null : TEXTS.get(code);
    }

    /** The page at {@code path} with the confirmation {@code code}. */
    public static URI after(String path, String code) {
        return URI.create(path + (path.contains("?") ? "&" : "?") + "tb=" + code);
    }
}
