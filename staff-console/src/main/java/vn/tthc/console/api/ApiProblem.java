package vn.tthc.console.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A problem (RFC 9457) one of the services answered: its status, title, detail and the fields it names. The
 * console shows it in place: each field error next to the field, the rest above the form.
 */
public class ApiProblem extends RuntimeException {

    /** One entry of the problem's {@code errors}: the field (a JSON path such as {@code forms.x.values.y}) and why. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(status + " " + (detail == null ? title : detail));
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Someone else changed the record since it was read (a stale {@code If-Match}). */
    public boolean isStale() {
        return status == 412;
    }

    public boolean isForbidden() {
        return status == 403;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** The message for the person: the detail, else the title, else a generic line for the status. */
    public String message() {
        if (isStale()) {
            return "Người khác vừa thay đổi bản ghi này sau khi anh/chị mở nó. Hãy tải lại để xem bản mới nhất rồi làm lại.";
        }
        if (detail != null && !detail.isBlank()) {
            return detail;
        }
        if (title != null && !title.isBlank()) {
            return title;
        }
        return switch (status) {
            case 401 -> "Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.";
            case 403 -> "Anh/chị không có quyền thực hiện thao tác này.";
            case 404 -> "Không tìm thấy.";
            case 429 -> "Quá nhiều yêu cầu; hãy thử lại sau ít phút.";
            default -> status >= 500 ? "Dịch vụ đang gặp sự cố; hãy thử lại sau." : "Yêu cầu không hợp lệ.";
        };
    }

    /** The field errors by field, messages of one field joined. */
    public Map<String, String> byField() {
        return errors.stream().filter(e -> e.field() != null)
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + " " + b,
                        java.util.LinkedHashMap::new));
    }
}
