package vn.tthc.feedback.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tthc.platform.web.ProblemResponses;
import vn.tthc.feedback.calendar.UnresolvedYearException;

/** feedback-service's own failures as problems; the common ones are mapped by the platform's ProblemMappers. */
public class FeedbackProblemMappers {

    private final ProblemResponses problems;

    public FeedbackProblemMappers(ProblemResponses problems) {
        this.problems = problems;
    }

    /** A deadline counted into a year the working-day calendar does not know (it knows 1968–2100, and overrides). */
    @ServerExceptionMapper
    public Response unknownCalendarYear(UnresolvedYearException exception) {
        return problems.of(422, "calendar-year-unknown", "calendar.year-unknown", String.valueOf(exception.year()));
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException exception) {
        return Response.fromResponse(problems.of(429, "rate-limited", "rate-limited.client", exception.retryAfterSeconds()))
                .header("Retry-After", String.valueOf(exception.retryAfterSeconds())).build();
    }
}
