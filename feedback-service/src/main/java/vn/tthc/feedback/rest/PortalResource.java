package vn.tthc.feedback.rest;

import jakarta.ws.rs.BeanParam;
import vn.tthc.platform.idempotency.Idempotent;
import vn.tthc.platform.idempotency.RequiredIdempotencyKey;
import vn.tthc.platform.web.ProblemMessages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.feedback.Caller;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.rest.ItemRequests.SubmissionBody;
import vn.tthc.feedback.access.CurrentCaller;

/**
 * The public-service portal's intake: only the portal's machine client (role {@code portal}) may post, and it
 * may do nothing else. Rate-limited per client address and per client (the token's {@code azp}).
 */
@Path("/portal/items")
@Tag(name = "Cổng dịch vụ công", description = "Feedback sent by citizens and businesses through the public-service portal "
        + "(role portal only; rate-limited per client address and per client, 429 with Retry-After)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.PORTAL)
public class PortalResource {

    private final Intake intake;
    private final CurrentCaller callers;
    private final ProblemMessages messages;

    public PortalResource(Intake intake, CurrentCaller callers, ProblemMessages messages) {
        this.intake = intake;
        this.callers = callers;
        this.messages = messages;
    }

    @POST
    @Operation(summary = "Send a feedback item from the portal",
            description = "Role: portal (a staff token gets 403). Requires an Idempotency-Key: a retried post with the same key and body returns the first "
                    + "result (header Idempotent-Replayed: true) and creates nothing; the same key with another body is a 422. "
                    + "The answer carries the tracking code and the lookup secret. An item that fails the legal "
                    + "acceptance rules is still recorded, with status NOT_ACCEPTED and the reason. The item's history "
                    + "records the portal's client (subject and name) as who received it.")
    @Idempotent
    public Response submit(@BeanParam RequiredIdempotencyKey idempotencyKey, @Valid @NotNull SubmissionBody body) {
        if (!body.channel().online()) {
            throw new InvalidFieldException("channel", "channel.not-portal");
        }
        if (body.receivedOn() != null) {
            throw new InvalidFieldException("receivedOn", "json.unknown-field");
        }
        return intake.submit(body, callers.get().actor(), null, messages);
    }
}
