package vn.tthc.plan.imports;

import java.util.regex.Pattern;

/** What a numbered part of a plan's body is about, known by its heading. */
enum SectionKind {
    /** "MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "CHỈ TIÊU". */
    PURPOSES("muc dich|muc tieu|yeu cau|chi tieu"),
    /** "NỘI DUNG THỰC HIỆN", "NHIỆM VỤ VÀ GIẢI PHÁP". */
    CONTENT("noi dung|nhiem vu|giai phap"),
    /** "TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM THỰC HIỆN". */
    ORGANISATION("to chuc thuc hien|trach nhiem"),
    /** Anything else ("KINH PHÍ", "CHẾ ĐỘ BÁO CÁO"): kept as text. */
    OTHER("$^");

    private final Pattern heading;

    SectionKind(String heading) {
        this.heading = Pattern.compile("\\b(?:" + heading + ")\\b");
    }

    static SectionKind of(String headingTitle) {
        String folded = DocumentPatterns.fold(headingTitle);
        for (SectionKind kind : values()) {
            if (kind.heading.matcher(folded).find()) {
                return kind;
            }
        }
        return OTHER;
    }
}
