package vn.tthc.plan.imports;

import java.util.Optional;
import java.util.regex.Pattern;

import vn.tthc.plan.TextItems;
import vn.tthc.platform.text.VietnameseText;

/**
 * What kind of text a cell holds, judged by its words alone: a unit's name ("Văn phòng Sở", "Các sở, ngành"),
 * a time text ("Thường xuyên", "Quý IV/2025", "Trước ngày 20/11 hằng năm"), a funding source ("Ngân sách tỉnh",
 * "Kinh phí chi thường xuyên"), a row number. Used to put the cells of a row with a cell too many or too few
 * under the right columns.
 */
final class CellKinds {

    private static final Pattern TIME = Pattern.compile("^(?:thuong xuyen|lien tuc|hang (?:ngay|thang|quy|nam)|hang nam"
            + "|dinh ky|truoc ngay|truoc|cham nhat|trong (?:nam|thang|quy|giai doan|vong)|quy [ivx1-4]+\\b|thang \\d"
            + "|nam \\d{4}|\\d{1,2}\\s*/\\s*\\d{1,4}|khi co|khi|sau khi|ke tu|dot xuat|theo yeu cau|giai doan|tu (?:ngay|thang)"
            + "|6 thang|\\d{1,2} thang|tuan|ngay \\d|hoan thanh)");
    private static final Pattern FUNDING = Pattern.compile("\\b(?:ngan sach|kinh phi|nguon|von|xa hoi hoa|nsnn|nstw|nsdp"
            + "|trieu dong|dong|du toan|tu chu|tai tro|chi thuong xuyen|long ghep)\\b");
    private static final Pattern UNIT = Pattern.compile("^(?:so|ubnd|uy ban|hdnd|van phong|cong an|bao hiem|bo|bo phan"
            + "|trung tam|phong|thanh tra|ban|bao|dai|cuc|chi cuc|cac|toa an|vien|kho bac|ngan hang|hoi|doan|mat tran"
            + "|d/c|dong chi|cong chuc|lanh dao|giam doc|chu tich|cong ty|truong|benh vien|tinh uy|to|don vi|co quan"
            + "|tat ca)\\b");
    private static final int LONG_TEXT = 120;

    private CellKinds() {
    }

    static boolean isTimeText(String text) {
        return firstItem(text).map(f -> TIME.matcher(f).find()).orElse(false);
    }

    static boolean isUnitName(String text) {
        return firstItem(text).map(f -> UNIT.matcher(f).find() && f.length() < LONG_TEXT && !isTimeText(text))
                .orElse(false);
    }

    static boolean isFundingText(String text) {
        return firstItem(text).map(f -> FUNDING.matcher(f).find() && !UNIT.matcher(f).find()).orElse(false);
    }

    static boolean isNumberLabel(String text) {
        return !text.isBlank() && RowLabel.parse(text).kind() != RowLabel.Kind.OTHER;
    }

    /** The first list item of the cell, folded; empty for a blank cell. */
    private static Optional<String> firstItem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return TextItems.split(text).stream().findFirst()
                .map(item -> VietnameseText.foldForSearch(item));
    }
}
