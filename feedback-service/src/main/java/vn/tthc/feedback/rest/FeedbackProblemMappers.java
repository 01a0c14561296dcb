package vn.tthc.feedback.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tthc.platform.web.ProblemResponses;

/** feedback-service's own failures as problems; the common ones are mapped by the platform's ProblemMappers. */
public class FeedbackProblemMappers {

    private final ProblemResponses problems;

    public FeedbackProblemMappers(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException exception) {
        return Response.fromResponse(problems.of(429, "rate-limited", "rate-limited.client", exception.retryAfterSeconds()))
                .header("Retry-After", String.valueOf(exception.retryAfterSeconds())).build();
    }
}
