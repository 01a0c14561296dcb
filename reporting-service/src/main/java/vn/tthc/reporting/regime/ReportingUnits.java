package vn.tthc.reporting.regime;

import vn.tthc.reporting.period.ReportingLevel;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The units that report under a regime: those listed by code, and those of the given kinds under a unit
 * (itself included), as the unit replica knows them when asked. They report at one level, whose deadlines
 * apply to them.
 */
public record ReportingUnits(ReportingLevel level, List<String> unitCodes, List<String> kinds, String under) {

    /** The unit kinds plan-service publishes on plan.units. */
    public static final List<String> UNIT_KINDS = List.of("PROVINCIAL_COMMITTEE", "PROVINCIAL_OFFICE", "DEPARTMENT",
            "DISTRICT", "DIVISION", "INSPECTORATE", "CENTRE", "ONE_STOP_DESK", "EXTERNAL_BODY");

    public ReportingUnits {
        Objects.requireNonNull(level, "level");
        unitCodes = List.copyOf(unitCodes == null ? List.of() : unitCodes);
        kinds = List.copyOf(kinds == null ? List.of() : kinds);
        if (under != null && under.isBlank()) {
            under = null;
        }
        if (unitCodes.isEmpty() && kinds.isEmpty()) {
            throw new IllegalArgumentException("list the reporting units' codes, or their kinds and the unit they are under");
        }
        if (!kinds.isEmpty() && under == null) {
            throw new IllegalArgumentException("reporting units chosen by kind need the unit they are under");
        }
        if (kinds.isEmpty() && under != null) {
            throw new IllegalArgumentException("reporting units under " + under + " need their kinds");
        }
        for (String kind : kinds) {
            if (!UNIT_KINDS.contains(kind)) {
                throw new IllegalArgumentException("unit kind must be one of " + UNIT_KINDS + ", found " + kind);
            }
        }
        if (new HashSet<>(unitCodes).size() != unitCodes.size() || unitCodes.stream().anyMatch(c -> c == null || c.isBlank())) {
            throw new IllegalArgumentException("reporting unit codes must be given once each and not blank");
        }
    }

    /** Whether a unit of this kind, which is (or is not) under {@link #under()}, reports under the regime. */
    public boolean includes(String unitCode, String kind, boolean isUnder) {
        return unitCodes.contains(unitCode) || (isUnder && kinds.contains(kind));
    }
}
