package vn.tthc.feedback.rest;

import vn.tthc.platform.web.ProblemMessages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import vn.tthc.feedback.Actor;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.rest.ItemRequests.SubmissionBody;
import vn.tthc.feedback.rest.ItemViews.IntakeView;
import vn.tthc.feedback.service.ItemQueries;
import vn.tthc.feedback.service.AttachmentPolicy;
import vn.tthc.feedback.service.IntakeService;
import vn.tthc.feedback.service.LookupSecrets;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The HTTP side of intake shared by the portal and the staff endpoints. */
@ApplicationScoped
public class Intake {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    private final IntakeService service;
    private final ItemQueries queries;
    private final LookupSecrets secrets;
    private final ObjectMapper objectMapper;

    public Intake(IntakeService service, ItemQueries queries, LookupSecrets secrets, ObjectMapper objectMapper) {
        this.service = service;
        this.queries = queries;
        this.secrets = secrets;
        this.objectMapper = objectMapper;
    }

    /**
     * Records the item and answers 201 with its tracking code and lookup secret.
     *
     * @param receivedBy the caller recording it (staff, or the portal's client), recorded in the item's history
     * @param defaultUnit the receiving unit when the body names none (the staff member's unit), or null
     */
    Response submit(SubmissionBody body, String idempotencyKey, Actor receivedBy, String defaultUnit,
                    ProblemMessages messages) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidFieldException(IDEMPOTENCY_KEY, "idempotency.key-format");
        }
        IntakeService.Intake intake = service.submit(body.toSubmission(defaultUnit), body.uploads(), idempotencyKey,
                hash(receivedBy, body), receivedBy, body.receivedOn());
        var item = queries.item(intake.itemId());
        IntakeView view = new IntakeView(intake.itemId(), intake.trackingCode(), secrets.secretFor(intake.trackingCode()),
                intake.status(), ItemViews.Reason.of(item, messages));
        Response.ResponseBuilder response = Response.created(URI.create("/public/items/" + intake.trackingCode())).entity(view);
        if (intake.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    /** The request's fingerprint: who sent it and what, so that another caller reusing a key gets a 409, not the item. */
    private String hash(Actor receivedBy, SubmissionBody body) {
        try {
            return AttachmentPolicy.sha256((receivedBy.id() + "\n" + objectMapper.writeValueAsString(body))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
