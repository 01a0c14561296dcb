package vn.tthc.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/**
 * Builds the {@code application/problem+json} answer of the current request: a stable type under
 * {@value ProblemMappers#TYPE_BASE}, the status's title and a detail in the client's language, the path as the
 * instance, and the fields the request got wrong. Services' own exception mappers use it too.
 */
@RequestScoped
public class ProblemResponses {

    private final ProblemMessages messages;

    @Context
    UriInfo uriInfo;

    public ProblemResponses(ProblemMessages messages) {
        this.messages = messages;
    }

    /** A problem whose detail is the text of {@code detailKey}. */
    public Response of(int status, String type, String detailKey, Object... arguments) {
        return of(status, type, messages.text(detailKey, arguments), List.of());
    }

    /** A 400 "validation" problem listing the fields and what is wrong with each. */
    public Response invalid(List<Problem.FieldError> errors) {
        return of(400, "validation", messages.text("validation.detail"), errors);
    }

    public Response of(int status, String type, String detail, List<Problem.FieldError> errors) {
        Problem problem = new Problem(ProblemMappers.TYPE_BASE + type, messages.text("title." + status), status, detail,
                uriInfo == null ? null : uriInfo.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public ProblemMessages messages() {
        return messages;
    }
}
