package vn.tthc.reporting.events;

import java.time.Instant;
import java.util.UUID;

/** {@code vn.tthc.reporting.submission.returned.v1}: the receiving unit sent a submitted version back, saying why. */
public record SubmissionReturnedV1(UUID submissionId, String regimeCode, String periodKey, String unitCode,
                                   String receivingUnitCode, int version, Instant returnedAt, String comment)
        implements SubmissionEvent {

    public static final String TYPE = "vn.tthc.reporting.submission.returned.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
