package vn.tthc.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What a service's consumer group has read, for tests that must know a record was consumed before asserting
 * that it changed nothing: a group has consumed everything sent so far when its committed offset on every
 * partition of the topic has reached the partition's end offset, taken after the sends. A marker record under
 * another key proves nothing on a topic with several partitions: it can be read before the record under test.
 *
 * <p>The services commit an offset only after the record's processing (its transaction included) is done.
 */
public final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /**
     * Waits until {@code group} has committed, on every partition of {@code topic}, the end offset the topic has
     * now; fails with the offsets that are behind after the timeout.
     */
    public static void awaitConsumedToEnd(String bootstrapServers, String group, String topic, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Map<TopicPartition, Long> ends = endOffsets(admin, topic);
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<TopicPartition, Long> behind;
            do {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                behind = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    OffsetAndMetadata offset = committed.get(end.getKey());
                    long at = offset == null ? 0 : offset.offset();
                    if (at < end.getValue()) {
                        behind.put(end.getKey(), at);
                    }
                }
                if (behind.isEmpty()) {
                    return;
                }
                Thread.sleep(100);
            } while (System.nanoTime() < deadline);
            Map<TopicPartition, Long> late = behind;
            throw new AssertionError("consumer group " + group + " has not consumed " + topic + " to its end within "
                    + timeout.toSeconds() + " s; committed vs end: " + late.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue() + "/" + ends.get(e.getKey())).collect(Collectors.joining(", ")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("could not read the offsets of " + group + " on " + topic, e);
        }
    }

    /** The end offset of each partition of {@code topic} now. */
    public static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(topic).partitions();
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(
                p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }
}
