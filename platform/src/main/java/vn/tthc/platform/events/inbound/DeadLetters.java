package vn.tthc.platform.events.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import vn.tthc.platform.events.outbox.OutboxRelay;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Records a consumer could not apply, on their topic's dead-letter topic ({@code <topic>.dlt}), counted in
 * {@code tthc.events.dead.lettered} (labels {@code group} and {@code topic}, the topic read). A consumer that applies
 * records one at a time lets the messaging layer's dead-letter strategy send the record and only counts it here
 * ({@link #counted}); a consumer that applies a batch sends the records it could not apply itself ({@link #send}),
 * with the headers the messaging layer would write, so the rest of the batch is applied.
 */
@Startup
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaClientService kafka;
    private final MeterRegistry registry;
    private final KafkaChannels channels = KafkaChannels.read(ConfigProvider.getConfig());
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public DeadLetters(KafkaClientService kafka, MeterRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
        for (KafkaChannels.Incoming channel : channels.byName().values()) {
            if (channel.deadLetterTopic() != null) {
                channel.topics().forEach(topic -> counter(channel.group(), topic));
            }
        }
    }

    /**
     * Sends the record to the dead-letter topic of the channel it was read on, and waits for Kafka's acknowledgement:
     * the consumer commits its offset only once the record is safe there.
     *
     * @throws IllegalStateException when Kafka does not acknowledge it (the consumer's batch then fails as a whole)
     */
    public void send(String channelName, ConsumerRecord<String, String> record, Throwable reason) {
        KafkaChannels.Incoming channel = channels.channel(channelName);
        String topic = channel.deadLetterTopic() == null ? record.topic() + ".dlt" : channel.deadLetterTopic();
        Headers headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        header(headers, "dead-letter-reason", String.valueOf(reason.getMessage()));
        header(headers, "dead-letter-exception-class-name", reason.getClass().getName());
        if (reason.getCause() != null) {
            header(headers, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
        }
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", String.valueOf(record.partition()));
        header(headers, "dead-letter-offset", String.valueOf(record.offset()));
        try {
            kafka.<String, String>getProducer(OutboxRelay.CHANNEL).unwrap()
                    .send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send " + record.topic() + "@" + record.partition() + ":" + record.offset()
                    + " to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        counted(channelName, record);
        LOG.warnf("%s@%d:%d went to %s: %s", record.topic(), record.partition(), record.offset(), topic, reason.getMessage());
    }

    /**
     * Applies a record read on {@code channel} one at a time; when that fails, counts the record, which the
     * messaging layer's dead-letter strategy then sends to the dead-letter topic.
     */
    public void counting(String channelName, ConsumerRecord<?, ?> record, Runnable apply) {
        try {
            apply.run();
        } catch (RuntimeException e) {
            counted(channelName, record);
            throw e;
        }
    }

    /** Counts a record of the channel that goes to the dead-letter topic. */
    public void counted(String channelName, ConsumerRecord<?, ?> record) {
        counter(channels.channel(channelName).group(), record.topic()).increment();
    }

    private Counter counter(String group, String topic) {
        return counters.computeIfAbsent(group + '\u0000' + topic, key -> Counter.builder("tthc.events.dead.lettered")
                .description("Records a consumer could not apply and sent to the topic's dead-letter topic")
                .tag("group", group).tag("topic", topic).register(registry));
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
