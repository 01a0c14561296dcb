package vn.tthc.plan.service;

import vn.tthc.plan.schedule.Schedule;
import vn.tthc.plan.schedule.ScheduleParser;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.plan.ExpectedResultItem;
import vn.tthc.plan.Plan;
import vn.tthc.plan.PlanPeriod;
import vn.tthc.plan.TaskSpec;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Builds a task's specification from what a client sent: resolves units, reads the time text. */
@ApplicationScoped
public class TaskSpecFactory {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitResolver units;
    private final Clock clock;

    public TaskSpecFactory(UnitResolver units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    public TaskSpec build(Plan plan, TaskInput input) {
        ScheduleParser parser = new ScheduleParser(contextPeriod(plan));
        Schedule schedule = null;
        if (input.timeText() != null && !input.timeText().isBlank()) {
            schedule = parser.parse(input.timeText());
        } else if (input.dueDate() != null) {
            schedule = parser.parse("Trước ngày " + VIETNAMESE_DATE.format(input.dueDate()));
        }
        List<ExpectedResultItem> results = input.results() == null ? List.of() : input.results().stream()
                .map(r -> new ExpectedResultItem(r.text(), units.byCodes(r.leadUnitCodes()),
                        units.byCodes(r.cooperatingUnitCodes()), r.timeText()))
                .toList();
        return new TaskSpec(input.label(), input.content(), units.byCodes(input.leadUnitCodes()),
                units.byCodes(input.cooperatingUnitCodes()), input.officers(), input.funding(), schedule, results, List.of());
    }

    /** The plan's period, or the current year while the plan has none: it supplies years a time text leaves out. */
    private PlanPeriod contextPeriod(Plan plan) {
        return plan.period() != null ? plan.period() : PlanPeriod.year(LocalDate.now(clock).getYear());
    }
}
