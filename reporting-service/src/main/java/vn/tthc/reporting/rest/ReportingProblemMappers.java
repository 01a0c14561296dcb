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

    /** A regime document's problems, each by its place in the document, in the client's language. */
    @ServerExceptionMapper
    public Response invalidRegime(InvalidRegimeException exception) {
        boolean english = problems.messages().isEnglish();
        return problems.of(400, "validation", problems.messages().text("regime.invalid"), exception.issues().stream()
                .map(issue -> new Problem.FieldError(issue.place().isEmpty() ? "body" : issue.place(),
                        english ? issue.english() : issue.vietnamese()))
                .toList());
    }
}
