package vn.tthc.reporting.form;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One figure a form asks for. The code is a camelCase identifier that submissions and rules use; the label
 * is the Vietnamese text the official form prints; the unit is what is counted ("hồ sơ", "%"), or null.
 */
public record Indicator(String code, String label, IndicatorType type, boolean required, String unit) {

    static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public Indicator {
        requireCode(code, "indicator");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("indicator " + code + " needs a label");
        }
        Objects.requireNonNull(type, "type");
        if (unit != null && unit.isBlank()) {
            unit = null;
        }
    }

    static void requireCode(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " code must be a letter followed by letters, digits or _: " + code);
        }
    }
}
