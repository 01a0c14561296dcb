package vn.tthc.platform.idempotency;

import java.util.regex.Pattern;

/** The {@code Idempotency-Key} header of a creating request, as the resource method receives it. */
public sealed interface IdempotencyKeyHeader permits IdempotencyKey, RequiredIdempotencyKey {

    String HEADER = "Idempotency-Key";
    /** 1 to 200 printable ASCII characters (a UUID fits). */
    String PATTERN = "^[\\x21-\\x7E]{1,200}$";
    Pattern KEY = Pattern.compile(PATTERN);
    String DESCRIPTION = "Khóa chống tạo trùng (Idempotency-Key) do bên gọi chọn, mỗi yêu cầu tạo mới một khóa "
            + "(1–200 ký tự ASCII in được, ví dụ một UUID). Gửi lại cùng khóa với cùng nội dung trong 24 giờ: nhận lại "
            + "đúng kết quả lần đầu (cùng mã trạng thái, nội dung, Location; tiêu đề Idempotent-Replayed: true) và "
            + "không tạo thêm gì. Cùng khóa với nội dung khác: 422. Khóa tính riêng theo người gọi và theo thao tác.";

    /** The key sent, or null when the header is absent. */
    String value();

    /** Whether the operation refuses a request without a key (400). */
    boolean required();
}
