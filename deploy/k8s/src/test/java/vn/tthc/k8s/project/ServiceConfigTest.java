package vn.tthc.k8s.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tthc.k8s.Overlays;

class ServiceConfigTest {

    @Test
    void reads_reporting_services_channels_groups_and_dead_letter_topics() {
        ServiceConfig reporting = ServiceConfig.read(Overlays.ROOT.resolve("reporting-service"));
        assertThat(reporting.name()).isEqualTo("reporting-service");
        assertThat(reporting.httpPort()).isEqualTo(8082);
        assertThat(reporting.managementPort()).isEqualTo(9000);
        assertThat(reporting.requiredSecretVariables()).containsExactly("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_OIDC_CREDENTIALS_SECRET");
        assertThat(reporting.database()).isEqualTo("reporting");
        assertThat(reporting.consumedTopics()).contains("plan.events", "plan.units");
        assertThat(reporting.deadLetterTopics()).contains("plan.events.dlt");
        assertThat(reporting.consumerGroups()).containsExactly("reporting-service");
        assertThat(reporting.producedTopics()).contains("reporting.events");
    }

    @Test
    void topics_an_outbox_routes_to_by_an_event_constant_count_as_produced() {
        assertThat(ServiceConfig.read(Overlays.ROOT.resolve("plan-service")).producedTopics()).contains("plan.events", "plan.units");
        assertThat(ServiceConfig.read(Overlays.ROOT.resolve("feedback-service")).producedTopics()).contains("feedback.calendar");
        assertThat(ServiceConfig.read(Overlays.ROOT.resolve("feedback-service")).requiredSecretVariables()).contains("TTHC_FEEDBACK_LOOKUP_SECRET_KEY");
    }

    @Test
    void applies_the_connectors_defaults_and_ignores_profiles(@TempDir Path dir) throws IOException {
        Path service = dir.resolve("x-service");
        Files.createDirectories(service.resolve("src/main/resources"));
        Files.writeString(service.resolve("src/main/resources/application.properties"), """
                quarkus.application.name=x
                quarkus.datasource.jdbc.url=jdbc:postgresql://db:5432/xdb?sslmode=require
                mp.messaging.incoming.a.connector=smallrye-kafka
                mp.messaging.incoming.a.failure-strategy=dead-letter-queue
                mp.messaging.incoming.b.connector=smallrye-kafka
                mp.messaging.incoming.b.topics=t1, t2
                mp.messaging.incoming.b.group.id=g
                mp.messaging.incoming.c.connector=smallrye-amqp
                %test.mp.messaging.incoming.d.connector=smallrye-kafka
                """);
        ServiceConfig config = ServiceConfig.read(service);
        assertThat(config.consumedTopics()).containsExactly("a", "t1", "t2");
        assertThat(config.consumerGroups()).containsExactly("g", "x");
        assertThat(config.deadLetterTopics()).containsExactly("dead-letter-topic-a");
        assertThat(config.database()).isEqualTo("xdb");
        assertThat(ServiceConfig.hostOf("jdbc:postgresql://db:5432/xdb")).isEqualTo("db");
    }
}
