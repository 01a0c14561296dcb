package vn.tthc.feedback.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day off of a year's calendar, as a person reads it: the date, why it is off, a name and the legal basis.
 * Weekend holidays are listed too (they are holidays, and they give a made-up day).
 *
 * @param date       the day
 * @param reason     why it is off
 * @param name       what it is called, in Vietnamese ("Quốc khánh", "Nghỉ bù Giỗ Tổ Hùng Vương (26/04/2026)")
 * @param legalBasis the provision or notice it rests on, in Vietnamese
 */
public record DayOff(LocalDate date, Reason reason, String name, String legalBasis) {

    /** Why a day is off. */
    public enum Reason {
        /** A public holiday of the Labour Code 2019, art. 112(1). */
        HOLIDAY,
        /** A holiday fell on a weekly day off and is made up on the next working day (art. 111(3)). */
        MADE_UP_DAY,
        /** A day off announced for the year (e.g. the announced Tết block). */
        ANNOUNCED_DAY_OFF,
        /** A weekday off in exchange for a Saturday or Sunday worked (làm bù). */
        WEEKEND_SWAP
    }

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalBasis, "legalBasis");
    }
}
