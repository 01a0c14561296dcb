package vn.tthc.reporting.events;

import vn.tthc.platform.events.outbox.DomainEvent;

import com.fasterxml.jackson.annotation.JsonIgnore;
import vn.tthc.reporting.Submission;

/**
 * An event about a report a unit is expected to send for a period (which may not exist yet as a submission):
 * keyed by regime, period and unit.
 */
public interface ExpectedSubmissionEvent extends DomainEvent {

    String regimeCode();

    String periodKey();

    String unitCode();

    @Override
    @JsonIgnore
    default String aggregateType() {
        return "expected-submission";
    }

    @Override
    @JsonIgnore
    default String aggregateId() {
        return Submission.expectedId(regimeCode(), periodKey(), unitCode());
    }

    @Override
    @JsonIgnore
    default String subject() {
        return "regimes/" + regimeCode() + "/periods/" + periodKey() + "/units/" + unitCode();
    }
}
