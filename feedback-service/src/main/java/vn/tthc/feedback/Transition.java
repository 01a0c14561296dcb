package vn.tthc.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of an item's audit trail: what was done, by whom (subject and readable name), for which unit, when,
 * and why. Never changed.
 */
@Entity
@Table(name = "feedback_transition")
public class Transition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ItemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ItemStatus toStatus;

    /** The subject of the token that made the change ("system" for the service itself). */
    private String actor;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "actor_unit")
    private String actorUnit;

    @Column(nullable = false)
    private Instant at;

    private String note;

    protected Transition() {
    }

    Transition(Action action, ItemStatus fromStatus, ItemStatus toStatus, Actor actor, Instant at, String note) {
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor == null ? null : actor.id();
        this.actorName = actor == null ? null : actor.name();
        this.actorUnit = actor == null ? null : actor.unitCode();
        this.at = at;
        this.note = note;
    }

    public Long id() {
        return id;
    }

    public Action action() {
        return action;
    }

    public ItemStatus fromStatus() {
        return fromStatus;
    }

    public ItemStatus toStatus() {
        return toStatus;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public String actorUnit() {
        return actorUnit;
    }

    public Instant at() {
        return at;
    }

    public String note() {
        return note;
    }
}
