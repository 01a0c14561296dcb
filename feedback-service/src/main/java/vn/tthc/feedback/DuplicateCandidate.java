package vn.tthc.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Another item that a new item probably repeats, as found on intake, and what staff decided about it. */
@Entity
@Table(name = "duplicate_candidate")
public class DuplicateCandidate {

    public enum Reason {
        /** From the same sender (phone or email) with similar content. */
        SAME_SENDER,
        /** Near-identical content received within the window, from anyone. */
        NEAR_IDENTICAL,
        /** Linked by staff. */
        LINKED_BY_STAFF
    }

    public enum State {
        /** Found on intake; nobody has looked yet. */
        SUSPECTED,
        /** Staff confirmed the two items are about the same thing; both stay open. */
        LINKED,
        /** Staff merged the item into the candidate. */
        MERGED,
        /** Staff found they are not duplicates. */
        DISMISSED
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "item_id")
        UUID itemId;

        @Column(name = "candidate_id")
        UUID candidateId;

        protected Key() {
        }

        Key(UUID itemId, UUID candidateId) {
            this.itemId = itemId;
            this.candidateId = candidateId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && itemId.equals(that.itemId) && candidateId.equals(that.candidateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, candidateId);
        }
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reason reason;

    @Column(nullable = false)
    private float similarity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    /** Who last decided about the pair (linked, dismissed, merged) and when; null while only suspected. */
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_by_unit")
    private String decidedByUnit;

    protected DuplicateCandidate() {
    }

    public DuplicateCandidate(UUID itemId, UUID candidateId, Reason reason, double similarity, State state, Instant foundAt) {
        this.key = new Key(itemId, candidateId);
        this.reason = reason;
        this.similarity = (float) similarity;
        this.state = state;
        this.foundAt = foundAt;
    }

    /** Staff decided about the pair: the decision is kept with who made it and when. */
    public void decide(State state, Actor actor, Instant at) {
        this.state = state;
        this.decidedAt = at;
        this.decidedBy = actor.id();
        this.decidedByName = actor.name();
        this.decidedByUnit = actor.unitCode();
    }

    public UUID itemId() {
        return key.itemId;
    }

    public UUID candidateId() {
        return key.candidateId;
    }

    public Reason reason() {
        return reason;
    }

    public double similarity() {
        return similarity;
    }

    public State state() {
        return state;
    }

    public Instant foundAt() {
        return foundAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public String decidedByUnit() {
        return decidedByUnit;
    }
}
