package vn.tthc.plan.imports;

import java.util.Optional;
import java.util.regex.Pattern;

import vn.tthc.platform.text.VietnameseText;

/** The kinds of column a plan's appendix table may have, recognised by their header text. */
public enum Column {
    /** "STT", "Số thứ tự", "TT". */
    NUMBER("^(?:stt|tt|so tt|so thu tu)$"),
    /** "Thời gian thực hiện", "Thời hạn hoàn thành", "Tiến độ". */
    TIME("thoi gian|thoi han|tien do"),
    /** "Kinh phí", "Nguồn kinh phí". */
    FUNDING("kinh phi|nguon von"),
    /** "Kết quả công việc", "Sản phẩm". */
    RESULT("ket qua|san pham"),
    /** One column for both: "Phân công thực hiện", "Đơn vị thực hiện", "Chủ trì, phối hợp". */
    ASSIGNMENT("phan cong|(?:don vi|co quan|trach nhiem) thuc hien|chu tri.*phoi hop|trach nhiem"),
    /** "Đơn vị chủ trì", "Chủ trì". */
    LEAD("chu tri"),
    /** "Đơn vị phối hợp", "Phối hợp". */
    COOPERATING("phoi hop"),
    /** "Ghi chú". */
    NOTE("ghi chu"),
    /** "Nội dung công việc", "Nhiệm vụ". */
    CONTENT("noi dung|nhiem vu|cong viec|hoat dong");

    private final Pattern header;

    Column(String header) {
        this.header = Pattern.compile(header);
    }

    /** The column a header cell names, if any; the first kind in declaration order wins. */
    public static Optional<Column> ofHeader(String text) {
        String folded = VietnameseText.fold(text).replaceAll("[^a-z0-9 ]+", " ").replaceAll("\\s+", " ").strip();
        if (folded.isEmpty() || folded.length() > 60) {
            return Optional.empty();
        }
        for (Column column : values()) {
            if (column.header.matcher(folded).find()) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Columns a cell may share with the task above (a cell merged across rows): who, when, with what money. */
    boolean isInheritable() {
        return this == LEAD || this == COOPERATING || this == ASSIGNMENT || this == TIME || this == FUNDING;
    }

    /** Columns every task needs, so that an empty cell is taken to mean "as the task above". */
    boolean isRequired() {
        return this == LEAD || this == ASSIGNMENT || this == TIME;
    }
}
