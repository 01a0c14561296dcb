package vn.tthc.plan.service;

import org.junit.jupiter.api.Test;
import vn.tthc.plan.Unit;
import vn.tthc.plan.UnitKind;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UnitResolverTest {

    private static Unit unit(String code, String name, String parent, String... shortNames) {
        Unit unit = new Unit(code);
        unit.describe(name, List.of(shortNames), List.of(), UnitKind.DIVISION, parent, List.of());
        return unit;
    }

    private final List<Unit> registry = List.of(
            unit("KHCN", "Sở Khoa học và Công nghệ", null),
            unit("KHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "KHCN", "Văn phòng Sở", "VP Sở"),
            unit("TP", "Sở Tư pháp", null),
            unit("TP-VP", "Văn phòng Sở Tư pháp", "TP", "Văn phòng Sở"),
            unit("TTPVHCC", "Trung tâm Phục vụ hành chính công", null));

    @Test
    void aNameSharedByUnitsIsMatchedWithinTheIssuingUnitsSubtree() {
        assertThat(UnitResolver.match(registry, Set.of("KHCN", "KHCN-VP"), "văn phòng sở")).get()
                .extracting(Unit::code).isEqualTo("KHCN-VP");
        assertThat(UnitResolver.match(registry, Set.of("TP", "TP-VP"), "Văn phòng Sở")).get()
                .extracting(Unit::code).isEqualTo("TP-VP");
    }

    @Test
    void anAmbiguousNameWithoutScopeStaysText() {
        assertThat(UnitResolver.match(registry, Set.of(), "Văn phòng Sở")).isEmpty();
    }

    @Test
    void aUniqueNameMatchesAnywhereIgnoringCaseAndDiacritics() {
        assertThat(UnitResolver.match(registry, Set.of("KHCN"), "trung tam phuc vu hanh chinh cong")).get()
                .extracting(Unit::code).isEqualTo("TTPVHCC");
        assertThat(UnitResolver.match(registry, Set.of(), "VP Sở")).get().extracting(Unit::code).isEqualTo("KHCN-VP");
        assertThat(UnitResolver.match(registry, Set.of(), "Phòng không có")).isEmpty();
    }
}
