package vn.tthc.reporting.form;

import java.math.BigDecimal;

/** How the two sides of an {@link IndicatorRule} must compare. */
public enum Comparison {
    EQUAL("=", "phải bằng", "must equal"),
    AT_MOST("<=", "không được lớn hơn", "must be at most"),
    AT_LEAST(">=", "không được nhỏ hơn", "must be at least");

    private final String symbol;
    private final String vietnamese;
    private final String english;

    Comparison(String symbol, String vietnamese, String english) {
        this.symbol = symbol;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String symbol() {
        return symbol;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    public boolean holds(BigDecimal left, BigDecimal right) {
        int order = left.compareTo(right);
        return switch (this) {
            case EQUAL -> order == 0;
            case AT_MOST -> order <= 0;
            case AT_LEAST -> order >= 0;
        };
    }
}
