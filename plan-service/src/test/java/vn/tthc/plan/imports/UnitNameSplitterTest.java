package vn.tthc.plan.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitNameSplitterTest {

    @Test
    void semicolonsLinesAndListItemsSeparateNames() {
        assertThat(UnitNameSplitter.split("Văn phòng Sở; các phòng chuyên môn"))
                .containsExactly("Văn phòng Sở", "các phòng chuyên môn");
        assertThat(UnitNameSplitter.split("- Văn phòng Sở;\n- Thanh tra Sở."))
                .containsExactly("Văn phòng Sở", "Thanh tra Sở");
        assertThat(UnitNameSplitter.split("<p>Trung tâm Phục vụ Hành chính công; Văn phòng Sở; đ/c Trần Thế Vũ</p>"))
                .containsExactly("Trung tâm Phục vụ Hành chính công", "Văn phòng Sở", "đ/c Trần Thế Vũ");
    }

    @Test
    void commasAndVaSeparateOnlyWhereANewUnitBegins() {
        assertThat(UnitNameSplitter.split("Các sở, ngành, Công an tỉnh, Bảo hiểm xã hội tỉnh, UBND cấp huyện, cấp xã."))
                .containsExactly("Các sở, ngành", "Công an tỉnh", "Bảo hiểm xã hội tỉnh", "UBND cấp huyện, cấp xã");
        assertThat(UnitNameSplitter.split("Sở Khoa học và Công nghệ và Sở Thông tin và Truyền thông"))
                .containsExactly("Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông");
        assertThat(UnitNameSplitter.split("Sở Văn hóa, Thể thao và Du lịch")).containsExactly("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(UnitNameSplitter.split("Văn phòng UBND tỉnh, các sở, ngành"))
                .containsExactly("Văn phòng UBND tỉnh", "các sở, ngành");
        assertThat(UnitNameSplitter.split("Công chức được phân công tại các phòng, đơn vị"))
                .containsExactly("Công chức được phân công tại các phòng, đơn vị");
    }

    @Test
    void aNameWithAClauseIsNotCutAtItsCommas() {
        assertThat(UnitNameSplitter.split("Phòng chuyên môn/ đơn vị thuộc Sở khi được giao dự thảo văn bản QPPL của HĐND, "
                + "UBND theo quy định")).hasSize(1);
        assertThat(UnitNameSplitter.split("Sở Tư pháp (phối hợp với Sở, ngành)")).containsExactly("Sở Tư pháp (phối hợp với Sở, ngành)");
    }

    @Test
    void dashesBetweenUnitsOnOneLineSeparateThem() {
        assertThat(UnitNameSplitter.split("- Văn phòng Sở - Các phòng, đơn vị thuộc Sở"))
                .containsExactly("Văn phòng Sở", "Các phòng, đơn vị thuộc Sở");
        assertThat(UnitNameSplitter.split("Phòng Tài chính – Kế hoạch")).containsExactly("Phòng Tài chính – Kế hoạch");
        assertThat(UnitNameSplitter.split("Đ/c Lê Thị Hoa - Phòng Tư pháp")).containsExactly("Đ/c Lê Thị Hoa - Phòng Tư pháp");
    }

    @Test
    void collectiveNamesAndSharedOfficesStayWhole() {
        assertThat(UnitNameSplitter.split("Các sở, ban, ngành, Công an tỉnh và UBND các huyện, thị xã"))
                .containsExactly("Các sở, ban, ngành", "Công an tỉnh", "UBND các huyện, thị xã");
        assertThat(UnitNameSplitter.split("Văn phòng HĐND và UBND huyện, Phòng Nội vụ"))
                .containsExactly("Văn phòng HĐND và UBND huyện", "Phòng Nội vụ");
        assertThat(UnitNameSplitter.split("Sở Y tế, Sở Giáo dục và Đào tạo và Bảo hiểm xã hội tỉnh"))
                .containsExactly("Sở Y tế", "Sở Giáo dục và Đào tạo", "Bảo hiểm xã hội tỉnh");
    }

    @Test
    void placeholdersAreNoNames() {
        assertThat(UnitNameSplitter.split("-")).isEmpty();
        assertThat(UnitNameSplitter.split("")).isEmpty();
        assertThat(UnitNameSplitter.split(null)).isEmpty();
    }

    @Test
    void leadAndCooperatingUnitsOfOneCell() {
        assertThat(UnitNameSplitter.splitAssignment("Văn phòng UBND tỉnh chủ trì, phối hợp các sở, ngành."))
                .isEqualTo(new Assignment(java.util.List.of("Văn phòng UBND tỉnh"), java.util.List.of("các sở, ngành")));
        assertThat(UnitNameSplitter.splitAssignment("Sở Nội vụ chủ trì phối hợp với Văn phòng UBND tỉnh và các đơn vị có liên quan."))
                .isEqualTo(new Assignment(java.util.List.of("Sở Nội vụ"),
                        java.util.List.of("Văn phòng UBND tỉnh", "các đơn vị có liên quan")));
        assertThat(UnitNameSplitter.splitAssignment("Văn phòng Sở tham mưu phối hợp Văn phòng UBND tỉnh, Trung tâm Phục vụ hành chính công tỉnh"))
                .isEqualTo(new Assignment(java.util.List.of("Văn phòng Sở"),
                        java.util.List.of("Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh")));
        assertThat(UnitNameSplitter.splitAssignment("Văn phòng UBND tỉnh phối hợp với các sở, ngành có liên quan tham mưu UBND, "
                + "Chủ tịch UBND tỉnh.").cooperatingUnits()).containsExactly("các sở, ngành có liên quan");
        assertThat(UnitNameSplitter.splitAssignment("Sở Tư pháp.")).isEqualTo(
                new Assignment(java.util.List.of("Sở Tư pháp"), java.util.List.of()));
    }
}
