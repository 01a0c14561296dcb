package vn.tthc.k8s.project;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's own configuration says it needs from the platform, read from its
 * {@code src/main/resources/application.properties} (profile-less keys only) and its event classes: the Kafka
 * topics it consumes (and with which consumer group), the topics it produces to (outgoing channels, and the
 * {@code TOPIC} constants of event records that the outbox relay routes to another topic, such as a compacted
 * reference-data topic), the dead-letter topics its consumers write to, its HTTP and management ports, its database,
 * and the secrets production must give it ({@code tthc.secrets.required}: it refuses to start without them).
 */
public record ServiceConfig(String name, int httpPort, int managementPort, String database, Set<String> consumedTopics,
        Set<String> producedTopics, Set<String> deadLetterTopics, Set<String> consumerGroups, List<String> requiredSecrets) {

    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("\\bString\\s+TOPIC\\s*=\\s*\"([^\"]+)\"");

    /** The environment variables of the required secrets ({@code quarkus.datasource.password} → {@code QUARKUS_DATASOURCE_PASSWORD}). */
    public List<String> requiredSecretVariables() {
        return requiredSecrets.stream().map(p -> p.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT)).toList();
    }

    /** Every topic the service touches. */
    public Set<String> allTopics() {
        Set<String> all = new TreeSet<>(consumedTopics);
        all.addAll(producedTopics);
        all.addAll(deadLetterTopics);
        return Collections.unmodifiableSet(all);
    }

    /** Topics the service writes to: its own and the dead-letter topics. */
    public Set<String> writtenTopics() {
        Set<String> written = new TreeSet<>(producedTopics);
        written.addAll(deadLetterTopics);
        return Collections.unmodifiableSet(written);
    }

    public static ServiceConfig read(Path serviceDirectory) {
        Properties properties = load(serviceDirectory.resolve("src/main/resources/application.properties"));
        String name = properties.getProperty("quarkus.application.name", serviceDirectory.getFileName().toString());
        Set<String> consumed = new TreeSet<>();
        Set<String> produced = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher channel = CHANNEL.matcher(key);
            if (!channel.matches() || !"smallrye-kafka".equals(properties.getProperty(key).trim())) {
                continue;
            }
            String prefix = "mp.messaging." + channel.group(1) + "." + channel.group(2) + ".";
            List<String> topics = topics(properties, prefix, channel.group(2));
            if (channel.group(1).equals("outgoing")) {
                produced.addAll(topics);
                continue;
            }
            consumed.addAll(topics);
            groups.add(first(properties, prefix + "group.id", "kafka.group.id", "quarkus.application.name"));
            if ("dead-letter-queue".equals(properties.getProperty(prefix + "failure-strategy", "").trim())) {
                for (String topic : topics) {
                    deadLetters.add(properties.getProperty(prefix + "dead-letter-queue.topic", "dead-letter-topic-" + topic).trim());
                }
            }
        }
        produced.addAll(topicConstants(serviceDirectory.resolve("src/main/java")));
        List<String> secrets = new ArrayList<>();
        for (String secret : properties.getProperty("tthc.secrets.required", "").split(",")) {
            if (!secret.isBlank()) {
                secrets.add(secret.trim());
            }
        }
        int management = "true".equals(properties.getProperty("quarkus.management.enabled", "false").trim())
                ? Integer.parseInt(properties.getProperty("quarkus.management.port", "9000").trim()) : 0;
        return new ServiceConfig(name, Integer.parseInt(properties.getProperty("quarkus.http.port", "8080").trim()), management,
                databaseOf(properties.getProperty("quarkus.datasource.jdbc.url", "")), Collections.unmodifiableSet(consumed),
                Collections.unmodifiableSet(produced), Collections.unmodifiableSet(deadLetters), Collections.unmodifiableSet(groups),
                List.copyOf(secrets));
    }

    /** The database name of a PostgreSQL JDBC URL ({@code jdbc:postgresql://host:port/name?options}). */
    public static String databaseOf(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            return "";
        }
        String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        return path == null ? "" : path.replaceFirst("^/", "");
    }

    /** The host of a PostgreSQL JDBC URL. */
    public static String hostOf(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:") ? String.valueOf(URI.create(jdbcUrl.substring("jdbc:".length())).getHost()) : "";
    }

    private static List<String> topics(Properties properties, String prefix, String channel) {
        String list = properties.getProperty(prefix + "topics");
        if (list != null) {
            List<String> topics = new ArrayList<>();
            for (String topic : list.split(",")) {
                if (!topic.isBlank()) {
                    topics.add(topic.trim());
                }
            }
            return topics;
        }
        if (properties.containsKey(prefix + "pattern") && Boolean.parseBoolean(properties.getProperty(prefix + "pattern").trim())) {
            throw new IllegalStateException(prefix + "pattern: topic patterns cannot be checked against KafkaTopics");
        }
        return List.of(properties.getProperty(prefix + "topic", channel).trim());
    }

    private static String first(Properties properties, String... keys) {
        for (String key : keys) {
            String value = properties.getProperty(key);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return "";
    }

    private static Set<String> topicConstants(Path sources) {
        Set<String> topics = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return topics;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher matcher = TOPIC_CONSTANT.matcher(Files.readString(file));
                while (matcher.find()) {
                    topics.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("%")).forEach(properties::remove);
        return properties;
    }
}
