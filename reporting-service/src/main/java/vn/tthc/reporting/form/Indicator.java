package vn.tthc.reporting.form;

import vn.tthc.reporting.EventFigure;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One figure a form asks for. The code is a camelCase identifier that submissions and rules use; the label
 * is the Vietnamese text the official form prints; the unit is what is counted ("hồ sơ", "%"), or null.
 * An indicator the system already knows from other services' events names the figure that prefills it
 * ({@code prefill}); the value stays editable.
 */
public record Indicator(String code, String label, IndicatorType type, boolean required, String unit, EventFigure prefill) {

    public Indicator(String code, String label, IndicatorType type, boolean required, String unit) {
        this(code, label, type, required, unit, null);
    }

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
        if (prefill != null && type != IndicatorType.INTEGER) {
            throw new IllegalArgumentException("indicator " + code + " is prefilled from a count, so it must be an INTEGER");
        }
    }

    static void requireCode(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " code must be a letter followed by letters, digits or _: " + code);
        }
    }
}
