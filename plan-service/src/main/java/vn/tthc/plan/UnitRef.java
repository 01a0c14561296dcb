package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A unit named on a task: the text as printed and, when the registry knows it, the unit's code. A class of
 * units ("Các sở, ngành") or an unknown name keeps only its text.
 */
public record UnitRef(String code, String text) {

    public UnitRef {
        text = VietnameseText.normalize(text);
    }

    public static UnitRef of(Unit unit) {
        return new UnitRef(unit.code(), unit.name());
    }

    @JsonIgnore
    public boolean isMatched() {
        return code != null;
    }
}
