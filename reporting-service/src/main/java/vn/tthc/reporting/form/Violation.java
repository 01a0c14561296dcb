package vn.tthc.reporting.form;

import java.util.Objects;

/**
 * One thing wrong with a submitted form, reported against a field (an indicator or section code, or the
 * unknown key sent), with a stable kind and messages in Vietnamese and English.
 */
public record Violation(String field, Kind kind, String messageVi, String messageEn) {

    /** The longest text an indicator or a section takes. */
    public static final int TEXT_MAX = 20_000;

    public enum Kind {
        /** A required figure or section is missing or blank. */
        REQUIRED,
        /** A numeric indicator was given something other than a number. */
        NOT_A_NUMBER,
        /** A text indicator or a section was given something other than text. */
        NOT_TEXT,
        /** A text is longer than {@link #TEXT_MAX} characters. */
        TEXT_TOO_LONG,
        /** A count has a fractional part. */
        NOT_INTEGER,
        /** A count is below zero. */
        NEGATIVE,
        /** A percentage is outside 0..100. */
        PERCENT_OUT_OF_RANGE,
        /** A rule between indicators does not hold. */
        RULE_BROKEN,
        /** The submission names a field the form does not have. */
        UNKNOWN_FIELD
    }

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }
}
