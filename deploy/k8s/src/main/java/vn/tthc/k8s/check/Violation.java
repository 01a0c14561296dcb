package vn.tthc.k8s.check;

/** A broken rule: which rule, on which object, and what is wrong. */
public record Violation(String rule, String object, String message) {

    @Override
    public String toString() {
        return "[" + rule + "] " + object + ": " + message;
    }
}
