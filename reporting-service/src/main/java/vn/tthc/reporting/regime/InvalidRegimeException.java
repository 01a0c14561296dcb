package vn.tthc.reporting.regime;

import java.util.List;

/** A regime file that cannot be read or breaks the rules regimes must keep; lists every problem found. */
public class InvalidRegimeException extends RuntimeException {

    private final String source;
    private final List<Issue> issues;

    public InvalidRegimeException(String source, List<Issue> issues) {
        super("invalid regime " + source + ":\n  " + String.join("\n  ", english(issues)));
        this.source = source;
        this.issues = List.copyOf(issues);
    }

    /**
     * One problem: its place in the document (e.g. {@code forms[0].rules[2]}; empty for the regime as a whole) and
     * what is wrong there, in Vietnamese and in English.
     */
    public record Issue(String place, String vietnamese, String english) {

        static Issue at(String place, String vietnamese, String english) {
            return new Issue(place, vietnamese, english);
        }
    }

    /** The file or resource read. */
    public String source() {
        return source;
    }

    public List<Issue> issues() {
        return issues;
    }

    /** Each problem in English, prefixed with where in the file it is, e.g. {@code forms[0].rules[2]: ...}. */
    public List<String> problems() {
        return english(issues);
    }

    private static List<String> english(List<Issue> issues) {
        return issues.stream().map(issue -> issue.place().isEmpty() ? issue.english() : issue.place() + ": " + issue.english())
                .toList();
    }
}
