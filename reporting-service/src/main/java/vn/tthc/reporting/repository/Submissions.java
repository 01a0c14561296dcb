package vn.tthc.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.reporting.Submission;
import vn.tthc.reporting.SubmissionDecision;
import vn.tthc.reporting.SubmissionStatus;
import vn.tthc.reporting.SubmissionVersion;

import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Submissions with their versions and decisions. */
@ApplicationScoped
public class Submissions implements PanacheRepositoryBase<Submission, UUID> {

    /**
     * Reports matching the filters that are given (null or blank: any), only of the units listed when a list is
     * given (no units: nothing), by regime, period and unit.
     */
    public PanacheQuery<Submission> search(String regimeCode, String periodKey, String unitCode, SubmissionStatus status,
                                           Optional<List<String>> visibleUnits) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        filter(conditions, parameters, "regimeCode", regimeCode);
        filter(conditions, parameters, "periodKey", periodKey);
        filter(conditions, parameters, "unitCode", unitCode);
        filter(conditions, parameters, "status", status);
        if (visibleUnits.isPresent()) {
            if (visibleUnits.get().isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("unitCode in :visibleUnits");
                parameters.put("visibleUnits", visibleUnits.get());
            }
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by regimeCode, periodStart, periodKey, unitCode", parameters);
    }

    private static void filter(List<String> conditions, Map<String, Object> parameters, String field, Object value) {
        if (value != null && !Objects.toString(value).isBlank()) {
            conditions.add(field + " = :" + field);
            parameters.put(field, value);
        }
    }

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
