package vn.tthc.plan.exports;

import vn.tthc.plan.PlanSection;
import vn.tthc.plan.ProgressEntry;
import vn.tthc.plan.Task;
import vn.tthc.plan.TaskOccurrence;
import vn.tthc.plan.TaskStatus;
import vn.tthc.plan.UnitRef;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A plan's appendix with progress, flattened into the rows and columns both exports print: a row per
 * section, then its tasks (subtasks under their task) in appendix order.
 */
public final class PlanTableRows {

    public static final List<String> HEADER = List.of("STT", "Nội dung công việc", "Kết quả công việc", "Đơn vị chủ trì",
            "Đơn vị phối hợp", "Thời gian thực hiện", "Kinh phí", "Hạn hoàn thành", "Trạng thái", "Ngày hoàn thành",
            "Đúng hạn/ trễ hạn", "Tiến độ gần nhất");
    /** The funding column, after the time column: the task's funding source and its results' own. */
    public static final String FUNDING = "Kinh phí";
    private static final int FUNDING_POSITION = HEADER.indexOf(FUNDING);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One printed row: a section row has only its label and title. */
    public record Row(boolean section, List<String> cells) {
    }

    /** The columns to print and the rows under them. */
    public record Table(List<String> header, List<Row> rows) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    private PlanTableRows() {
    }

    /** The table of a plan: every column the data has, the funding column included (empty where none is given). */
    public static Table table(List<PlanSection> sections, List<Task> tasks, Map<UUID, List<ProgressEntry>> progress) {
        return new Table(HEADER, of(sections, tasks, progress, true));
    }

    private static List<Row> of(List<PlanSection> sections, List<Task> tasks, Map<UUID, List<ProgressEntry>> progress,
                                boolean funded) {
        Map<UUID, List<Task>> children = tasks.stream().filter(t -> t.parentTaskId() != null)
                .collect(Collectors.groupingBy(Task::parentTaskId));
        List<Row> rows = new ArrayList<>();
        addTasks(rows, tasks.stream().filter(t -> t.sectionId() == null && t.parentTaskId() == null).toList(), children,
                progress, funded);
        for (PlanSection section : sections) {
            rows.add(new Row(true, List.of(nullToEmpty(section.label()), nullToEmpty(section.title()))));
            addTasks(rows, tasks.stream().filter(t -> section.id().equals(t.sectionId()) && t.parentTaskId() == null).toList(),
                    children, progress, funded);
        }
        return rows;
    }

    private static void addTasks(List<Row> rows, List<Task> level, Map<UUID, List<Task>> children,
                                 Map<UUID, List<ProgressEntry>> progress, boolean funded) {
        for (Task task : level) {
            List<String> cells = new ArrayList<>(cells(task, progress.getOrDefault(task.id(), List.of())));
            if (funded) {
                cells.add(FUNDING_POSITION, funding(task));
            }
            rows.add(new Row(false, cells));
            addTasks(rows, children.getOrDefault(task.id(), List.of()), children, progress, funded);
        }
    }

    /** The task's funding, and each result's own where it differs, one a line. */
    static String funding(Task task) {
        List<String> sources = new ArrayList<>();
        if (task.funding() != null && !task.funding().isBlank()) {
            sources.add(task.funding());
        }
        task.results().stream().map(r -> r.funding()).filter(f -> f != null && !f.isBlank() && !sources.contains(f))
                .forEach(sources::add);
        return String.join("\n", sources);
    }

    private static List<String> cells(Task task, List<ProgressEntry> progress) {
        String results = task.results().stream().map(r -> "- " + r.text()).collect(Collectors.joining("\n"));
        String due = task.occurrences().size() > 1
                ? task.occurrences().stream().map(o -> o.label() + ": " + DATE.format(o.dueDate()) + " (" + status(o) + ")")
                .collect(Collectors.joining("\n"))
                : task.dueDate() == null ? "" : DATE.format(task.dueDate());
        String latest = progress.isEmpty() ? "" : nullToEmpty(progress.get(progress.size() - 1).note());
        return List.of(nullToEmpty(task.label()), task.content(), results, units(task.leadUnits()),
                units(task.cooperatingUnits()), nullToEmpty(task.scheduleText()), due, statusName(task.status()),
                task.completedOn() == null ? "" : DATE.format(task.completedOn()),
                task.status() == TaskStatus.DONE ? (task.isOnTime() ? "Đúng hạn" : "Trễ hạn") : "", latest);
    }

    private static String status(TaskOccurrence occurrence) {
        if (occurrence.status() == TaskStatus.DONE) {
            return occurrence.isOnTime() ? "hoàn thành đúng hạn" : "hoàn thành trễ hạn";
        }
        return statusName(occurrence.status()).toLowerCase(java.util.Locale.forLanguageTag("vi"));
    }

    static String statusName(TaskStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Chưa thực hiện";
            case IN_PROGRESS -> "Đang thực hiện";
            case DONE -> "Hoàn thành";
            case CANCELLED -> "Hủy";
        };
    }

    private static String units(List<UnitRef> units) {
        return units.stream().map(UnitRef::text).collect(Collectors.joining("; "));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
