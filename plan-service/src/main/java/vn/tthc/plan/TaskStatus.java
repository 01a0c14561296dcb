package vn.tthc.plan;

public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED
}
