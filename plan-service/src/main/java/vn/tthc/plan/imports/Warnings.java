package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the warnings of a reading, without repeats, and hands them out by line. */
final class Warnings {

    private final Set<ImportWarning> warnings = new LinkedHashSet<>();

    void add(int line, String code, String message) {
        warnings.add(new ImportWarning(line, code, message));
    }

    void add(DocumentLine line, String code, String message) {
        add(line.number(), code, message);
    }

    /** The warnings by line; those of one line in the order they were raised. */
    List<ImportWarning> byLine() {
        List<ImportWarning> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparingInt(ImportWarning::row));
        return sorted;
    }
}
