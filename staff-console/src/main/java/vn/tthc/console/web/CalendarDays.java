package vn.tthc.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.tthc.console.api.ApiProblem;
import vn.tthc.console.api.FeedbackApi;
import vn.tthc.console.api.FeedbackViews.CalendarYear;
import vn.tthc.console.view.WorkingDays;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** The published working-day calendar around today (this year and the next), read once per request. */
@RequestScoped
public class CalendarDays {

    @Inject
    @RestClient
    FeedbackApi feedback;

    private WorkingDays days;

    public WorkingDays get() {
        if (days == null) {
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> working = new HashSet<>();
            int year = PlansResource.today().getYear();
            for (int y = year - 1; y <= year + 1; y++) {
                try {
                    CalendarYear calendar = feedback.calendar(y);
                    if (calendar.nonWorkingDays() != null) {
                        off.addAll(calendar.nonWorkingDays());
                    }
                    if (calendar.workingWeekendDays() != null) {
                        working.addAll(calendar.workingWeekendDays());
                    }
                } catch (ApiProblem problem) {
                    // a year the calendar does not know: weekends only
                }
            }
            days = new WorkingDays(off, working);
        }
        return days;
    }
}
