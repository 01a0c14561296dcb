package vn.tthc.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vn.tthc.feedback.TimeLimits;

/** Time limits of the workflow's steps, in working days (defaults from the sector rules in DOMAIN.md). */
@ConfigMapping(prefix = "tthc.deadlines")
public interface DeadlineConfig {

    /** Receipt to classification; a transfer to the competent agency within 5 working days of receipt. */
    @WithDefault("5")
    int transfer();

    /** Assignment to the division's report back (draft answer). */
    @WithDefault("5")
    int handling();

    /** The same for items sent through a portal. */
    @WithDefault("3")
    int handlingOnline();

    /** Handling time of a complex case; an extension without a day count adds complex − handling days. */
    @WithDefault("10")
    int complex();

    /** The division's deadline to the answer being approved and sent. */
    @WithDefault("2")
    int answer();

    /** Sending to publication. */
    @WithDefault("5")
    int publication();

    default TimeLimits limits() {
        return new TimeLimits(transfer(), handling(), handlingOnline(), complex(), answer(), publication());
    }
}
