package vn.tthc.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table {@code idempotent_request} (db/platform): per caller, operation and key, the fingerprint of the first
 * request and the answer it got. A key is claimed in the transaction that does the work, so the answer is stored
 * with what it created or not at all; a concurrent request with the same key waits on the claim and then reads the
 * answer.
 */
@ApplicationScoped
public class IdempotentRequests {

    private final EntityManager entityManager;

    public IdempotentRequests(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Who asked for what under which key, and a fingerprint of the request itself. */
    public record Claim(String caller, String operation, String key, String fingerprint) {
    }

    /** The first answer given under a key (status null while that request is still under way). */
    public record Answer(String fingerprint, Integer status, String location, String etag, String mediaType, String body) {
    }

    /**
     * Claims the key for this request, or returns the answer stored under it. A key whose retention ended is
     * forgotten first. Must run in the transaction of the work.
     */
    public Optional<Answer> claim(Claim claim, Instant now, Instant expiresAt) {
        entityManager.createNativeQuery("""
                        delete from idempotent_request
                         where caller = :caller and operation = :operation and key = :key and expires_at <= :now""")
                .setParameter("caller", claim.caller()).setParameter("operation", claim.operation())
                .setParameter("key", claim.key()).setParameter("now", now)
                .executeUpdate();
        // Waits while another transaction holds the same key, then inserts nothing if that one committed.
        int inserted = entityManager.createNativeQuery("""
                        insert into idempotent_request (caller, operation, key, fingerprint, created_at, expires_at)
                        values (:caller, :operation, :key, :fingerprint, :now, :expiresAt)
                        on conflict do nothing""")
                .setParameter("caller", claim.caller()).setParameter("operation", claim.operation())
                .setParameter("key", claim.key()).setParameter("fingerprint", claim.fingerprint())
                .setParameter("now", now).setParameter("expiresAt", expiresAt)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select fingerprint, status, location, etag, media_type, body from idempotent_request
                         where caller = :caller and operation = :operation and key = :key""")
                .setParameter("caller", claim.caller()).setParameter("operation", claim.operation())
                .setParameter("key", claim.key())
                .getResultList();
        if (rows.isEmpty()) {
            // Forgotten between the two statements (retention ended): nothing to replay, and nothing claimed either.
            throw new IllegalStateException("idempotency key vanished while claimed");
        }
        Object[] row = rows.get(0);
        return Optional.of(new Answer((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(),
                (String) row[2], (String) row[3], (String) row[4], (String) row[5]));
    }

    /** Stores the answer given to the request that claimed the key. */
    public void complete(Claim claim, int status, String location, String etag, String mediaType, String body) {
        entityManager.createNativeQuery("""
                        update idempotent_request set status = :status, location = :location, etag = :etag,
                               media_type = :mediaType, body = :body
                         where caller = :caller and operation = :operation and key = :key""")
                .setParameter("status", status).setParameter("location", location).setParameter("etag", etag)
                .setParameter("mediaType", mediaType).setParameter("body", body)
                .setParameter("caller", claim.caller()).setParameter("operation", claim.operation())
                .setParameter("key", claim.key())
                .executeUpdate();
    }

    /** Gives the key back: the request it was claimed for created nothing (it was refused), so a retry runs again. */
    public void release(Claim claim) {
        entityManager.createNativeQuery("""
                        delete from idempotent_request where caller = :caller and operation = :operation and key = :key""")
                .setParameter("caller", claim.caller()).setParameter("operation", claim.operation())
                .setParameter("key", claim.key())
                .executeUpdate();
    }

    /** Forgets every key whose retention ended; how many. */
    public int deleteExpired(Instant now) {
        return entityManager.createNativeQuery("delete from idempotent_request where expires_at <= :now")
                .setParameter("now", now).executeUpdate();
    }
}
