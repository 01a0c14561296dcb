package vn.tthc.reporting.exports;

import java.math.BigDecimal;

/** Cell values as Vietnamese documents print them: numbers with a decimal comma, nothing for an absent value. */
final class Cells {

    private Cells() {
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        return value.toString();
    }
}
