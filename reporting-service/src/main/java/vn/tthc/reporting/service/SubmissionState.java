package vn.tthc.reporting.service;

import vn.tthc.reporting.Prefill;
import vn.tthc.reporting.ReportContent;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.SubmissionDecision;
import vn.tthc.reporting.SubmissionVersion;

import java.util.List;
import java.util.Map;

/** A submission with its history, and the content and prefill marks of the version shown. */
public record SubmissionState(Submission submission, List<SubmissionVersion> versions, List<SubmissionDecision> decisions,
                              int shownVersion, ReportContent content, Map<String, Map<String, Prefill>> prefilled) {
}
