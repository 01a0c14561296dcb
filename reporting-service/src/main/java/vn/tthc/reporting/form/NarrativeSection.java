package vn.tthc.reporting.form;

/**
 * A part of a report written as text: results, shortcomings, causes, next steps, proposals. A submission
 * gives its text under the section's code, beside the indicators' figures.
 */
public record NarrativeSection(String code, String title, boolean required) {

    public NarrativeSection {
        Indicator.requireCode(code, "section");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("section " + code + " needs a title");
        }
    }
}
