package vn.tthc.platform.events.inbound;

import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The service's incoming Kafka channels as its configuration names them: topic, consumer group, dead-letter topic. */
public record KafkaChannels(Map<String, Incoming> byName) {

    private static final Pattern CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    /** One incoming channel. {@code deadLetterTopic} is null when its failures do not go to a dead-letter topic. */
    public record Incoming(String channel, List<String> topics, String group, String deadLetterTopic) {
    }

    public static KafkaChannels read(Config config) {
        Map<String, Incoming> channels = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = CONNECTOR.matcher(name);
            if (!matcher.matches() || !"smallrye-kafka".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                continue;
            }
            String channel = matcher.group(1);
            String prefix = "mp.messaging.incoming." + channel + ".";
            List<String> topics = new ArrayList<>();
            config.getOptionalValue(prefix + "topics", String.class).ifPresentOrElse(list -> {
                for (String topic : list.split(",")) {
                    if (!topic.isBlank()) {
                        topics.add(topic.trim());
                    }
                }
            }, () -> topics.add(config.getOptionalValue(prefix + "topic", String.class).orElse(channel)));
            String group = config.getOptionalValue(prefix + "group.id", String.class)
                    .or(() -> config.getOptionalValue("kafka.group.id", String.class))
                    .or(() -> config.getOptionalValue("quarkus.application.name", String.class)).orElse(channel);
            String deadLetterTopic = "dead-letter-queue".equals(config.getOptionalValue(prefix + "failure-strategy", String.class).orElse(""))
                    ? config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class).orElse("dead-letter-topic-" + topics.get(0))
                    : null;
            channels.put(channel, new Incoming(channel, List.copyOf(topics), group, deadLetterTopic));
        }
        return new KafkaChannels(Map.copyOf(channels));
    }

    public Incoming channel(String name) {
        Incoming channel = byName.get(name);
        if (channel == null) {
            throw new IllegalArgumentException("No incoming Kafka channel " + name);
        }
        return channel;
    }
}
