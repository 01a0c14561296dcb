package vn.tthc.feedback;

import vn.tthc.feedback.calendar.WorkingDays;

import java.time.LocalDate;

/** Due dates of the workflow's steps: time limits counted in working days on the calendar. */
public record Deadlines(WorkingDays days, TimeLimits limits) {

    public LocalDate classificationDue(LocalDate receivedOn) {
        return days.addWorkingDays(receivedOn, limits.transfer());
    }

    public LocalDate handlingDue(LocalDate from, Channel channel) {
        return days.addWorkingDays(from, limits.handling(channel));
    }

    /** The answer is due a fixed number of working days after the division's deadline. */
    public LocalDate answerDue(LocalDate handlingDue) {
        return days.addWorkingDays(handlingDue, limits.answer());
    }

    public LocalDate publicationDue(LocalDate answeredOn) {
        return days.addWorkingDays(answeredOn, limits.publication());
    }

    /**
     * The day a time limit whose last day is {@code printed} really ends: that day if it is a working day,
     * else the next working day (Civil Code 2015, art. 148(5)). Limits counted in working days end on a
     * working day already.
     */
    public LocalDate lastDay(LocalDate printed) {
        return days.lastDayOfTimeLimit(printed);
    }

    public LocalDate extend(LocalDate due, int workingDays) {
        return days.addWorkingDays(due, workingDays);
    }
}
