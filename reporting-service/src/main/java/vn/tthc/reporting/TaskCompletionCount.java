package vn.tthc.reporting;

import java.time.LocalDate;

/** Tasks a unit completed between two dates (inclusive), on time and late. */
public record TaskCompletionCount(String unitCode, LocalDate from, LocalDate to, long completed, long onTime, long late) {
}
