package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

    @Test
    void foldsDiacriticsAndCase() {
        assertThat(VietnameseText.fold("Đăng ký THỦ TỤC hành chính")).isEqualTo("dang ky thu tuc hanh chinh");
        assertThat(VietnameseText.fold("Ưu tiên ở Quảng Ngãi")).isEqualTo("uu tien o quang ngai");
    }
}
