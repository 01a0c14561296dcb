package vn.tthc.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.tthc.feedback.Caller;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.feedback.DuplicateCandidate;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.feedback.ItemAction;
import vn.tthc.feedback.Moment;
import vn.tthc.feedback.config.FeedbackConfig;
import vn.tthc.feedback.access.ItemAccess;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Likely duplicates, by PostgreSQL trigram similarity on the folded title and content: the same sender
 * (phone or email) with similar content, or near-identical content received within the window. Staff then
 * link the two (both stay open), dismiss the suspicion or merge the new one into the other: they must be allowed
 * to classify the item acted on and to see the other ({@link ItemAccess}); each decision keeps who made it.
 */
@ApplicationScoped
public class DuplicateService {

    private final EntityManager entityManager;
    private final ItemAccess access;
    private final FeedbackConfig.Duplicates config;
    private final Clock clock;

    public DuplicateService(EntityManager entityManager, ItemAccess access, FeedbackConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.access = access;
        this.config = config.duplicates();
        this.clock = clock;
    }

    /** Records the likely duplicates of a newly received item (in the intake's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flag(FeedbackItem item) {
        // The candidates come from indexes: the sender's keys, and the trigram index through the % operator (whose
        // threshold, set for this transaction just below the near-identical similarity, keeps every row the exact
        // test below accepts). similarity() alone cannot use an index, so every intake compared its text with every
        // item of the window: PostgreSQL's CPU per intake grew with the number of items (the bench's profile).
        entityManager.createNativeQuery("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
                .setParameter("threshold", String.valueOf(Math.max(0, config.nearIdenticalSimilarity() - 0.001)))
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        with candidates as (
                            select c.id from feedback_item c
                            where c.sender_phone_key = cast(:phone as varchar) or c.sender_email_key = cast(:email as varchar)
                            union
                            select c.id from feedback_item c
                            where c.received_at >= :since and c.content_folded % cast(:text as text))
                        select i.id, similarity(i.content_folded, cast(:text as text)) as score,
                               ((cast(:phone as varchar) is not null and i.sender_phone_key = cast(:phone as varchar))
                                 or (cast(:email as varchar) is not null and i.sender_email_key = cast(:email as varchar))) as same_sender
                        from feedback_item i join candidates on candidates.id = i.id
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
    public DuplicateCandidate link(UUID itemId, UUID otherId, Caller caller) {
        access.require(itemId, caller, ItemAction.CLASSIFY);
        access.require(otherId, caller, ItemAction.READ);
        if (itemId.equals(otherId)) {
            throw new ConflictException("duplicate.invalid-merge", itemId);
        }
        return decide(itemId, otherId, DuplicateCandidate.State.LINKED, caller);
    }

    @Transactional
    public DuplicateCandidate dismiss(UUID itemId, UUID otherId, Caller caller) {
        access.require(itemId, caller, ItemAction.CLASSIFY);
        access.require(otherId, caller, ItemAction.READ);
        DuplicateCandidate candidate = find(itemId, otherId);
        if (candidate == null) {
            throw new vn.tthc.platform.errors.NotFoundException("duplicate", itemId + "/" + otherId);
        }
        candidate.decide(DuplicateCandidate.State.DISMISSED, caller.actor(), clock.instant());
        return candidate;
    }

    /** Closes an item as a duplicate of another; the merge is in its audit trail. */
    @Transactional
    public FeedbackItem merge(UUID itemId, UUID intoId, String note, Caller caller, Long expectedVersion) {
        FeedbackItem item = access.require(itemId, caller, ItemAction.CLASSIFY);
        vn.tthc.platform.errors.StaleVersionException.check(itemId, expectedVersion, item.version());
        FeedbackItem primary = access.require(intoId, caller, ItemAction.READ);
        item.mergeInto(primary, note, caller.actor(), Moment.now(clock));
        decide(itemId, intoId, DuplicateCandidate.State.MERGED, caller);
        return item;
    }

    /** Records staff's decision about the pair, creating the pair when staff linked it themselves. */
    private DuplicateCandidate decide(UUID itemId, UUID otherId, DuplicateCandidate.State state, Caller caller) {
        DuplicateCandidate candidate = find(itemId, otherId);
        if (candidate == null) {
            candidate = new DuplicateCandidate(itemId, otherId, DuplicateCandidate.Reason.LINKED_BY_STAFF, 0, state,
                    clock.instant());
            entityManager.persist(candidate);
        }
        candidate.decide(state, caller.actor(), clock.instant());
        return candidate;
    }

    private DuplicateCandidate find(UUID a, UUID b) {
        return entityManager.createQuery("""
                        from DuplicateCandidate where (key.itemId = :a and key.candidateId = :b)
                        or (key.itemId = :b and key.candidateId = :a)""", DuplicateCandidate.class)
                .setParameter("a", a).setParameter("b", b).getResultStream().findFirst().orElse(null);
    }
}
