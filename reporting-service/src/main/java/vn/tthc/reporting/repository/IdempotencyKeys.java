package vn.tthc.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Remembers which resource a creating request made under an {@code Idempotency-Key}, so a retry gets the same one. */
@ApplicationScoped
public class IdempotencyKeys {

    private final EntityManager entityManager;

    public IdempotencyKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<String> resourceOf(String scope, String key) {
        if (key == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("select resource_id from idempotency_key where scope = :scope and key = :key")
                .setParameter("scope", scope).setParameter("key", key).getResultList();
        return ids.stream().findFirst();
    }

    public void remember(String scope, String key, String resourceId, Instant now) {
        if (key == null) {
            return;
        }
        entityManager.createNativeQuery("""
                        insert into idempotency_key (scope, key, resource_id, created_at) values (:scope, :key, :id, :now)""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("id", resourceId).setParameter("now", now)
                .executeUpdate();
    }
}
