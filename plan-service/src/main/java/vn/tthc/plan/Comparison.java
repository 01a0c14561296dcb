package vn.tthc.plan;

/** How a target's actual value is compared with its value: "≥ 99%", "100%", "> 85%", "≤ 2 ngày". */
public enum Comparison {
    AT_LEAST, AT_MOST, EQUAL, MORE_THAN, LESS_THAN
}
