package vn.tthc.local;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Starts the whole stack as the run command does (the launcher in its own JVM, which starts PostgreSQL,
 * Kafka, Keycloak and the three packaged services) and drives the cross-service flow over HTTP with real
 * tokens from Keycloak: demo staff through the password grant, the integration client through client
 * credentials.
 */
class LocalStackEndToEndTest {

    @TempDir
    Path data;

    private final List<Process> launched = new ArrayList<>();
    private final int postgresPort = Ports.free();
    private final int kafkaPort = Ports.free();
    private final int controllerPort = Ports.free();
    private final int planPort = Ports.free();
    private final int reportingPort = Ports.free();
    private final int feedbackPort = Ports.free();
    private final int keycloakPort = Ports.free();

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : launched) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aTaskCompletedInPlanServiceShowsInReportingAndTheDataSurvivesARestart() throws Exception {
        Process first = launch("first");
        awaitUp(first, "first");

        String plan = "http://localhost:" + planPort;
        String reporting = "http://localhost:" + reportingPort;
        for (int port : new int[]{planPort, reportingPort, feedbackPort}) {
            given().get("http://localhost:" + port + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().get("http://localhost:" + port + "/q/swagger-ui/").then().statusCode(200);
            given().get("http://localhost:" + port + "/units/ST-UBND").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        }

        KeycloakTokens tokens = new KeycloakTokens("http://localhost:" + keycloakPort + "/realms/tthc");
        String administrator = tokens.password("admin.tinh", "demo");
        String planner = tokens.password("vanphong.skhcn", "demo");
        String officer = tokens.password("canbo.qlkh", "demo");
        String otherOfficer = tokens.password("canbo.khtc", "demo");
        String integration = tokens.clientCredentials("integration", "integration-local-secret");

        // The demo tree (loaded on the first start) has the department ST-SKHCN and its division ST-SKHCN-QLKH.
        given().auth().oauth2(administrator).get(plan + "/units/ST-SKHCN-QLKH").then().statusCode(200);
        int completedBefore = given().auth().oauth2(integration).queryParam("unitCode", "ST-SKHCN-QLKH")
                .get(reporting + "/aggregates/task-completions").then().statusCode(200).extract().path("completed");

        String planId = given().auth().oauth2(planner).contentType(ContentType.JSON)
                .body("{\"title\":\"Kế hoạch kiểm soát TTHC năm 2025 (E2E)\",\"issuingUnitCode\":\"ST-SKHCN\"}")
                .post(plan + "/plans").then().statusCode(201).extract().path("id");
        String taskId = given().auth().oauth2(planner).contentType(ContentType.JSON)
                .body("{\"label\":\"1\",\"content\":\"Công bố thủ tục hành chính\",\"leadUnitCode\":\"ST-SKHCN-QLKH\",\"dueDate\":\"2025-03-31\"}")
                .post(plan + "/plans/{id}/tasks", planId).then().statusCode(201).extract().path("id");

        given().auth().oauth2(otherOfficer).contentType(ContentType.JSON).body("{\"completedOn\":\"2025-03-20\"}")
                .post(plan + "/tasks/{id}/completion", taskId).then().statusCode(403);
        long completedAt = System.nanoTime();
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"completedOn\":\"2025-03-20\"}")
                .post(plan + "/tasks/{id}/completion", taskId).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(integration).queryParam("unitCode", "ST-SKHCN-QLKH").get(reporting + "/aggregates/task-completions")
                        .then().statusCode(200).body("completed", equalTo(completedBefore + 1)));
        System.out.printf("[e2e] task completion visible in reporting-service after %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - completedAt));

        Process second = launch("port-taken");
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(2);
        assertThat(output("port-taken")).contains("Port " + postgresPort + " (PostgreSQL) is already in use")
                .contains("TTHC_POSTGRES_PORT=<port>");

        List<ProcessHandle> children = first.descendants().toList();
        assertThat(children).hasSizeGreaterThanOrEqualTo(4);
        first.destroy();
        assertThat(first.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(output("first")).contains("Stopped.");
        for (int port : new int[]{postgresPort, kafkaPort, planPort, reportingPort, feedbackPort, keycloakPort}) {
            assertThat(Ports.isFree(port)).as("port %d released", port).isTrue();
        }
        assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();

        Process again = launch("again");
        awaitUp(again, "again");
        // Keycloak kept its realm and users in PostgreSQL: the same demo users sign in again.
        given().auth().oauth2(tokens.password("canbo.qlkh", "demo")).get(plan + "/tasks/{id}", taskId)
                .then().statusCode(200).body("status", equalTo("DONE"));
        given().auth().oauth2(tokens.clientCredentials("integration", "integration-local-secret"))
                .queryParam("unitCode", "ST-SKHCN-QLKH").get(reporting + "/aggregates/task-completions")
                .then().statusCode(200).body("completed", equalTo(completedBefore + 1));
    }

    private Process launch(String name) throws IOException {
        List<String> command = List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-DTTHC_ROOT=" + System.getProperty("tthc.root"),
                "-DTTHC_DATA_DIR=" + data,
                "-DTTHC_POSTGRES_PORT=" + postgresPort,
                "-DTTHC_KAFKA_PORT=" + kafkaPort,
                "-DTTHC_KAFKA_CONTROLLER_PORT=" + controllerPort,
                "-DPLAN_PORT=" + planPort,
                "-DREPORTING_PORT=" + reportingPort,
                "-DFEEDBACK_PORT=" + feedbackPort,
                "-DTTHC_KEYCLOAK_PORT=" + keycloakPort,
                LocalStackLauncher.class.getName());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(outputFile(name).toFile())
                .start();
        launched.add(process);
        return process;
    }

    private void awaitUp(Process process, String name) {
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("the stack stopped while starting:\n" + output(name));
            }
            return output(name).contains("All services are up");
        });
    }

    private Path outputFile(String name) {
        return data.getParent().resolve(data.getFileName() + "-" + name + ".out");
    }

    private String output(String name) throws IOException {
        Path file = outputFile(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
