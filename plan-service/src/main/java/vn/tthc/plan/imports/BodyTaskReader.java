package vn.tthc.plan.imports;

import vn.tthc.plan.schedule.Occurrence;
import vn.tthc.plan.schedule.Schedule;
import vn.tthc.plan.schedule.ScheduleParser;
import vn.tthc.plan.schedule.ScheduleWarning;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tthc.plan.PlanPeriod;

/**
 * Reads a plan's tasks from its body, for a plan printed without an appendix table, into the shape a table
 * gives ({@link PlanTablePreview}, without columns). Each content part ("II. NỘI DUNG …") and organisation
 * part ("III. TỔ CHỨC THỰC HIỆN") becomes a section labelled and titled as its heading.
 *
 * <ul>
 * <li>In a content part, each numbered item ("1. Thành lập Tổ …") is a task labelled with its number; a lettered
 *     item ("a) …") is a subtask of the item above; list lines ("- …", "+ …") continue the item above. An item
 *     is led by the unit it opens with ("Văn phòng Sở chủ trì …"), if any.</li>
 * <li>In an organisation part, a numbered heading naming a unit ("1. Văn phòng Sở", "2. Văn phòng Sở tham mưu
 *     Giám đốc Sở:") makes the following list lines ("- …") tasks led by that unit, labelled "1.1", "1.2", …
 *     (number of the heading, then the line's place under it, as they carry no number of their own); "+ …" lines
 *     continue the task above. A numbered item that is a whole sentence is a task of its own, led by the unit it
 *     opens with ("Sở Tài chính có trách nhiệm …") when it does.</li>
 * </ul>
 *
 * <p>A task's time is read with {@link ScheduleParser} from the time phrases its text holds ({@link TimePhrases}:
 * "(xong trước ngày 10/11/2022)", "trong giai đoạn 2022-2025", "thường xuyên"); when the text names no time the
 * schedule is null, without a warning, as the body does not promise one. Tasks have no results (the body
 * names none) and no cooperating units. A task without a lead unit is reported, as in a table. A closing
 * remark ("Trong quá trình thực hiện, …") is passed over; a reference to an appendix the document does not hold
 * is reported to the document; any other line is reported as not read.
 */
final class BodyTaskReader {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern SUBJECT = Pattern.compile(
            "^(?:giao\\s+)?(.{2,80}?)\\s+(?:co trach nhiem|chu tri|tham muu|phoi hop|thuc hien|theo doi|huong dan)\\b");
    private static final int MAX_UNIT_HEADING_WORDS = 12;

    private final PlanPeriod period;
    private final ScheduleParser schedules;
    private final Warnings warnings = new Warnings();
    private final Warnings documentWarnings;

    /** @param period the plan's period; null when unknown (tasks then get no schedule) */
    BodyTaskReader(PlanPeriod period, Warnings documentWarnings) {
        this.period = period;
        this.schedules = period == null ? null : new ScheduleParser(period);
        this.documentWarnings = documentWarnings;
    }

    /** The tasks of the content and organisation parts; no sections when there are none. */
    PlanTablePreview read(List<OutlineSection> sections) {
        List<SectionPreview> previews = new ArrayList<>();
        for (OutlineSection section : sections) {
            List<BodyTask> tasks = switch (section.kind()) {
                case CONTENT -> contentTasks(section);
                case ORGANISATION -> organisationTasks(section);
                default -> null;
            };
            if (tasks != null) {
                previews.add(new SectionPreview(section.heading().number(), section.label(), section.title(),
                        tasks.stream().map(this::preview).toList()));
            }
        }
        return new PlanTablePreview(List.of(), previews, warnings.byLine());
    }

    /** A task being read: where it starts, its label, its text so far, its lead units and subtasks. */
    private static final class BodyTask {
        final int line;
        final String label;
        final StringBuilder content;
        final List<String> lead;
        final List<BodyTask> subtasks = new ArrayList<>();

        BodyTask(int line, String label, String content, List<String> lead) {
            this.line = line;
            this.label = label;
            this.content = new StringBuilder(content);
            this.lead = lead;
        }

        void append(String text) {
            content.append('\n').append(text);
        }

        BodyTask last() {
            return subtasks.isEmpty() ? this : subtasks.get(subtasks.size() - 1);
        }
    }

    private List<BodyTask> contentTasks(OutlineSection section) {
        List<BodyTask> tasks = new ArrayList<>();
        for (DocumentLine line : section.lines()) {
            String text = line.text();
            BodyTask current = tasks.isEmpty() ? null : tasks.get(tasks.size() - 1);
            var numbered = DocumentPatterns.numbered(text);
            var lettered = DocumentPatterns.lettered(text);
            if (numbered.isPresent()) {
                String item = numbered.get().text();
                tasks.add(new BodyTask(line.number(), numbered.get().label(), item, subjectUnits(item)));
            } else if (lettered.isPresent() && current != null) {
                String item = lettered.get().text();
                current.subtasks.add(new BodyTask(line.number(), lettered.get().label(), item, subjectUnits(item)));
            } else if (DocumentPatterns.isListItem(text) && current != null) {
                current.last().append(text);
            } else {
                notATask(line);
            }
        }
        return tasks;
    }

    private List<BodyTask> organisationTasks(OutlineSection section) {
        List<BodyTask> tasks = new ArrayList<>();
        String unitLabel = null;
        List<String> unit = List.of();
        int duties = 0;
        for (DocumentLine line : section.lines()) {
            String text = line.text();
            var numbered = DocumentPatterns.numbered(text);
            if (numbered.isPresent()) {
                String item = numbered.get().text();
                List<String> subject = subjectUnits(item);
                if (isUnitHeading(item)) {
                    unitLabel = numbered.get().label();
                    unit = subject.isEmpty() ? UnitNameSplitter.splitAssignment(item.replaceAll(":$", "")).leadUnits() : subject;
                    duties = 0;
                } else {
                    unitLabel = null;
                    tasks.add(new BodyTask(line.number(), numbered.get().label(), item, subject));
                }
            } else if (DocumentPatterns.isSubItem(text) && !tasks.isEmpty()) {
                tasks.get(tasks.size() - 1).append(text);
            } else if (DocumentPatterns.isListItem(text) && unitLabel != null) {
                duties++;
                tasks.add(new BodyTask(line.number(), unitLabel + "." + duties, DocumentPatterns.withoutMarker(text), unit));
            } else {
                notATask(line);
            }
        }
        return tasks;
    }

    /** "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Văn phòng Sở tham mưu Giám đốc Sở:": a unit over its duties. */
    private static boolean isUnitHeading(String item) {
        if (item.endsWith(":")) {
            return true;
        }
        boolean sentence = item.matches(".*[.;!?]$");
        return !sentence && item.split("\\s+").length <= MAX_UNIT_HEADING_WORDS
                && DocumentPatterns.UNIT_START.matcher(DocumentPatterns.fold(item)).find();
    }

    /** The units a sentence opens with: "Sở Tài chính có trách nhiệm …", "Giao Văn phòng UBND tỉnh theo dõi …". */
    private static List<String> subjectUnits(String item) {
        Matcher subject = SUBJECT.matcher(DocumentPatterns.fold(item));
        if (!subject.find() || !DocumentPatterns.UNIT_START.matcher(subject.group(1)).find()) {
            return List.of();
        }
        return UnitNameSplitter.split(item.substring(subject.start(1), subject.end(1)));
    }

    private void notATask(DocumentLine line) {
        String text = line.text();
        if (DocumentPatterns.isClosingRemark(text)) {
            return;
        }
        if (DocumentPatterns.refersToAppendix(text)) {
            documentWarnings.add(line, ImportWarning.APPENDIX_MISSING, "Văn bản nhắc đến phụ lục nhưng không có bảng"
                    + " phụ lục; nhiệm vụ được đọc từ thân văn bản: " + text);
            return;
        }
        warnings.add(line, ImportWarning.BODY_LINE_NOT_TASK, "Dòng này không được đọc thành nhiệm vụ (giữ trong"
                + " nội dung phần): " + text);
    }

    private TaskPreview preview(BodyTask draft) {
        String content = draft.content.toString();
        Schedule schedule = schedule(draft.line, content);
        if (draft.lead.isEmpty()) {
            warnings.add(draft.line, ImportWarning.NO_LEAD, "Nhiệm vụ " + draft.label + " không có đơn vị chủ trì");
        }
        return new TaskPreview(draft.line, draft.label, content, List.of(), draft.lead, List.of(), null, schedule,
                draft.subtasks.stream().map(this::preview).toList());
    }

    private Schedule schedule(int line, String content) {
        List<String> phrases = TimePhrases.in(content);
        if (phrases.isEmpty()) {
            return null;
        }
        if (schedules == null) {
            warnings.add(line, ImportWarning.PERIOD_MISSING, "Không rõ thời gian của kế hoạch; chưa đọc được thời gian: "
                    + String.join("; ", phrases));
            return null;
        }
        Schedule schedule = schedules.parse(String.join("\n", phrases));
        for (ScheduleWarning warning : schedule.warnings()) {
            warnings.add(line, warning.code(), warning.message());
        }
        for (Occurrence occurrence : schedule.occurrences(period)) {
            if (!occurrence.withinPeriod()) {
                warnings.add(line, ImportWarning.OUTSIDE_PERIOD, "Hạn " + DAY.format(occurrence.dueDate()) + " ("
                        + occurrence.label() + ") nằm ngoài thời gian của kế hoạch, từ " + DAY.format(period.start())
                        + " đến " + DAY.format(period.end()));
            }
        }
        return schedule;
    }
}
