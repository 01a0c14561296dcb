package vn.tthc.plan.imports;

import java.util.ArrayList;
import java.util.List;

import vn.tthc.plan.PlanDetails;

/**
 * What a whole plan document would import as: its details, its body as printed, its tasks, and everything
 * that could not be read or was read by assumption.
 *
 * @param details         number, place, date, title, kind, period, legal bases, purposes, requirements, signer,
 *                        recipients and targets; {@code issuingUnitCode} is left null (units are matched elsewhere)
 * @param issuingUnitName the issuing unit as the document names it ("Sở Khoa học và Công nghệ"); null when it
 *                        names none
 * @param body            the numbered parts of the body, as printed
 * @param appendixTitle   the appendix's title ("NỘI DUNG THỰC HIỆN CÔNG TÁC …"); null when there is none
 * @param taskSource      where {@code appendix} was read from
 * @param appendix        the tasks, from the appendix table or the body; no sections when {@code taskSource}
 *                        is NONE. Its warnings point at table rows or body lines.
 * @param warnings        about the document's prose, by line
 */
public record PlanDocumentPreview(PlanDetails details, String issuingUnitName, List<BodySection> body,
                                  String appendixTitle, TaskSource taskSource, PlanTablePreview appendix,
                                  List<ImportWarning> warnings) {

    public PlanDocumentPreview {
        body = List.copyOf(body);
        warnings = List.copyOf(warnings);
    }

    /** The document's warnings, then the tasks'. */
    public List<ImportWarning> allWarnings() {
        List<ImportWarning> all = new ArrayList<>(warnings);
        all.addAll(appendix.warnings());
        return List.copyOf(all);
    }
}
