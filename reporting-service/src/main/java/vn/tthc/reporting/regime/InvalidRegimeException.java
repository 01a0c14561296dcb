package vn.tthc.reporting.regime;

import java.util.List;

/** A regime file that cannot be read or breaks the rules regimes must keep; lists every problem found. */
public class InvalidRegimeException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    public InvalidRegimeException(String source, List<String> problems) {
        super("invalid regime " + source + ":\n  " + String.join("\n  ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file or resource read. */
    public String source() {
        return source;
    }

    /** Each problem, prefixed with where in the file it is, e.g. {@code forms[0].rules[2]: ...}. */
    public List<String> problems() {
        return problems;
    }
}
