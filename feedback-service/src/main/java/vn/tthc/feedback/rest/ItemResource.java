package vn.tthc.feedback.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tthc.feedback.Attachment;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.feedback.InvalidFieldException;
import vn.tthc.feedback.ItemStatus;
import vn.tthc.feedback.NotFoundException;
import vn.tthc.feedback.repository.FeedbackItemRepository;
import vn.tthc.feedback.repository.UnitRepository;
import vn.tthc.feedback.rest.ItemRequests.ClassificationBody;
import vn.tthc.feedback.rest.ItemRequests.DraftBody;
import vn.tthc.feedback.rest.ItemRequests.ExtensionBody;
import vn.tthc.feedback.rest.ItemRequests.MergeBody;
import vn.tthc.feedback.rest.ItemRequests.NoteBody;
import vn.tthc.feedback.rest.ItemRequests.ReasonBody;
import vn.tthc.feedback.rest.ItemRequests.SubmissionBody;
import vn.tthc.feedback.rest.ItemViews.DueStepView;
import vn.tthc.feedback.rest.ItemViews.DuplicateView;
import vn.tthc.feedback.rest.ItemViews.ItemSummary;
import vn.tthc.feedback.rest.ItemViews.ItemView;
import vn.tthc.feedback.service.DeadlineService;
import vn.tthc.feedback.service.DuplicateService;
import vn.tthc.feedback.service.WorkflowService;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The staff side: intake of paper, phone and email items, and every step of the workflow. Each action is
 * recorded with the actor and unit from the (temporary) X-Actor and X-Unit headers; an action the item's
 * status does not allow is a 409; If-Match with the item's ETag guards against concurrent changes (412).
 */
@Path("/items")
@Tag(name = "Xử lý phản ánh, kiến nghị", description = "Staff intake and workflow. Temporary: the actor comes from X-Actor and X-Unit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

    private final Intake intake;
    private final WorkflowService workflow;
    private final DuplicateService duplicates;
    private final DeadlineService deadlines;
    private final FeedbackItemRepository items;
    private final UnitRepository units;
    private final ActorHeaders actors;
    private final ProblemMessages messages;

    @Context
    HttpHeaders headers;

    public ItemResource(Intake intake, WorkflowService workflow, DuplicateService duplicates, DeadlineService deadlines,
                        FeedbackItemRepository items, UnitRepository units, ActorHeaders actors, ProblemMessages messages) {
        this.intake = intake;
        this.workflow = workflow;
        this.duplicates = duplicates;
        this.deadlines = deadlines;
        this.items = items;
        this.units = units;
        this.actors = actors;
        this.messages = messages;
    }

    @POST
    @Operation(summary = "Enter an item received on paper, by phone, by email or in person",
            description = "Records who entered it (X-Actor, X-Unit). receivingUnitCode defaults to X-Unit; receivedOn to today. "
                    + "An Idempotency-Key is optional here.")
    public Response enter(@HeaderParam(Intake.IDEMPOTENCY_KEY) String idempotencyKey, @Valid @NotNull SubmissionBody body) {
        var actor = actors.require();
        if (body.channel().online()) {
            throw new InvalidFieldException("channel", "channel.portal-only");
        }
        return intake.submit(body, idempotencyKey, actor, messages);
    }

    @GET
    @Operation(summary = "List items", description = "Filtered by status, unit (and the units below it), field and words "
            + "(without diacritics or case); newest first; paginated.")
    public Page<ItemSummary> list(@QueryParam("status") ItemStatus status,
                                  @QueryParam("unitCode") @Size(max = 50) String unitCode,
                                  @QueryParam("field") @Size(max = 200) String field,
                                  @QueryParam("q") @Size(max = 200) String q,
                                  @Valid @BeanParam PageRequest page) {
        List<String> unitCodes = unitCode == null ? null : units.descendantsOrSelf(unitCode);
        return Page.of(items.search(status, unitCodes, field, q), page, ItemSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an item", description = "Everything, with contacts, steps and the audit trail. The ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        return view(items.require(id));
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment", description = "With its SHA-256 checksum in the Digest header.")
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        Attachment attachment = items.require(id).attachments().stream().filter(a -> a.id().equals(attachmentId))
                .findFirst().orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return Response.ok(attachment.content(), attachment.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + attachment.id() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(attachment.sha256())))
                .build();
    }

    @POST
    @Path("/{id}/classification")
    @Operation(summary = "Classify a received item", description = "NOT_ACCEPTED (with a reason the sender sees), CONDUCT "
            + "or OUTSIDE_COMPETENCE (transferred; a unit of the tree or an agency's name), WITHIN_COMPETENCE (assigned to a "
            + "division below the receiving agency).")
    public Response classify(@PathParam("id") UUID id, @Valid @NotNull ClassificationBody body) {
        return act(() -> workflow.classify(id, ETags.expectedVersion(headers), new WorkflowService.Decision(
                body.classification(), body.reason(), body.handlingUnitCode(), body.transferUnitCode(),
                body.transferAgency(), body.note()), actors.require()));
    }

    @POST
    @Path("/{id}/start")
    @Operation(summary = "The division starts handling the item")
    public Response start(@PathParam("id") UUID id, @Valid NoteBody body) {
        return act(() -> workflow.start(id, ETags.expectedVersion(headers), note(body), actors.require()));
    }

    @POST
    @Path("/{id}/answer-draft")
    @Operation(summary = "The division reports back with a draft answer")
    public Response draft(@PathParam("id") UUID id, @Valid @NotNull DraftBody body) {
        return act(() -> workflow.draftAnswer(id, ETags.expectedVersion(headers), body.answer(), body.note(), actors.require()));
    }

    @POST
    @Path("/{id}/answer-approval")
    @Operation(summary = "The department approves the draft answer")
    public Response approve(@PathParam("id") UUID id, @Valid NoteBody body) {
        return act(() -> workflow.approveAnswer(id, ETags.expectedVersion(headers), note(body), actors.require()));
    }

    @POST
    @Path("/{id}/answer-return")
    @Operation(summary = "Return an answer that does not address the item", description = "Back to IN_PROGRESS with a new "
            + "handling step; the note says why.")
    public Response returnAnswer(@PathParam("id") UUID id, @Valid @NotNull ReasonBody body) {
        return act(() -> workflow.returnAnswer(id, ETags.expectedVersion(headers), body.note(), actors.require()));
    }

    @POST
    @Path("/{id}/answer-sending")
    @Operation(summary = "Send the approved answer", description = "Publishes vn.tthc.feedback.item.answered.v1 with the due date and whether it was on time.")
    public Response send(@PathParam("id") UUID id, @Valid NoteBody body) {
        return act(() -> workflow.sendAnswer(id, ETags.expectedVersion(headers), note(body), actors.require()));
    }

    @POST
    @Path("/{id}/publication")
    @Operation(summary = "Publish the sent answer", description = "Only with the sender's consent to publication (else 409).")
    public Response publish(@PathParam("id") UUID id, @Valid NoteBody body) {
        return act(() -> workflow.publish(id, ETags.expectedVersion(headers), note(body), actors.require()));
    }

    @POST
    @Path("/{id}/extensions")
    @Operation(summary = "Extend the current step", description = "A reason is required. The step's due date, and the answer's, "
            + "move by workingDays (default: a normal handling time becomes a complex case's).")
    public Response extend(@PathParam("id") UUID id, @Valid @NotNull ExtensionBody body) {
        return act(() -> workflow.extend(id, ETags.expectedVersion(headers), body.reason(), body.workingDays(), actors.require()));
    }

    @GET
    @Path("/{id}/duplicates")
    @Operation(summary = "Likely duplicates of an item", description = "Found on intake by trigram similarity, and links made by staff.")
    public List<DuplicateView> duplicates(@PathParam("id") UUID id) {
        items.require(id);
        return duplicates.candidates(id).stream().map(c -> DuplicateView.of(c, id)).toList();
    }

    @POST
    @Path("/{id}/duplicates/{otherId}/link")
    @Operation(summary = "Link two items as duplicates", description = "Both stay open.")
    public DuplicateView link(@PathParam("id") UUID id, @PathParam("otherId") UUID otherId) {
        actors.require();
        return DuplicateView.of(duplicates.link(id, otherId), id);
    }

    @POST
    @Path("/{id}/duplicates/{otherId}/dismissal")
    @Operation(summary = "Dismiss a suspected duplicate")
    public DuplicateView dismiss(@PathParam("id") UUID id, @PathParam("otherId") UUID otherId) {
        actors.require();
        return DuplicateView.of(duplicates.dismiss(id, otherId), id);
    }

    @POST
    @Path("/{id}/merge")
    @Operation(summary = "Merge a duplicate into another item", description = "The item is closed (MERGED) and points to the other.")
    public Response merge(@PathParam("id") UUID id, @Valid @NotNull MergeBody body) {
        return act(() -> duplicates.merge(id, body.intoItemId(), body.note(), actors.require(), ETags.expectedVersion(headers)));
    }

    @GET
    @Path("/due")
    @Operation(summary = "Steps due in the next N working days", description = "Open steps of a unit and the units below it, "
            + "due from today to the N-th working day after today; soonest first.")
    public Page<DueStepView> due(@QueryParam("unitCode") @NotNull @Pattern(regexp = ItemRequests.UNIT_CODE) String unitCode,
                                 @Parameter(description = "N, 0–60") @QueryParam("workingDays") @DefaultValue("3") @Min(0) @Max(60) int workingDays,
                                 @Valid @BeanParam PageRequest page) {
        return Page.of(deadlines.dueWithin(unitCode, deadlines.window(workingDays)), page, DueStepView::of);
    }

    /** Runs one action in its transaction and answers with the item as it now is (flushed: the ETag is its new version). */
    private Response act(Supplier<FeedbackItem> action) {
        return QuarkusTransaction.requiringNew().call(() -> {
            FeedbackItem item = action.get();
            items.flush();
            return view(item);
        });
    }

    private Response view(FeedbackItem item) {
        return Response.ok(ItemView.of(item, messages)).tag(ETags.of(item.version())).build();
    }

    private static String note(NoteBody body) {
        return body == null ? null : body.note();
    }
}
