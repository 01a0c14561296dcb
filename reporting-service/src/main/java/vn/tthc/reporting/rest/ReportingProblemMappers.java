package vn.tthc.reporting.rest;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tthc.platform.web.Problem;
import vn.tthc.platform.web.ProblemResponses;
import vn.tthc.reporting.InvalidFieldsException;
import vn.tthc.reporting.regime.InvalidRegimeException;

/** reporting-service's own failures as problems; the common ones are mapped by the platform's ProblemMappers. */
public class ReportingProblemMappers {

    private final ProblemResponses problems;

    public ReportingProblemMappers(ProblemResponses problems) {
        this.problems = problems;
    }

    /** A report's fields that break the form's rules, each with its message in both languages. */
    @ServerExceptionMapper
    public Response invalidFields(InvalidFieldsException exception) {
        boolean english = problems.messages().isEnglish();
        return problems.invalid(exception.fields().stream()
                .map(field -> new Problem.FieldError(field.field(), english ? field.english() : field.vietnamese()))
                .toList());
    }

    /** A regime document's problems, each "place: problem" as the loader reports it (in English). */
    @ServerExceptionMapper
    public Response invalidRegime(InvalidRegimeException exception) {
        return problems.of(400, "validation", problems.messages().text("regime.invalid"), exception.problems().stream()
                .map(problem -> {
                    int colon = problem.indexOf(": ");
                    return colon < 0 ? new Problem.FieldError("body", problem)
                            : new Problem.FieldError(problem.substring(0, colon).isEmpty() ? "body" : problem.substring(0, colon),
                            problem.substring(colon + 2));
                })
                .toList());
    }
}
