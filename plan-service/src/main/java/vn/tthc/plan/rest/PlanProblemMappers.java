package vn.tthc.plan.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tthc.plan.imports.NotAPlanDocumentException;
import vn.tthc.plan.imports.NotAPlanTableException;
import vn.tthc.platform.web.ProblemResponses;

/** plan-service's own failures as problems; the common ones are mapped by the platform's ProblemMappers. */
public class PlanProblemMappers {

    private final ProblemResponses problems;

    public PlanProblemMappers(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response notAPlanTable(NotAPlanTableException exception) {
        return problems.of(400, exception.reason().key(), exception.reason().key());
    }

    @ServerExceptionMapper
    public Response notAPlanDocument(NotAPlanDocumentException exception) {
        return problems.of(400, exception.reason().key(), exception.reason().key());
    }
}
