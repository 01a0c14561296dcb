package vn.tthc.reporting;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.tthc.local.ConsumerGroups;
import vn.tthc.local.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Sends records to the test broker as other services would: CloudEvents attributes in ce_* headers. */
public final class TestKafka {

    private static KafkaProducer<String, String> producer;

    private TestKafka() {
    }

    public static String bootstrapServers() {
        return TestInfrastructure.get().kafka().bootstrapServers();
    }

    /** A CloudEvent in binary mode, with a fresh ce_id. */
    public static ProducerRecord<String, String> cloudEvent(String topic, String key, String type, String source,
                                                            String subject, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", source);
        header(record, "ce_subject", subject);
        header(record, "ce_time", "2025-03-10T01:00:00Z");
        header(record, "content-type", "application/json; charset=utf-8");
        return record;
    }

    /** Waits until reporting-service's consumer group has read and acknowledged everything sent to the topic so far. */
    public static void awaitConsumedToEnd(String topic) {
        ConsumerGroups.awaitConsumedToEnd(bootstrapServers(), "reporting-service", topic, Duration.ofSeconds(30));
    }

    public static void send(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + record.topic(), e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()),
                    new StringSerializer(), new StringSerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close));
        }
        return producer;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
