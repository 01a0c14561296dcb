package vn.tthc.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptanceRulesTest {

    private static final Sender AN = new Sender(SenderKind.INDIVIDUAL, "Nguyễn Văn An", null, "Sóc Trăng", null, null);

    private static Submission of(Sender sender, String title, String content) {
        return new Submission(sender, title, content, null, null, null, Channel.PROVINCIAL_PORTAL, true, "SKHCN-VP");
    }

    @Test
    void aCompleteVietnameseItemIsAccepted() {
        assertThat(AcceptanceRules.check(of(AN, "Thời hạn giải quyết", "Hồ sơ của tôi bị trễ hạn so với quy định."))).isEmpty();
        Sender byPhone = new Sender(SenderKind.INDIVIDUAL, "Lê Thị Bích", null, null, "0299 3822 123", null);
        assertThat(AcceptanceRules.check(of(byPhone, "Thủ tục", "Đề nghị đơn giản hóa thủ tục cấp phép."))).isEmpty();
        Sender company = new Sender(SenderKind.ORGANISATION, null, "Công ty TNHH Minh Phát", "KCN An Nghiệp", null, null);
        assertThat(AcceptanceRules.check(of(company, "Kiến nghị", "Đề nghị công bố rõ thành phần hồ sơ."))).isEmpty();
    }

    @Test
    void missingNameOrContactIsNotAccepted() {
        Sender noName = new Sender(SenderKind.INDIVIDUAL, "  ", null, "Sóc Trăng", "0912345678", null);
        assertThat(AcceptanceRules.check(of(noName, "Thủ tục", "Nội dung phản ánh về thủ tục.")))
                .contains(NotAcceptedReason.NO_NAME);
        Sender emailOnly = new Sender(SenderKind.INDIVIDUAL, "Trần Văn Bình", null, null, null, "binh@example.vn");
        assertThat(AcceptanceRules.check(of(emailOnly, "Thủ tục", "Nội dung phản ánh về thủ tục.")))
                .contains(NotAcceptedReason.NO_ADDRESS_OR_PHONE);
    }

    @Test
    void textNotInVietnameseIsNotAccepted() {
        assertThat(AcceptanceRules.check(of(AN, "Slow procedure", "My application has been pending for two months.")))
                .contains(NotAcceptedReason.NOT_VIETNAMESE);
        assertThat(AcceptanceRules.check(of(AN, "手续", "我的申请已经两个月没有处理了。")))
                .contains(NotAcceptedReason.NOT_VIETNAMESE);
        assertThat(AcceptanceRules.isVietnamese("12345 !!!")).isFalse();
    }

    @Test
    void vietnameseTypedWithoutDiacriticsIsVietnamese() {
        assertThat(AcceptanceRules.isVietnamese("Toi nop ho so cap giay phep nhung khong duoc giai quyet dung han")).isTrue();
    }

    @Test
    void complaintsAndDenunciationsBelongToAnotherChannel() {
        assertThat(AcceptanceRules.check(of(AN, "Đơn khiếu nại", "Tôi không đồng ý với quyết định xử phạt.")))
                .contains(NotAcceptedReason.COMPLAINT_OR_DENUNCIATION);
        assertThat(AcceptanceRules.check(of(AN, "Về cán bộ xã", "Tôi tố cáo cán bộ địa chính xã nhận tiền.")))
                .contains(NotAcceptedReason.COMPLAINT_OR_DENUNCIATION);
        // A petition about the complaint procedure itself is not a complaint.
        assertThat(AcceptanceRules.check(of(AN, "Thủ tục hành chính",
                "Đề nghị công khai thời hạn của thủ tục giải quyết khiếu nại lần đầu."))).isEmpty();
    }
}
