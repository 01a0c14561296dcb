package vn.tthc.reporting.events;

import java.time.Instant;
import java.util.UUID;

/** {@code vn.tthc.reporting.submission.accepted.v1}: the receiving unit accepted a submitted version; it is locked. */
public record SubmissionAcceptedV1(UUID submissionId, String regimeCode, String periodKey, String unitCode,
                                   String receivingUnitCode, int version, Instant acceptedAt) implements SubmissionEvent {

    public static final String TYPE = "vn.tthc.reporting.submission.accepted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
