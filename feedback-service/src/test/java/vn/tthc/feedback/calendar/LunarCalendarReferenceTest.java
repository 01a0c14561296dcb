package vn.tthc.feedback.calendar;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every month of 1968–2100 against month starts computed independently from a precise ephemeris
 * (test resource {@code calendar/vietnamese-month-starts-1968-2100.txt}, made by
 * {@code calendar/generate-month-starts.js}). Where the ephemeris puts a new moon, or a solar term that
 * decides a leap month, within three minutes of midnight its own error could move the day, so those months
 * may start a day either side.
 */
class LunarCalendarReferenceTest {

    private static final LunarCalendar VIETNAM = LunarCalendar.VIETNAM;

    private record MonthStart(LocalDate date, LunarDate lunar, boolean nearMidnight) {
    }

    @Test
    void everyMonthStartsWhereThePreciseEphemerisPutsIt() throws IOException {
        List<MonthStart> reference = reference();
        assertThat(reference).hasSizeGreaterThan(1640);

        for (MonthStart start : reference) {
            if (start.nearMidnight()) {
                assertThat(VIETNAM.toSolar(start.lunar())).as("%s", start.lunar())
                        .isBetween(start.date().minusDays(1), start.date().plusDays(1));
            } else {
                assertThat(VIETNAM.toLunar(start.date())).as("%s", start.date()).isEqualTo(start.lunar());
            }
        }
    }

    @Test
    void newYearsMatchThePreciseEphemeris() throws IOException {
        List<MonthStart> newYears = reference().stream()
                .filter(s -> s.lunar().month() == 1 && !s.lunar().leapMonth()).toList();
        assertThat(newYears).hasSize(2100 - 1968 + 1).noneMatch(MonthStart::nearMidnight);
        for (MonthStart tet : newYears) {
            assertThat(VIETNAM.newYear(tet.lunar().year())).isEqualTo(tet.date());
        }
    }

    private static List<MonthStart> reference() throws IOException {
        try (var in = Objects.requireNonNull(LunarCalendarReferenceTest.class.getResourceAsStream(
                "/calendar/vietnamese-month-starts-1968-2100.txt"));
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(LunarCalendarReferenceTest::parse).toList();
        }
    }

    private static MonthStart parse(String line) {
        String[] f = line.trim().split("\\s+");
        List<String> flags = List.of(f).subList(3, f.length);
        LunarDate lunar = new LunarDate(Integer.parseInt(f[1]), Integer.parseInt(f[2]), 1, flags.contains("L"));
        return new MonthStart(LocalDate.parse(f[0]), lunar, flags.contains("?"));
    }
}
