package vn.tthc.plan.schedule;

import java.time.LocalDate;

/** A dated step of a schedule, e.g. "Quý I/2022" due 15/3/2022. */
public record Milestone(String label, LocalDate dueDate) {
}
