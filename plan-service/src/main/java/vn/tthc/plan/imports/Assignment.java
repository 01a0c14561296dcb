package vn.tthc.plan.imports;

import java.util.List;

/** Who does a task or produces a result: the units that lead it and those that cooperate, as printed. */
public record Assignment(List<String> leadUnits, List<String> cooperatingUnits) {

    public static final Assignment NONE = new Assignment(List.of(), List.of());

    public Assignment {
        leadUnits = List.copyOf(leadUnits);
        cooperatingUnits = List.copyOf(cooperatingUnits);
    }

    public boolean isEmpty() {
        return leadUnits.isEmpty() && cooperatingUnits.isEmpty();
    }
}
