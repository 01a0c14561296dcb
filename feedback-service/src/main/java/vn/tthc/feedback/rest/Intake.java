package vn.tthc.feedback.rest;

import vn.tthc.platform.web.ProblemMessages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import vn.tthc.feedback.Actor;
import vn.tthc.feedback.rest.ItemRequests.SubmissionBody;
import vn.tthc.feedback.rest.ItemViews.IntakeView;
import vn.tthc.feedback.service.ItemQueries;
import vn.tthc.feedback.service.IntakeService;
import vn.tthc.feedback.service.LookupSecrets;

import java.net.URI;

/**
 * The HTTP side of intake shared by the portal and the staff endpoints. A retried post with an Idempotency-Key is
 * answered by the platform ({@link vn.tthc.platform.idempotency.Idempotent}) before it reaches here.
 */
@ApplicationScoped
public class Intake {

    private final IntakeService service;
    private final ItemQueries queries;
    private final LookupSecrets secrets;

    public Intake(IntakeService service, ItemQueries queries, LookupSecrets secrets) {
        this.service = service;
        this.queries = queries;
        this.secrets = secrets;
    }

    /**
     * Records the item and answers 201 with its tracking code and lookup secret.
     *
     * @param receivedBy the caller recording it (staff, or the portal's client), recorded in the item's history
     * @param defaultUnit the receiving unit when the body names none (the staff member's unit), or null
     */
    Response submit(SubmissionBody body, Actor receivedBy, String defaultUnit, ProblemMessages messages) {
        IntakeService.Intake intake = service.submit(body.toSubmission(defaultUnit), body.uploads(), receivedBy,
                body.receivedOn());
        var item = queries.item(intake.itemId());
        IntakeView view = new IntakeView(intake.itemId(), intake.trackingCode(), secrets.secretFor(intake.trackingCode()),
                intake.status(), ItemViews.Reason.of(item, messages));
        return Response.created(URI.create("/public/items/" + intake.trackingCode())).entity(view).build();
    }
}
