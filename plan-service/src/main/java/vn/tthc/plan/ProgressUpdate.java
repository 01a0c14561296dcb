package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import java.time.LocalDate;

/**
 * Progress a unit reports: a status, a note, evidence, the completion date (for done) and, for an ongoing
 * task, the reporting period it covers (e.g. "2025-Q1"). Who reports it is recorded beside it ({@link Actor}).
 */
public record ProgressUpdate(TaskStatus status, String note, Evidence evidence, LocalDate completedOn,
                             String reportingPeriod) {

    public ProgressUpdate {
        note = VietnameseText.normalize(note);
    }
}
