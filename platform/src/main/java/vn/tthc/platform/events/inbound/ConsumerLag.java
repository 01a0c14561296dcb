package vn.tthc.platform.events.inbound;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * How far each of the service's consumer groups is behind on each topic it reads: the records on the topic after
 * the group's committed offset, summed over the partitions ({@code tthc.kafka.consumer.lag}, labels {@code group}
 * and {@code topic}). Read from Kafka every {@code tthc.kafka.lag-interval}, not at each scrape.
 */
@Startup
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);

    private final Map<String, Object> kafkaConfig;
    private final Map<List<String>, AtomicLong> lags = new ConcurrentHashMap<>();
    private Admin admin;

    public ConsumerLag(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, MeterRegistry registry) {
        this.kafkaConfig = kafkaConfig;
        for (KafkaChannels.Incoming channel : KafkaChannels.read(ConfigProvider.getConfig()).byName().values()) {
            for (String topic : channel.topics()) {
                AtomicLong lag = lags.computeIfAbsent(List.of(channel.group(), topic), key -> new AtomicLong());
                Gauge.builder("tthc.kafka.consumer.lag", lag, AtomicLong::get)
                        .description("Records on the topic the consumer group has not yet processed (committed)")
                        .tag("group", channel.group()).tag("topic", topic).baseUnit("records").register(registry);
            }
        }
    }

    @Scheduled(every = "${tthc.kafka.lag-interval:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (Exception e) {
            LOG.debugf("Consumer lag not refreshed: %s", e.getMessage());
        }
    }

    /** Reads every group's lag on every topic now. */
    public void refresh() throws Exception {
        for (Map.Entry<List<String>, AtomicLong> entry : lags.entrySet()) {
            entry.getValue().set(lag(entry.getKey().get(0), entry.getKey().get(1)));
        }
    }

    /** The lag of {@code group} on {@code topic} at the last refresh. */
    public long lastLag(String group, String topic) {
        AtomicLong lag = lags.get(List.of(group, topic));
        return lag == null ? 0 : lag.get();
    }

    /** Records on {@code topic} after {@code group}'s committed offsets (after the start, where it committed none). */
    public long lag(String group, String topic) throws Exception {
        Admin client = admin();
        List<TopicPartition> partitions = client.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        var ends = client.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get(10, TimeUnit.SECONDS);
        var starts = client.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest())))
                .all().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata at = committed.get(partition);
            long from = at == null ? starts.get(partition).offset() : at.offset();
            lag += Math.max(0, ends.get(partition).offset() - from);
        }
        return lag;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    config.put(key, value);
                }
            });
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, ConfigProvider.getConfig()
                    .getOptionalValue("quarkus.application.name", String.class).orElse("tthc") + "-lag");
            admin = Admin.create(config);
        }
        return admin;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        synchronized (this) {
            if (admin != null) {
                admin.close(java.time.Duration.ofSeconds(2));
                admin = null;
            }
        }
    }
}
