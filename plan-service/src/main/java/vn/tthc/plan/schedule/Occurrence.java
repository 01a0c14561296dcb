package vn.tthc.plan.schedule;

import java.time.LocalDate;

/**
 * One dated instance of a schedule: a month's report, a quarter's report, a milestone, a deadline.
 *
 * @param label         what it is for, e.g. "Tháng 3/2025", "Quý I/2025", "6 tháng đầu năm 2025", "Năm 2025"
 * @param dueDate       the day it is due
 * @param withinPeriod  whether the due date falls inside the period the occurrences were asked for;
 *                      one that does not is kept and should be shown as a warning
 */
public record Occurrence(String label, LocalDate dueDate, boolean withinPeriod) {
}
