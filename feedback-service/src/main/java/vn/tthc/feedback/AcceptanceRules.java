package vn.tthc.feedback;

import vn.tthc.platform.text.VietnameseText;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The legal conditions for accepting a feedback item (Decree 20/2008/NĐ-CP, as amended): the sender's
 * name; an address or a phone number; written in Vietnamese; and about administrative regulations or
 * procedures, not a complaint or denunciation, which have their own laws and channels. An item that fails
 * is still recorded, classified not accepted, with the first reason found.
 */
public final class AcceptanceRules {

    private static final String VIETNAMESE_LETTERS =
            "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    /** Common Vietnamese syllables, to recognise Vietnamese typed without diacritics. */
    private static final Set<String> COMMON_SYLLABLES = Set.of(
            "toi", "cua", "va", "la", "khong", "duoc", "cho", "thu", "tuc", "ho", "so", "giay", "nguoi", "dan",
            "co", "da", "nay", "ve", "trong", "khi", "can", "xin", "de", "nghi", "phan", "anh", "kien", "cac",
            "mot", "nhung", "voi", "theo", "tai", "viec", "chung", "xa", "huyen", "tinh", "ngay", "nam", "thang",
            "chinh", "hanh", "nop", "lam", "den", "phai", "rat", "bi", "qua", "van", "ban", "cong", "nhan");

    private static final Pattern COMPLAINT_IN_TITLE = Pattern.compile("\\b(khieu nai|to cao)\\b");
    private static final Pattern COMPLAINT_OPENING = Pattern.compile(
            "^(don |thu )?(toi )?(xin )?(khieu nai|to cao)\\b");

    private AcceptanceRules() {
    }

    /** The reason the item is not accepted, or empty when it meets every condition. */
    public static Optional<NotAcceptedReason> check(Submission submission) {
        Sender sender = submission.sender();
        if (sender.name() == null && sender.organisation() == null) {
            return Optional.of(NotAcceptedReason.NO_NAME);
        }
        if (sender.address() == null && sender.phone() == null) {
            return Optional.of(NotAcceptedReason.NO_ADDRESS_OR_PHONE);
        }
        if (!isVietnamese(submission.title() + "\n" + submission.content())) {
            return Optional.of(NotAcceptedReason.NOT_VIETNAMESE);
        }
        if (isComplaintOrDenunciation(submission.title(), submission.content())) {
            return Optional.of(NotAcceptedReason.COMPLAINT_OR_DENUNCIATION);
        }
        return Optional.empty();
    }

    /**
     * Whether a text is written in Vietnamese: mostly Latin letters, with Vietnamese diacritics on enough
     * of them, or — for text typed without diacritics — with enough common Vietnamese syllables.
     */
    public static boolean isVietnamese(String text) {
        String nfc = VietnameseText.normalize(text).toLowerCase(java.util.Locale.ROOT);
        int letters = 0;
        int latin = 0;
        int vietnamese = 0;
        for (int i = 0; i < nfc.length(); ) {
            int c = nfc.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
                if (VIETNAMESE_LETTERS.indexOf(c) >= 0) {
                    vietnamese++;
                }
            }
        }
        if (letters == 0 || latin < letters * 0.8) {
            return false;
        }
        if (vietnamese >= Math.max(1, latin * 0.04)) {
            return true;
        }
        String[] words = VietnameseText.foldForSearch(text).split("[^a-z]+");
        int counted = 0;
        int common = 0;
        for (String word : words) {
            if (!word.isEmpty()) {
                counted++;
                if (COMMON_SYLLABLES.contains(word)) {
                    common++;
                }
            }
        }
        return counted > 0 && common >= counted * 0.2;
    }

    /** A complaint or denunciation says so in its title or opens with it ("Đơn khiếu nại…", "Tôi tố cáo…"). */
    public static boolean isComplaintOrDenunciation(String title, String content) {
        return COMPLAINT_IN_TITLE.matcher(VietnameseText.foldForSearch(title)).find()
                || COMPLAINT_OPENING.matcher(VietnameseText.foldForSearch(content)).find();
    }
}
