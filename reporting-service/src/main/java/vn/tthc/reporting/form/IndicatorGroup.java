package vn.tthc.reporting.form;

import java.util.List;

/** Indicators as the official form groups them under one heading, e.g. "Số hồ sơ nhận giải quyết". */
public record IndicatorGroup(String code, String label, List<Indicator> indicators) {

    public IndicatorGroup {
        Indicator.requireCode(code, "group");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("group " + code + " needs a label");
        }
        indicators = List.copyOf(indicators);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("group " + code + " has no indicators");
        }
    }
}
