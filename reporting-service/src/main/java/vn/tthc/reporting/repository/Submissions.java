package vn.tthc.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.SubmissionDecision;
import vn.tthc.reporting.SubmissionStatus;
import vn.tthc.reporting.SubmissionVersion;

import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Submissions with their versions and decisions. */
@ApplicationScoped
public class Submissions implements PanacheRepositoryBase<Submission, UUID> {

    public boolean existFor(String regimeCode) {
        return count("regimeCode", regimeCode) > 0;
    }

    public Optional<Submission> find(String regimeCode, String periodKey, String unitCode) {
        return find("regimeCode = ?1 and periodKey = ?2 and unitCode = ?3", regimeCode, periodKey, unitCode)
                .firstResultOptional();
    }

    public List<Submission> ofPeriod(String regimeCode, String periodKey) {
        return list("regimeCode = ?1 and periodKey = ?2 order by unitCode", regimeCode, periodKey);
    }

    public List<Submission> ofPeriod(String regimeCode, String periodKey, SubmissionStatus status) {
        return list("regimeCode = ?1 and periodKey = ?2 and status = ?3 order by unitCode", regimeCode, periodKey, status);
    }

    public SubmissionVersion version(UUID submissionId, int number) {
        return getEntityManager().createQuery("from SubmissionVersion where submissionId = ?1 and number = ?2",
                        SubmissionVersion.class)
                .setParameter(1, submissionId).setParameter(2, number)
                .getResultStream().findFirst().orElse(null);
    }

    public List<SubmissionVersion> versions(UUID submissionId) {
        return getEntityManager().createQuery("from SubmissionVersion where submissionId = ?1 order by number",
                        SubmissionVersion.class)
                .setParameter(1, submissionId).getResultList();
    }

    public List<SubmissionDecision> decisions(UUID submissionId) {
        return getEntityManager().createQuery("from SubmissionDecision where submissionId = ?1 order by decidedAt, versionNumber",
                        SubmissionDecision.class)
                .setParameter(1, submissionId).getResultList();
    }

    /** Marks a change of the submission: a new row version (its ETag) even when only its versions or decisions changed. */
    public void touch(Submission submission, Instant now) {
        submission.updatedAt = now;
        getEntityManager().lock(submission, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush();
    }

    public void add(SubmissionVersion version) {
        getEntityManager().persist(version);
    }

    public void add(SubmissionDecision decision) {
        getEntityManager().persist(decision);
    }
}
