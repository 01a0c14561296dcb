package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import vn.tthc.plan.schedule.Schedule;

import java.util.List;

/** What a task is made of when it is created or replaced. */
public record TaskSpec(String label, String content, List<UnitRef> leadUnits, List<UnitRef> cooperatingUnits,
                       List<String> officers, String funding, Schedule schedule, List<ExpectedResultItem> results,
                       List<TaskWarning> warnings) {

    public TaskSpec {
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
        cooperatingUnits = cooperatingUnits == null ? List.of() : List.copyOf(cooperatingUnits);
        officers = officers == null ? List.of() : officers.stream().map(VietnameseText::normalize).toList();
        results = results == null ? List.of() : List.copyOf(results);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
