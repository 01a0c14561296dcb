package vn.tthc.plan;

/** What a recorded change did (see {@link ChangeRecord}). */
public enum ChangeAction {
    PLAN_CREATED,
    PLAN_IMPORTED,
    PLAN_EDITED,
    PLAN_AMENDED,
    PLAN_ISSUED,
    PLAN_CLOSED,
    SECTION_ADDED,
    TASK_ADDED,
    PROGRESS_RECORDED,
    TASK_REOPENED,
    TASK_ASSIGNED,
    TASK_REGIME_LINKED,
    DOCUMENT_UPLOADED,
    UNIT_SAVED,
    UNIT_REMOVED
}
