package vn.tthc.reporting.events;

import vn.tthc.platform.events.outbox.DomainEvent;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.UUID;

/** An event about one submission: keyed by the submission's id, so its events stay in order. */
public interface SubmissionEvent extends DomainEvent {

    UUID submissionId();

    @Override
    @JsonIgnore
    default String aggregateType() {
        return "submission";
    }

    @Override
    @JsonIgnore
    default String aggregateId() {
        return submissionId().toString();
    }

    @Override
    @JsonIgnore
    default String subject() {
        return "submissions/" + submissionId();
    }
}
