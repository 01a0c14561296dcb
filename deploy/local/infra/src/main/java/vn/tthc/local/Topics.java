package vn.tthc.local;

import java.util.List;

/**
 * Every topic the services use. In Kubernetes each has a KafkaTopic resource; locally the stack creates
 * them before the services start (automatic topic creation is off, as in production).
 */
public final class Topics {

    public static final List<TopicSpec> ALL = List.of(
            TopicSpec.events("plan.events"),
            TopicSpec.events("plan.events.dlt"),
            TopicSpec.compacted("plan.units"),
            TopicSpec.events("plan.units.dlt"),
            TopicSpec.events("reporting.events"),
            TopicSpec.events("reporting.events.dlt"),
            TopicSpec.events("feedback.events"),
            TopicSpec.events("feedback.events.dlt"),
            TopicSpec.compacted("feedback.calendar"),
            TopicSpec.events("feedback.calendar.dlt"));

    private Topics() {
    }
}
