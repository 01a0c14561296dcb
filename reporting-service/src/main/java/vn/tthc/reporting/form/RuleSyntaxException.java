package vn.tthc.reporting.form;

/** A rule text that is not "sum = sum", "sum <= sum" or "sum >= sum". */
public class RuleSyntaxException extends IllegalArgumentException {

    private final String rule;
    private final int position;

    public RuleSyntaxException(String rule, int position, String problem) {
        super(problem + " at position " + (position + 1) + " of rule \"" + rule + "\"");
        this.rule = rule;
        this.position = position;
    }

    public String rule() {
        return rule;
    }

    /** Zero-based position in the rule text where reading failed. */
    public int position() {
        return position;
    }
}
