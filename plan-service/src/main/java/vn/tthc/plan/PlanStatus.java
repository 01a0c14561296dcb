package vn.tthc.plan;

/** A plan is drafted, then issued (signed), then closed at the end of its period. */
public enum PlanStatus {
    DRAFT, ISSUED, CLOSED
}
