package vn.tthc.local;

import java.util.Map;

/** A topic the local stack creates, with its partition count and topic-level configuration. */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

    public static TopicSpec events(String name) {
        return new TopicSpec(name, 3, Map.of("retention.ms", String.valueOf(30L * 24 * 3600 * 1000)));
    }

    public static TopicSpec compacted(String name) {
        return new TopicSpec(name, 3, Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "0"));
    }
}
