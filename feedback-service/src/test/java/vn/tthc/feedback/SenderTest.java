package vn.tthc.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SenderTest {

    @Test
    void publishedNamesShowOnlyEachWordsFirstLetter() {
        assertThat(new Sender(SenderKind.INDIVIDUAL, "Nguyễn Văn An", null, null, null, null).maskedName())
                .isEqualTo("N***** V** A*");
        assertThat(new Sender(SenderKind.ORGANISATION, "Lê Bình", "Công ty Minh Phát", null, null, null).maskedName())
                .isEqualTo("C*** t* M*** P***");
        assertThat(new Sender(SenderKind.INDIVIDUAL, null, null, null, null, null).maskedName()).isNull();
    }

    @Test
    void phoneNumbersAreComparedByTheirDigits() {
        assertThat(new Sender(null, "A", null, null, "+84 912 345 678", null).phoneKey()).isEqualTo("0912345678");
        assertThat(new Sender(null, "A", null, null, "0912.345.678", null).phoneKey()).isEqualTo("0912345678");
        assertThat(new Sender(null, "A", null, null, null, "An@Example.VN").emailKey()).isEqualTo("an@example.vn");
    }
}
