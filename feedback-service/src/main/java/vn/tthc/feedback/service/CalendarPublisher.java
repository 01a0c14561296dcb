package vn.tthc.feedback.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.tthc.feedback.config.CalendarConfig;

import java.util.List;

/** At start, publishes the years around the current one whose calendar is not yet published as it resolves now. */
@ApplicationScoped
public class CalendarPublisher {

    private static final Logger LOG = Logger.getLogger(CalendarPublisher.class);

    private final CalendarService calendar;
    private final CalendarConfig config;

    public CalendarPublisher(CalendarService calendar, CalendarConfig config) {
        this.calendar = calendar;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        List<Integer> years = calendar.publishWindow(config.publishYearsBefore(), config.publishYearsAfter());
        if (!years.isEmpty()) {
            LOG.infof("Working-day calendar published to feedback.calendar for %s", years);
        }
    }
}
