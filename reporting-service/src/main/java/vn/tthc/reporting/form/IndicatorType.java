package vn.tthc.reporting.form;

/** What kind of value an indicator (chỉ tiêu) takes. */
public enum IndicatorType {
    /** A count: a whole number, never negative. */
    INTEGER,
    /** Any finite number, e.g. an amount of money. */
    DECIMAL,
    /** A rate in percent, from 0 to 100 inclusive. */
    PERCENT,
    /** Free text, e.g. the name of a field of procedures. */
    TEXT;

    public boolean isNumeric() {
        return this != TEXT;
    }
}
