package vn.tthc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The benchmark: starts the stack as the run command does (or uses the running one), measures the anchors
 * (PostgreSQL's single-row insert rate, Kafka's producer rate) and the system's figures over HTTP in the same run,
 * and writes {@code target/results.json} and {@code target/results.md}. bench/README.md describes each figure.
 */
public final class Bench {

    static final int CLIENTS = 16;
    static final String UNIT = "ST-SKHCN-QLKH";
    static final String DEPARTMENT = "ST-SKHCN";
    static final String[] DOCUMENTS = {
            "soc-trang-dost-tthc-control-plan-2025.txt",
            "soc-trang-province-tthc-control-plan-2024.txt",
            "bac-giang-dost-internal-tthc-review-plan-2022-2025.txt"};

    private final Path root;
    private final Path output;
    private final double scale;
    private final boolean jfr;
    private final Report report = new Report();
    private Stack stack;
    private Api api;
    private Supplier<String> planner;
    private Supplier<String> officer;
    private Supplier<String> leader;
    private Supplier<String> portal;
    private String plan;
    private String reporting;
    private String feedback;

    private Bench(Path root, Path output, double scale, boolean jfr) {
        this.root = root;
        this.output = output;
        this.scale = scale;
        this.jfr = jfr;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = Path.of(System.getProperty("TTHC_ROOT", ".")).toAbsolutePath().normalize();
        Path output = Path.of(System.getProperty("bench.output", root.resolve("bench/target").toString()));
        Files.createDirectories(output);
        Bench bench = new Bench(root, output, Double.parseDouble(System.getProperty("bench.scale", "1.0")),
                Boolean.parseBoolean(System.getProperty("bench.jfr", "false")));
        int status = 0;
        try {
            bench.run("running".equals(System.getProperty("bench.stack", "start")));
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            if (bench.stack != null) {
                log("stopping the stack");
                bench.stack.close();
            }
        }
        System.exit(status);
    }

    private void run(boolean useRunning) throws Exception {
        machine("before");
        if (useRunning) {
            stack = Stack.running(root);
            log("using the running stack (its data is changed: bench plans, tasks, items and 1 M synthetic events)");
        } else {
            log("starting the stack as the run command does, data in " + output.resolve("stack"));
            stack = Stack.start(root, output.resolve("stack"), output);
            log(String.format(Locale.ROOT, "stack ready in %.1f s", stack.launcherSeconds()));
        }
        plan = stack.url("plan-service");
        reporting = stack.url("reporting-service");
        feedback = stack.url("feedback-service");
        api = new Api(stack.realmUrl());
        planner = api.staff("vanphong.skhcn");
        officer = api.staff("canbo.qlkh");
        leader = api.staff("lanhdao.skhcn");
        portal = api.client("portal", "portal-local-secret");
        awaitDemoData();
        Map<String, Double> rssAtStart = rss();

        startRecordings();
        anchors();
        if (runs("reads")) {
            reads();
        }
        if (runs("consolidated")) {
            consolidated(10_000, null);
        }
        if (runs("import")) {
            importPreview();
        }
        if (runs("completions")) {
            completions();
        }
        if (runs("portal")) {
            portalIntake();
        }
        if (runs("relay")) {
            relay();
        }
        if (runs("consolidated")) {
            consolidated(1_000_000, report.lastConsolidated);
        }
        stopRecordings();
        saveMetrics();
        services(rssAtStart);
        machine("after");
        report.write(output);
        System.out.println();
        System.out.println(report.markdown());
        log("written " + output.resolve("results.json") + " and " + output.resolve("results.md"));
    }

    /** Whether the phase is run: every phase unless bench.only names some (the anchors always run). */
    private static boolean runs(String phase) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(phase);
    }

    // ---------------------------------------------------------------- anchors

    private void anchors() throws Exception {
        report.pgInsert = pgInsert();
        report.kafkaProduce = kafkaProduce();
    }

    /** pgbench-style: 16 clients, each its own connection, one single-row insert per transaction (autocommit). */
    private double pgInsert() throws Exception {
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select 1 from pg_database where datname = 'bench'")) {
                if (!rows.next()) {
                    statement.execute("create database bench");
                }
            }
        }
        try (Connection bench = connect("bench"); Statement statement = bench.createStatement()) {
            statement.execute("""
                    create table if not exists bench_insert (id bigint generated always as identity primary key,
                        account integer not null, delta integer not null, note varchar(100), at timestamptz not null default now())""");
            statement.execute("truncate bench_insert");
        }
        ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();
        List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        Load.Call insert = i -> {
            PreparedStatement statement = statements.get();
            if (statement == null) {
                Connection connection = connect("bench");
                opened.add(connection);
                statement = connection.prepareStatement("insert into bench_insert (account, delta, note) values (?, ?, ?)");
                statements.set(statement);
            }
            statement.setInt(1, i % 100_000);
            statement.setInt(2, i % 5000 - 2500);
            statement.setString(3, "bench " + i);
            return statement.executeUpdate() == 1;
        };
        Load.Result result = warmedClosed(CLIENTS, seconds(10), Integer.MAX_VALUE, insert);
        for (Connection connection : opened) {
            connection.close();
        }
        report.plain("pg.insert", result.perSecond(), "tps", Report.num(result.perSecond()) + " tps (16 clients, single-row insert, autocommit; p99 "
                + ms(result.latencies().percentileMillis(99)) + ")", detail(result));
        return result.perSecond();
    }

    /** A producer with the services' outbox producer settings, to a scratch topic like plan.events; records like events. */
    private double kafkaProduce() throws Exception {
        ensureTopic("bench.produce");
        Properties properties = producerSettings();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        int records = (int) (200_000 * scale);
        String payload = eventPayload();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            produce(producer, 20_000, payload);
            long start = System.nanoTime();
            produce(producer, records, payload);
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = records / seconds;
            report.plain("kafka.produce", rate, "records/s", Report.num(rate) + " records/s (" + records + " records of "
                    + payload.length() + " B, 10,000 keys, acknowledged; settings " + settingsText(properties) + ")",
                    Map.of("records", records, "seconds", seconds));
            return rate;
        }
    }

    private static void produce(KafkaProducer<String, String> producer, int records, String payload) throws Exception {
        CountDownLatch done = new CountDownLatch(records);
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (int i = 0; i < records; i++) {
            ProducerRecord<String, String> record = new ProducerRecord<>("bench.produce", "task-" + (i % 10_000), payload);
            record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", "vn.tthc.plan.task.completed.v1".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_source", "/tthc/bench".getBytes(StandardCharsets.UTF_8));
            producer.send(record, (metadata, exception) -> {
                if (exception != null) {
                    failure.compareAndSet(null, exception);
                }
                done.countDown();
            });
        }
        if (!done.await(5, TimeUnit.MINUTES) || failure.get() != null) {
            throw new IllegalStateException("producing failed", failure.get());
        }
    }

    /** The kafka-clients settings of the services' outbox channel: the platform's defaults, then plan-service's. */
    private Properties producerSettings() throws IOException {
        Properties settings = new Properties();
        Set<String> producerKeys = ProducerConfig.configNames();
        for (Path file : List.of(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"),
                root.resolve("plan-service/src/main/resources/application.properties"))) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            for (String name : properties.stringPropertyNames()) {
                String prefix = "mp.messaging.outgoing.outbox.";
                if (name.startsWith(prefix) && producerKeys.contains(name.substring(prefix.length()))
                        && !name.endsWith("serializer")) {
                    settings.put(name.substring(prefix.length()), properties.getProperty(name));
                }
            }
        }
        return settings;
    }

    private static String settingsText(Properties properties) {
        return properties.stringPropertyNames().stream().filter(n -> !n.contains("serializer") && !n.startsWith("bootstrap"))
                .sorted().map(n -> n + "=" + properties.getProperty(n)).collect(Collectors.joining(", "));
    }

    private static String eventPayload() {
        return "{\"taskId\":\"" + UUID.randomUUID() + "\",\"planId\":\"" + UUID.randomUUID() + "\",\"occurrenceId\":null,"
                + "\"label\":\"1\",\"content\":\"Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý\","
                + "\"leadUnitCode\":\"ST-SKHCN-QLKH\",\"dueDate\":\"2025-03-31\",\"effectiveDueDate\":\"2025-03-31\","
                + "\"completedOn\":\"2025-03-28\",\"onTime\":true,\"completedBy\":{\"subject\":\"" + UUID.randomUUID()
                + "\",\"name\":\"Cán bộ Phòng Quản lý khoa học\",\"unit\":\"ST-SKHCN-QLKH\"}}";
    }

    // ---------------------------------------------------------------- reads

    private void reads() throws Exception {
        Load.Result health = warmedClosed(CLIENTS, seconds(8), Integer.MAX_VALUE,
                i -> api.get(plan + "/q/health/live", null).statusCode() == 200);
        String planId = Api.read(Api.expect(api.get(plan + "/plans", planner), 200).body()).path("items").path(0).path("id").asText();
        if (planId.isEmpty()) {
            planId = createPlan("Kế hoạch đọc thử");
        }
        String url = plan + "/plans/" + planId;
        Load.Result reads = warmedClosed(CLIENTS, seconds(8), Integer.MAX_VALUE, i -> ok(api.get(url, planner), 200));
        report.ratio("plan-read.http", reads.perSecond(), "requests/s", Report.num(reads.perSecond()) + "/s, p50 "
                        + ms(reads.latencies().percentileMillis(50)) + ", p99 " + ms(reads.latencies().percentileMillis(99))
                        + " (16 clients, `GET /plans/{id}`)",
                "/q/health/live", health.perSecond(), Report.num(health.perSecond()) + "/s (16 clients; p99 "
                        + ms(health.latencies().percentileMillis(99)) + ")", 0.25, detail(reads));
    }

    // ---------------------------------------------------------------- consolidated report

    /** Brings the synthetic events behind the reporting figures to {@code events} and reads the consolidated report. */
    private void consolidated(int events, Report.Figure at10k) throws Exception {
        long start = System.nanoTime();
        try (Connection db = connect("reporting")) {
            long have;
            try (Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery("select count(*) from processed_event where event_id like 'bench-%'")) {
                rows.next();
                have = rows.getLong(1);
            }
            long chunk = 250_000;
            for (long from = have + 1; from <= events; from += chunk) {
                insertSyntheticEvents(db, from, Math.min(events, from + chunk - 1));
            }
            try (Statement statement = db.createStatement()) {
                statement.execute("vacuum analyze event_figure_day");
                statement.execute("vacuum analyze processed_event");
            }
        }
        double setup = (System.nanoTime() - start) / 1e9;
        String url = reporting + "/regimes/tthc-control/periods/2025-Q1/consolidated";
        Api.expect(api.get(url, leader), 200);
        Load.Result result = warmedClosed(4, seconds(8), Integer.MAX_VALUE, i -> ok(api.get(url, leader), 200));
        double p95 = result.latencies().percentileMillis(95);
        String text = "p95 " + ms(p95) + ", p50 " + ms(result.latencies().percentileMillis(50)) + ", " + Report.num(result.perSecond())
                + "/s (4 clients, 2025-Q1 of tthc-control, " + String.format(Locale.ROOT, "%,d", events) + " events; set up in "
                + String.format(Locale.ROOT, "%.1f s", setup) + ")";
        Map<String, Object> detail = detail(result);
        detail.put("events", events);
        detail.put("setupSeconds", setup);
        if (at10k == null) {
            report.lastConsolidated = report.plain("consolidated.read@10k", p95, "ms", text, detail);
        } else {
            Report.Figure figure = new Report.Figure("consolidated.read@1M", p95, "ms", text, "consolidated.read@10k", at10k.value(),
                    "p95 " + ms(at10k.value()), p95 / at10k.value(), "≤ 1.5", p95 / at10k.value() <= 1.5, detail);
            report.add(figure);
        }
    }

    /**
     * What the consumers would have written for events {@code from}..{@code to}: their ids in processed_event and
     * their counts in event_figure_day, spread over every unit of the replica and the days of 2024–2025 (half task
     * completions, three tenths feedback received, two tenths feedback answered). Bulk SQL, not HTTP.
     */
    private static void insertSyntheticEvents(Connection db, long from, long to) throws SQLException {
        try (PreparedStatement ids = db.prepareStatement("""
                insert into processed_event (event_id, event_type, source, processed_at)
                select 'bench-' || g, case when g % 10 < 5 then 'vn.tthc.plan.task.completed.v1'
                                           when g % 10 < 8 then 'vn.tthc.feedback.item.received.v1'
                                           else 'vn.tthc.feedback.item.answered.v1' end, '/tthc/bench', now()
                from generate_series(?::bigint, ?::bigint) g""");
             PreparedStatement figures = db.prepareStatement("""
                     with units as (select array_agg(code order by code) as codes from unit),
                     ev as (select u.codes[1 + ((g / 10) % array_length(u.codes, 1))] as unit_code,
                                   date '2024-01-01' + ((g * 7919) % 731)::int as day, g % 10 as kind
                            from generate_series(?::bigint, ?::bigint) g, units u),
                     f as (select unit_code, day, 'TASKS_COMPLETED' as figure from ev where kind < 5
                           union all select unit_code, day, case when kind = 0 then 'TASKS_COMPLETED_LATE' else 'TASKS_COMPLETED_ON_TIME' end from ev where kind < 5
                           union all select unit_code, day, 'FEEDBACK_RECEIVED' from ev where kind between 5 and 7
                           union all select unit_code, day, 'FEEDBACK_ANSWERED' from ev where kind >= 8
                           union all select unit_code, day, case when kind = 9 then 'FEEDBACK_ANSWERED_LATE' else 'FEEDBACK_ANSWERED_ON_TIME' end from ev where kind >= 8)
                     insert into event_figure_day (unit_code, day, figure, amount)
                     select unit_code, day, figure, count(*) from f group by 1, 2, 3
                     on conflict (unit_code, day, figure) do update set amount = event_figure_day.amount + excluded.amount""")) {
            ids.setLong(1, from);
            ids.setLong(2, to);
            ids.executeUpdate();
            figures.setLong(1, from);
            figures.setLong(2, to);
            figures.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- import preview

    private void importPreview() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String name : DOCUMENTS) {
            try (InputStream in = Bench.class.getResourceAsStream("/documents/" + name)) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String url = plan + "/plans/imports";
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                Api.expect(api.post(url, planner, "text/plain; charset=utf-8", text), 200, 201);
            }
        }
        Latencies latencies = new Latencies();
        int rounds = Math.max(2, (int) (8 * scale));
        for (int round = 0; round < rounds; round++) {
            for (String text : texts) {
                long t0 = System.nanoTime();
                Api.expect(api.post(url, planner, "text/plain; charset=utf-8", text), 200, 201);
                latencies.add(System.nanoTime() - t0);
            }
        }
        report.plain("import.preview", latencies.meanMillis(), "ms/document", ms(latencies.meanMillis()) + " per document (mean; p50 "
                + ms(latencies.percentileMillis(50)) + ", max " + ms(latencies.percentileMillis(100)) + "; the three seed plans, "
                + latencies.count() + " previews, one at a time)", Map.of("previews", latencies.count()));
    }

    // ---------------------------------------------------------------- task completions

    private void completions() throws Exception {
        int capacity = (int) (5000 * scale);
        int steadyRate = 100;
        int steady = (int) (steadyRate * 15 * scale);
        int burst = 1000;
        String[] tasks = createTasks(capacity + steady + burst);
        awaitPipelinesDrained(Duration.ofMinutes(5));

        // Capacity: 16 clients as fast as they are answered.
        LocalDate capacityDay = LocalDate.of(2023, 3, 1);
        Visibility visible = Visibility.start(connect("reporting"), UNIT, capacityDay);
        Load.Result http = Load.closed(CLIENTS, seconds(10), capacity, i -> complete(tasks[i], capacityDay));
        long unsentAtLastAnswer = unsent("plan");
        Visibility.Outcome capacityVisible = visible.await(http, Duration.ofMinutes(5));
        double httpRate = http.ok() / ((http.lastAnswerAt() - http.startedAt()) / 1e9);
        Map<String, Object> httpDetail = detail(http);
        httpDetail.put("outboxUnsentAtLastAnswer", unsentAtLastAnswer);
        report.taskCompletionHttp = report.ratio("task-completion.http", httpRate, "completions/s",
                Report.num(httpRate) + "/s, p50 " + ms(http.latencies().percentileMillis(50)) + ", p99 "
                        + ms(http.latencies().percentileMillis(99)) + " (16 clients, " + http.ok() + " completions"
                        + (http.failed() > 0 ? ", " + http.failed() + " failed" : "") + "; outbox unsent at the last answer: "
                        + unsentAtLastAnswer + ")",
                "pg.insert", report.pgInsert, Report.num(report.pgInsert) + " tps", 0.05, httpDetail);
        report.note("task-completion.http p99 target ≤ 100 ms: " + ms(http.latencies().percentileMillis(99))
                + (http.latencies().percentileMillis(99) <= 100 ? " ✔" : " ✘"));
        // Both rates over the same kind of span, first to last: answers given, completions counted.
        double pipelineRate = capacityVisible.pipelineRate();
        double answerRate = capacityVisible.answerRate();
        Map<String, Object> pipelineDetail = capacityVisible.detail();
        pipelineDetail.put("answersPerSecond", answerRate);
        report.add(new Report.Figure("task-completion.visible (pipeline)", pipelineRate, "completions/s",
                Report.num(pipelineRate) + "/s counted in reporting-service (first to last counted; all counted "
                        + secs(capacityVisible.lastVisibleAfterLastAnswer()) + " after the last answer; p50 "
                        + ms(capacityVisible.latencies().percentileMillis(50)) + ", p99 " + ms(capacityVisible.latencies().percentileMillis(99)) + ")",
                "task-completion.http", answerRate, Report.num(answerRate) + "/s answered (first to last answer)",
                pipelineRate / answerRate, "≥ 1 (± 2 %)", pipelineRate / answerRate >= 0.98, pipelineDetail));

        // Steady: 100 completions a second, open loop.
        LocalDate steadyDay = LocalDate.of(2023, 3, 2);
        visible = Visibility.start(connect("reporting"), UNIT, steadyDay);
        Load.Result steadyHttp = Load.open(steadyRate, steady, 64, i -> complete(tasks[capacity + i], steadyDay));
        Visibility.Outcome steadyVisible = visible.await(steadyHttp, Duration.ofMinutes(5));
        Map<String, Object> steadyDetail = steadyVisible.detail();
        steadyDetail.put("httpP50Ms", steadyHttp.latencies().percentileMillis(50));
        steadyDetail.put("httpP99Ms", steadyHttp.latencies().percentileMillis(99));
        report.plain("task-completion.visible (steady 100/s)", steadyVisible.latencies().percentileMillis(99), "ms",
                "answer → counted: p50 " + ms(steadyVisible.latencies().percentileMillis(50)) + ", p99 "
                        + ms(steadyVisible.latencies().percentileMillis(99)) + " (" + steadyHttp.ok() + " completions at "
                        + steadyRate + "/s open loop; HTTP p50 " + ms(steadyHttp.latencies().percentileMillis(50)) + ", p99 "
                        + ms(steadyHttp.latencies().percentileMillis(99)) + ")", steadyDetail);

        // Burst: 1,000 completions by 16 clients as fast as they go; when is the last one counted?
        LocalDate burstDay = LocalDate.of(2023, 3, 3);
        visible = Visibility.start(connect("reporting"), UNIT, burstDay);
        Load.Result burstHttp = Load.closed(CLIENTS, Duration.ofMinutes(5), burst, i -> complete(tasks[capacity + steady + i], burstDay));
        Visibility.Outcome burstVisible = visible.await(burstHttp, Duration.ofMinutes(5));
        double httpTime = burstHttp.secondsToLastAnswer();
        double allVisible = burstVisible.lastVisibleSinceStart();
        double limit = 1.5 * httpTime + 2;
        Map<String, Object> burstDetail = burstVisible.detail();
        burstDetail.put("httpSeconds", httpTime);
        report.add(new Report.Figure("task-completion.visible (1,000 burst)", allVisible, "s",
                "all counted " + secs(allVisible) + " after the burst began (HTTP took " + secs(httpTime) + "); answer → counted p50 "
                        + ms(burstVisible.latencies().percentileMillis(50)) + ", p99 " + ms(burstVisible.latencies().percentileMillis(99)),
                "1.5 × HTTP time + 2 s", limit, secs(limit), allVisible / limit, "≤ 1", allVisible <= limit, burstDetail));
    }

    private String[] createTasks(int count) throws Exception {
        int perPlan = 100;
        String[] plans = new String[(count + perPlan - 1) / perPlan];
        Load.Result planned = Load.closed(CLIENTS, Duration.ofMinutes(10), plans.length, i -> {
            plans[i] = createPlan("Kế hoạch đo hiệu năng " + (i + 1));
            return true;
        });
        require(planned, plans.length, "plans");
        String[] tasks = new String[count];
        Load.Result created = Load.closed(CLIENTS, Duration.ofMinutes(20), count, i -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("label", String.valueOf(i % perPlan + 1));
            body.put("content", "Rà soát, đánh giá thủ tục hành chính nhóm " + (i + 1));
            body.put("leadUnitCode", UNIT);
            body.put("dueDate", "2023-06-30");
            HttpResponse<String> answer = api.postJson(plan + "/plans/" + plans[i / perPlan] + "/tasks", planner, body);
            Api.expect(answer, 201);
            tasks[i] = Api.read(answer.body()).path("id").asText();
            return true;
        });
        require(created, count, "tasks");
        report.plain("task-creation.http", created.perSecond(), "tasks/s", Report.num(created.perSecond()) + "/s, p50 "
                + ms(created.latencies().percentileMillis(50)) + ", p99 " + ms(created.latencies().percentileMillis(99))
                + " (16 clients, " + count + " tasks in " + plans.length + " plans; set-up for the completions)", detail(created));
        return tasks;
    }

    private String createPlan(String title) {
        HttpResponse<String> answer = api.postJson(plan + "/plans", planner, Map.of("title", title, "issuingUnitCode", DEPARTMENT));
        Api.expect(answer, 201);
        return Api.read(answer.body()).path("id").asText();
    }

    private boolean complete(String task, LocalDate day) {
        return ok(api.postJson(plan + "/tasks/" + task + "/completion", officer, Map.of("completedOn", day.toString())), 200);
    }

    // ---------------------------------------------------------------- portal intake

    private void portalIntake() throws Exception {
        String[] subjects = {"Chậm cấp giấy chứng nhận đăng ký", "Hồ sơ bị yêu cầu bổ sung nhiều lần", "Thái độ tiếp nhận hồ sơ",
                "Phí thẩm định chưa công khai", "Không nhận được kết quả qua bưu chính", "Cổng dịch vụ công báo lỗi"};
        String[] details = {"Hồ sơ nộp ngày %d/%d đến nay chưa có kết quả.", "Đề nghị hướng dẫn rõ thành phần hồ sơ số %d, lần %d.",
                "Cán bộ tiếp nhận hẹn ngày trả %d/%d nhưng không trả.", "Đề nghị công khai mức phí của thủ tục số %d (%d)."};
        Load.Call intake = i -> {
            Map<String, Object> sender = Map.of("name", "Nguyễn Văn " + (char) ('A' + i % 26), "address", (i % 300 + 1)
                    + " Trần Hưng Đạo, TP Sóc Trăng", "phone", String.format(Locale.ROOT, "09%08d", i * 7919L % 100_000_000));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("sender", sender);
            body.put("title", subjects[i % subjects.length] + " (" + i + ")");
            body.put("content", String.format(Locale.ROOT, details[i % details.length], i % 28 + 1, i % 12 + 1) + " Mã hồ sơ "
                    + UUID.randomUUID() + ".");
            body.put("channel", "PROVINCIAL_PORTAL");
            body.put("publicationConsent", i % 2 == 0);
            body.put("receivingUnitCode", DEPARTMENT);
            return ok(api.postJson(feedback + "/portal/items", portal, body, "Idempotency-Key", UUID.randomUUID().toString()), 201);
        };
        Load.Result result = warmedClosed(CLIENTS, seconds(8), Integer.MAX_VALUE, intake);
        report.ratio("portal-intake.http", result.perSecond(), "intakes/s", Report.num(result.perSecond()) + "/s, p50 "
                        + ms(result.latencies().percentileMillis(50)) + ", p99 " + ms(result.latencies().percentileMillis(99))
                        + " (16 clients; rate limits raised for the run" + (result.failed() > 0 ? "; " + result.failed() + " failed" : "") + ")",
                "pg.insert", report.pgInsert, Report.num(report.pgInsert) + " tps", Double.NaN, detail(result));
    }

    // ---------------------------------------------------------------- outbox relay

    /**
     * A backlog of events written straight into plan-service's outbox (bound for a scratch topic), and the rate at
     * which the relay publishes them: from the first batch marked sent to the last.
     */
    private void relay() throws Exception {
        awaitPipelinesDrained(Duration.ofMinutes(5));
        ensureTopic("bench.relay");
        int events = (int) (50_000 * scale);
        String payload = eventPayload().replace("'", "''");
        try (Connection db = connect("plan"); Statement statement = db.createStatement()) {
            statement.execute("delete from outbox_event where topic = 'bench.relay'");
            statement.executeUpdate("insert into outbox_event (id, aggregate_type, aggregate_id, event_type, subject, occurred_at, payload, topic) "
                    + "select gen_random_uuid(), 'bench', 'bench-' || (g % 10000), 'vn.tthc.bench.relayed.v1', 'bench/' || g, now(), '"
                    + payload + "', 'bench.relay' from generate_series(1, " + events + ") g");
            long deadline = System.nanoTime() + seconds(30).toNanos();
            long remaining;
            do {
                Thread.sleep(100);
                remaining = count(statement, "select count(*) from outbox_event where topic = 'bench.relay' and published_at is null");
            } while (remaining > 0 && System.nanoTime() < deadline);
            double rate;
            long published;
            double span;
            try (ResultSet rows = statement.executeQuery("""
                    with sent as (select published_at from outbox_event where topic = 'bench.relay' and published_at is not null)
                    select count(*), extract(epoch from max(published_at) - min(published_at)),
                           (select count(*) from sent where published_at = (select min(published_at) from sent)) from sent""")) {
                rows.next();
                published = rows.getLong(1);
                span = rows.getDouble(2);
                long firstBatch = rows.getLong(3);
                rate = span > 0 ? (published - firstBatch) / span : Double.NaN;
            }
            statement.executeUpdate("update outbox_event set published_at = now(), last_error = 'bench: not relayed within 30 s' "
                    + "where topic = 'bench.relay' and published_at is null");
            report.ratio("relay.throughput", rate, "events/s", Report.num(rate) + " events/s (" + published + " of " + events
                            + " backlog events relayed" + (remaining > 0 ? " within 30 s" : "") + ", "
                            + String.format(Locale.ROOT, "%.1f s", span) + " from first batch to last)",
                    "kafka.produce", report.kafkaProduce, Report.num(report.kafkaProduce) + " records/s", 0.25,
                    Map.of("events", events, "published", published, "seconds", span));
        }
    }

    // ---------------------------------------------------------------- services

    private void services(Map<String, Double> rssAtStart) {
        for (String service : List.of("plan-service", "reporting-service", "feedback-service")) {
            var process = stack.process(service);
            double rss = process.map(Stack::rssMiB).orElse(Double.NaN);
            double startup = stack.startupSeconds(service);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("startupSeconds", startup);
            detail.put("rssAfterStartMiB", rssAtStart.getOrDefault(service, Double.NaN));
            detail.put("rssAfterRunMiB", rss);
            detail.put("jvmOptions", process.map(Stack::jvmOptions).orElse(""));
            report.plain("start-up, RSS: " + service, startup, "s", "started in " + secs(startup) + "; RSS "
                    + Report.num(rssAtStart.getOrDefault(service, Double.NaN)) + " MiB after start, " + Report.num(rss)
                    + " MiB after the run (" + process.map(Stack::jvmOptions).orElse("?") + ")", detail);
        }
        if (stack.startedHere()) {
            report.note(String.format(Locale.ROOT, "The whole stack (PostgreSQL, Kafka, Keycloak, three services) was ready %.1f s after the launcher started.",
                    stack.launcherSeconds()));
        }
    }

    /** Each service's /q/metrics at the end of the run (pool usage, the event path's meters), beside the results. */
    private void saveMetrics() throws IOException {
        for (String service : List.of("plan-service", "reporting-service", "feedback-service")) {
            HttpResponse<String> metrics = api.get(stack.url(service) + "/q/metrics", null);
            Files.writeString(output.resolve("metrics-" + service + ".txt"), metrics.body(), StandardCharsets.UTF_8);
        }
    }

    private Map<String, Double> rss() {
        Map<String, Double> rss = new LinkedHashMap<>();
        for (String service : List.of("plan-service", "reporting-service", "feedback-service")) {
            rss.put(service, stack.process(service).map(Stack::rssMiB).orElse(Double.NaN));
        }
        return rss;
    }

    // ---------------------------------------------------------------- profiling

    private void startRecordings() throws Exception {
        if (!jfr) {
            return;
        }
        Files.createDirectories(output.resolve("jfr"));
        for (String service : List.of("plan-service", "reporting-service", "feedback-service")) {
            var process = stack.process(service);
            if (process.isPresent()) {
                jcmd(process.get().pid(), "JFR.start", "name=bench", "settings=profile");
            }
        }
    }

    private void stopRecordings() throws Exception {
        if (!jfr) {
            return;
        }
        for (String service : List.of("plan-service", "reporting-service", "feedback-service")) {
            var process = stack.process(service);
            if (process.isPresent()) {
                jcmd(process.get().pid(), "JFR.stop", "name=bench", "filename=" + output.resolve("jfr").resolve(service + ".jfr"));
            }
        }
        log("JFR recordings in " + output.resolve("jfr") + " (jfr print --events jdk.ExecutionSample <file> | …, or JDK Mission Control)");
    }

    private static void jcmd(long pid, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(String.valueOf(pid));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        log("jcmd " + pid + " " + String.join(" ", arguments) + ": " + out.strip().replace('\n', ' '));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * As long a warm-up with the same load as the measured run that follows: the services run with the JVM's normal
     * compilers, whose optimised code for a path comes after some thousands of calls (until then the path runs in
     * profiling code, slower than the C1-only code of a -XX:TieredStopAtLevel=1 JVM).
     */
    private Load.Result warmedClosed(int clients, Duration duration, int maxCalls, Load.Call call) throws InterruptedException {
        Load.closed(clients, duration, maxCalls, call);
        Load.Result result = Load.closed(clients, duration, maxCalls, call);
        if (result.firstError() != null || result.failed() > 0) {
            log("  " + result.failed() + " failed; first error: " + result.firstError());
        }
        return result;
    }

    private Duration seconds(double s) {
        return Duration.ofMillis((long) (s * 1000 * Math.max(0.2, scale)));
    }

    private static boolean ok(HttpResponse<String> answer, int status) {
        Api.expect(answer, status);
        return true;
    }

    private static void require(Load.Result result, int count, String what) {
        if (result.ok() != count) {
            throw new IllegalStateException("set-up: " + result.ok() + " of " + count + " " + what + " created; first error: "
                    + result.firstError());
        }
    }

    private void awaitDemoData() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        Supplier<String> administrator = api.staff("admin.tinh");
        while (true) {
            boolean units = api.get(plan + "/units/" + UNIT, administrator).statusCode() == 200;
            boolean replicated = false;
            try (Connection db = connect("reporting"); Statement statement = db.createStatement()) {
                replicated = count(statement, "select count(*) from unit where code = '" + UNIT + "'") == 1;
            } catch (SQLException ignored) {
                // not migrated yet
            }
            if (units && replicated && unsent("plan") == 0 && unsent("feedback") == 0 && unsent("reporting") == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the demo data did not arrive within 5 minutes");
            }
            Thread.sleep(500);
        }
    }

    /** Waits until every outbox is empty and reporting-service has read plan.events and feedback.events to their end. */
    private void awaitPipelinesDrained(Duration timeout) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (unsent("plan") + unsent("feedback") + unsent("reporting") > 0
                || lag("reporting-service", "plan.events") + lag("reporting-service", "feedback.events") > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the event pipelines did not drain within " + timeout);
            }
            Thread.sleep(200);
        }
        log(String.format(Locale.ROOT, "  pipelines drained (waited %.1f s)", (System.nanoTime() - start) / 1e9));
    }

    private long unsent(String database) throws SQLException {
        try (Connection db = connect(database); Statement statement = db.createStatement()) {
            return count(statement, "select count(*) from outbox_event where published_at is null");
        }
    }

    private long lag(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions();
            Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(
                    p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            var ends = admin.listOffsets(request).all().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        }
    }

    private void ensureTopic(String topic) throws Exception {
        try (Admin admin = admin()) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "");
    }

    static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Object> detail(Load.Result result) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("ok", result.ok());
        detail.put("failed", result.failed());
        detail.put("seconds", result.seconds());
        detail.put("perSecond", result.perSecond());
        detail.put("p50Ms", result.latencies().percentileMillis(50));
        detail.put("p95Ms", result.latencies().percentileMillis(95));
        detail.put("p99Ms", result.latencies().percentileMillis(99));
        return detail;
    }

    private void machine(String when) throws IOException {
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        if ("before".equals(when)) {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0))
                    .orElse("?");
            report.machine("cpus", Runtime.getRuntime().availableProcessors() + " × " + cpu);
            report.machine("memory", memory);
            report.machine("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            report.machine("date", Instant.now().toString());
        }
        report.machine("load average " + when + " (1/5/15 min)", load.substring(0, load.indexOf(' ', load.indexOf(' ', load.indexOf(' ') + 1) + 1)));
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : millis >= 100 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    static String secs(double seconds) {
        return Double.isNaN(seconds) ? "–" : String.format(Locale.ROOT, "%.2f s", seconds);
    }

    static void log(String line) {
        System.out.println("[bench] " + line);
    }

    /** Reads the aggregate's count for a unit and day every 10 ms, to tell when each completion was counted. */
    static final class Visibility {

        private final Connection db;
        private final String unit;
        private final LocalDate day;
        private final long before;
        private final List<long[]> samples = new ArrayList<>();
        private final Thread sampler;
        private volatile boolean stop;
        private final AtomicLong latest = new AtomicLong();

        private Visibility(Connection db, String unit, LocalDate day) throws SQLException {
            this.db = db;
            this.unit = unit;
            this.day = day;
            this.before = read();
            this.sampler = new Thread(this::sample, "bench-visibility");
            sampler.setDaemon(true);
        }

        static Visibility start(Connection db, String unit, LocalDate day) throws SQLException {
            Visibility visibility = new Visibility(db, unit, day);
            visibility.sampler.start();
            return visibility;
        }

        private long read() throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(
                    "select coalesce(sum(amount), 0) from event_figure_day where unit_code = ? and day = ? and figure = 'TASKS_COMPLETED'")) {
                statement.setString(1, unit);
                statement.setObject(2, day);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }

        private void sample() {
            while (!stop) {
                try {
                    long counted = read() - before;
                    long at = System.nanoTime();
                    synchronized (samples) {
                        if (samples.isEmpty() || samples.get(samples.size() - 1)[1] != counted) {
                            samples.add(new long[]{at, counted});
                        }
                    }
                    latest.set(counted);
                    Thread.sleep(10);
                } catch (SQLException e) {
                    return;
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Waits until every successful call of {@code http} is counted, then matches answers to counts in order. */
        Outcome await(Load.Result http, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (latest.get() < http.ok() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            stop = true;
            sampler.join();
            db.close();
            if (latest.get() < http.ok()) {
                throw new IllegalStateException("only " + latest.get() + " of " + http.ok() + " completions counted within " + timeout);
            }
            long[] answers = Arrays.stream(http.answeredAt()).filter(t -> t > 0).sorted().toArray();
            long[] visibleAt = new long[answers.length];
            int k = 0;
            synchronized (samples) {
                for (long[] sample : samples) {
                    while (k < answers.length && sample[1] >= k + 1) {
                        visibleAt[k++] = sample[0];
                    }
                }
            }
            Latencies latencies = new Latencies();
            for (int i = 0; i < answers.length; i++) {
                latencies.add(Math.max(0, visibleAt[i] - answers[i]));
            }
            return new Outcome(http, answers, visibleAt, latencies);
        }

        record Outcome(Load.Result http, long[] answers, long[] visibleAt, Latencies latencies) {

            /** Completions counted per second, from the first counted to the last. */
            double pipelineRate() {
                return visibleAt.length / ((visibleAt[visibleAt.length - 1] - visibleAt[0]) / 1e9);
            }

            /** Completions answered per second, from the first answer to the last. */
            double answerRate() {
                return answers.length / ((answers[answers.length - 1] - answers[0]) / 1e9);
            }

            double lastVisibleAfterLastAnswer() {
                return (visibleAt[visibleAt.length - 1] - answers[answers.length - 1]) / 1e9;
            }

            double lastVisibleSinceStart() {
                return (visibleAt[visibleAt.length - 1] - http.startedAt()) / 1e9;
            }

            Map<String, Object> detail() {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("completions", answers.length);
                detail.put("visibleP50Ms", latencies.percentileMillis(50));
                detail.put("visibleP99Ms", latencies.percentileMillis(99));
                detail.put("visibleMaxMs", latencies.percentileMillis(100));
                detail.put("lastCountedAfterLastAnswerSeconds", lastVisibleAfterLastAnswer());
                detail.put("pipelinePerSecond", pipelineRate());
                return detail;
            }
        }
    }
}
