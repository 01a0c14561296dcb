package vn.tthc.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.tthc.feedback.Actor;
import vn.tthc.feedback.ConflictException;
import vn.tthc.feedback.DuplicateCandidate;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.feedback.Moment;
import vn.tthc.feedback.config.FeedbackConfig;
import vn.tthc.feedback.repository.FeedbackItemRepository;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Likely duplicates, by PostgreSQL trigram similarity on the folded title and content: the same sender
 * (phone or email) with similar content, or near-identical content received within the window. Staff then
 * link the two (both stay open) or merge the new one into the other.
 */
@ApplicationScoped
public class DuplicateService {

    private final EntityManager entityManager;
    private final FeedbackItemRepository items;
    private final FeedbackConfig.Duplicates config;
    private final Clock clock;

    public DuplicateService(EntityManager entityManager, FeedbackItemRepository items, FeedbackConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.items = items;
        this.config = config.duplicates();
        this.clock = clock;
    }

    /** Records the likely duplicates of a newly received item (in the intake's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flag(FeedbackItem item) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select i.id, similarity(i.content_folded, cast(:text as text)) as score,
                               ((cast(:phone as varchar) is not null and i.sender_phone_key = cast(:phone as varchar))
                                 or (cast(:email as varchar) is not null and i.sender_email_key = cast(:email as varchar))) as same_sender
                        from feedback_item i
                        where i.id <> :id and i.status <> 'MERGED'
                          and ((((cast(:phone as varchar) is not null and i.sender_phone_key = cast(:phone as varchar))
                                 or (cast(:email as varchar) is not null and i.sender_email_key = cast(:email as varchar)))
                                and similarity(i.content_folded, cast(:text as text)) >= :sameSender)
                            or (i.received_at >= :since and similarity(i.content_folded, cast(:text as text)) >= :nearIdentical))
                        order by score desc
                        limit 10""")
                .setParameter("text", item.contentFolded())
                .setParameter("phone", item.sender().phoneKey())
                .setParameter("email", item.sender().emailKey())
                .setParameter("id", item.id())
                .setParameter("since", item.receivedAt().minus(Duration.ofDays(config.windowDays())))
                .setParameter("sameSender", config.sameSenderSimilarity())
                .setParameter("nearIdentical", config.nearIdenticalSimilarity())
                .getResultList();
        for (Object[] row : rows) {
            boolean sameSender = Boolean.TRUE.equals(row[2]);
            entityManager.persist(new DuplicateCandidate(item.id(), (UUID) row[0],
                    sameSender ? DuplicateCandidate.Reason.SAME_SENDER : DuplicateCandidate.Reason.NEAR_IDENTICAL,
                    ((Number) row[1]).doubleValue(), DuplicateCandidate.State.SUSPECTED, clock.instant()));
        }
    }

    /** The candidates recorded for an item, either way round. */
    public List<DuplicateCandidate> candidates(UUID itemId) {
        return entityManager.createQuery("""
                        from DuplicateCandidate where key.itemId = :id or key.candidateId = :id
                        order by similarity desc""", DuplicateCandidate.class)
                .setParameter("id", itemId).getResultList();
    }

    /** Staff confirm two items are about the same thing; both stay open. */
    @Transactional
    public DuplicateCandidate link(UUID itemId, UUID otherId) {
        items.require(itemId);
        items.require(otherId);
        if (itemId.equals(otherId)) {
            throw new ConflictException("duplicate.invalid-merge", itemId);
        }
        DuplicateCandidate candidate = find(itemId, otherId);
        if (candidate == null) {
            candidate = new DuplicateCandidate(itemId, otherId, DuplicateCandidate.Reason.LINKED_BY_STAFF, 0,
                    DuplicateCandidate.State.LINKED, clock.instant());
            entityManager.persist(candidate);
        } else {
            candidate.decide(DuplicateCandidate.State.LINKED);
        }
        return candidate;
    }

    @Transactional
    public DuplicateCandidate dismiss(UUID itemId, UUID otherId) {
        DuplicateCandidate candidate = find(itemId, otherId);
        if (candidate == null) {
            throw new vn.tthc.feedback.NotFoundException("duplicate", itemId + "/" + otherId);
        }
        candidate.decide(DuplicateCandidate.State.DISMISSED);
        return candidate;
    }

    /** Closes an item as a duplicate of another; the merge is in its audit trail. */
    @Transactional
    public FeedbackItem merge(UUID itemId, UUID intoId, String note, Actor actor, Long expectedVersion) {
        FeedbackItem item = items.require(itemId);
        vn.tthc.feedback.StaleVersionException.check(itemId, expectedVersion, item.version());
        FeedbackItem primary = items.require(intoId);
        item.mergeInto(primary, note, actor, Moment.now(clock));
        DuplicateCandidate candidate = find(itemId, intoId);
        if (candidate == null) {
            entityManager.persist(new DuplicateCandidate(itemId, intoId, DuplicateCandidate.Reason.LINKED_BY_STAFF, 0,
                    DuplicateCandidate.State.MERGED, clock.instant()));
        } else {
            candidate.decide(DuplicateCandidate.State.MERGED);
        }
        return item;
    }

    private DuplicateCandidate find(UUID a, UUID b) {
        return entityManager.createQuery("""
                        from DuplicateCandidate where (key.itemId = :a and key.candidateId = :b)
                        or (key.itemId = :b and key.candidateId = :a)""", DuplicateCandidate.class)
                .setParameter("a", a).setParameter("b", b).getResultStream().findFirst().orElse(null);
    }
}
