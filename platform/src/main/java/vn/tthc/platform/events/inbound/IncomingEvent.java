package vn.tthc.platform.events.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/** A CloudEvent read from Kafka in binary mode: attributes in {@code ce_*} headers, JSON data in the value. */
public record IncomingEvent(String id, String type, String source, String subject, String data) {

    /**
     * @throws UnreadableEventException when the record lacks the attributes every event must carry
     */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new UnreadableEventException("missing ce_id or ce_type header at " + record.topic() + "/"
                    + record.partition() + "@" + record.offset());
        }
        if (record.value() == null) {
            throw new UnreadableEventException("event " + id + " has no data");
        }
        return new IncomingEvent(id, type, header(record, "ce_source"), header(record, "ce_subject"), record.value());
    }

    /**
     * Whether a reference-data record is of the type expected on its topic: a record without {@code ce_type}
     * is taken to be, one with another type (a later version) is left to the consumer that knows it.
     */
    public static boolean hasType(ConsumerRecord<String, String> record, String expectedType) {
        String type = header(record, "ce_type");
        return type == null || type.equals(expectedType);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
