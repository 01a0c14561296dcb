package vn.tthc.feedback.rest;

import vn.tthc.platform.idempotency.Idempotent;
import vn.tthc.platform.idempotency.IdempotencyKey;
import vn.tthc.platform.web.ProblemMessages;
import vn.tthc.platform.web.ETags;
import vn.tthc.platform.web.Page;
import vn.tthc.platform.web.PageRequest;

import jakarta.annotation.security.RolesAllowed;
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
import vn.tthc.platform.errors.AccessDeniedException;
import vn.tthc.feedback.Attachment;
import vn.tthc.feedback.Caller;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.ItemAction;
import vn.tthc.feedback.ItemStatus;
import vn.tthc.platform.errors.NotFoundException;
import vn.tthc.feedback.service.ItemQueries;
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
import vn.tthc.feedback.access.CurrentCaller;
import vn.tthc.feedback.access.ItemAccess;
import vn.tthc.feedback.service.DeadlineService;
import vn.tthc.feedback.service.DuplicateService;
import vn.tthc.feedback.service.WorkflowService;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The staff side: intake of paper, phone and email items, and every step of the workflow. Each action is
 * recorded with the caller's subject, name and unit from the bearer token; who may do what to which item is
 * {@link Caller}'s rule (SECURITY.md). An action the item's status does not allow is a 409; If-Match with the
 * item's ETag guards against concurrent changes (412).
 */
@Path("/items")
@Tag(name = "Xử lý phản ánh, kiến nghị", description = "Staff intake and workflow. Each change is recorded with the caller's "
        + "subject, name and unit from the bearer token. Another unit's item and an item that does not exist get the same 403 "
        + "(404 only for province-wide callers).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ADMINISTRATOR, Caller.PLANNER, Caller.UNIT_OFFICER, Caller.LEADER, Caller.AUDITOR, Caller.INTEGRATION})
public class ItemResource {

    private final Intake intake;
    private final WorkflowService workflow;
    private final DuplicateService duplicates;
    private final DeadlineService deadlines;
    private final ItemQueries queries;
    private final ItemAccess access;
    private final CurrentCaller callers;
    private final ProblemMessages messages;

    @Context
    HttpHeaders headers;

    public ItemResource(Intake intake, WorkflowService workflow, DuplicateService duplicates, DeadlineService deadlines,
                        ItemQueries queries, ItemAccess access, CurrentCaller callers,
                        ProblemMessages messages) {
        this.intake = intake;
        this.workflow = workflow;
        this.duplicates = duplicates;
        this.deadlines = deadlines;
        this.queries = queries;
        this.access = access;
        this.callers = callers;
        this.messages = messages;
    }

    @RolesAllowed({Caller.PLANNER, Caller.UNIT_OFFICER, Caller.ADMINISTRATOR})
    @POST
    @Operation(summary = "Enter an item received on paper, by phone, by email or in person",
            description = "Roles: planner, unit-officer, administrator. Records who entered it (the token's subject, name and "
                    + "unit). receivingUnitCode defaults to the caller's unit; planners may enter for their unit or a unit below "
                    + "it, unit officers for their own unit (else 403). receivedOn defaults to today. An Idempotency-Key is "
                    + "optional here.")
    @Idempotent
    public Response enter(@BeanParam IdempotencyKey idempotencyKey, @Valid @NotNull SubmissionBody body) {
        Caller caller = callers.get();
        if (body.channel().online()) {
            throw new InvalidFieldException("channel", "channel.portal-only");
        }
        String receivingUnit = body.receivingUnitCode() != null ? body.receivingUnitCode() : caller.unit();
        if (receivingUnit == null) {
            throw new InvalidFieldException("receivingUnitCode", "unit.required");
        }
        if (!queries.unitExists(receivingUnit)) {
            throw new InvalidFieldException("receivingUnitCode", "unit.unknown");
        }
        if (!caller.mayEnterFor(access.path(receivingUnit))) {
            throw new AccessDeniedException();
        }
        return intake.submit(body, caller.actor(), caller.unit(), messages);
    }

    @GET
    @Operation(summary = "List items", description = "Only the items the caller sees (received or handled by their unit, or "
            + "below it for planners, leaders and auditors; province-wide for administrators and integration); the total "
            + "counts those. Filtered by status, unit (and the units below it), field and words (without diacritics or "
            + "case); newest first; paginated.")
    public Page<ItemSummary> list(@QueryParam("status") ItemStatus status,
                                  @QueryParam("unitCode") @Size(max = 50) String unitCode,
                                  @QueryParam("field") @Size(max = 200) String field,
                                  @QueryParam("q") @Size(max = 200) String q,
                                  @Valid @BeanParam PageRequest page) {
        return queries.search(callers.get(), status, unitCode, field, q, page).map(ItemSummary::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an item", description = "Everything, with contacts, steps and the audit trail (who: subject, "
            + "name and unit; when). The ETag is its version.")
    public Response get(@PathParam("id") UUID id) {
        return view(access.require(id, callers.get(), ItemAction.READ));
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment", description = "With its SHA-256 checksum in the Digest header.")
    public Response attachment(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        Attachment attachment = access.require(id, callers.get(), ItemAction.READ).attachments().stream().filter(a -> a.id().equals(attachmentId))
                .findFirst().orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return Response.ok(attachment.content(), attachment.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + attachment.id() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(attachment.sha256())))
                .build();
    }

    @RolesAllowed({Caller.PLANNER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/classification")
    @Operation(summary = "Classify a received item", description = "Roles: planner (at or above the receiving unit), "
            + "administrator. NOT_ACCEPTED (with a reason the sender sees), CONDUCT or OUTSIDE_COMPETENCE (transferred; a "
            + "unit of the tree or an agency's name), WITHIN_COMPETENCE (assigned to a division below the receiving agency).")
    public Response classify(@PathParam("id") UUID id, @Valid @NotNull ClassificationBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.classify(id, ETags.expectedVersion(headers), new WorkflowService.Decision(
                body.classification(), body.reason(), body.handlingUnitCode(), body.transferUnitCode(),
                body.transferAgency(), body.note()), caller));
    }

    @RolesAllowed({Caller.UNIT_OFFICER, Caller.PLANNER})
    @POST
    @Path("/{id}/start")
    @Operation(summary = "The division starts handling the item",
            description = "Roles: unit-officer (of the handling unit), planner (at or above it).")
    public Response start(@PathParam("id") UUID id, @Valid NoteBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.start(id, ETags.expectedVersion(headers), note(body), caller));
    }

    @RolesAllowed({Caller.UNIT_OFFICER, Caller.PLANNER})
    @POST
    @Path("/{id}/answer-draft")
    @Operation(summary = "The division reports back with a draft answer",
            description = "Roles: unit-officer (of the handling unit), planner (at or above it).")
    public Response draft(@PathParam("id") UUID id, @Valid @NotNull DraftBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.draftAnswer(id, ETags.expectedVersion(headers), body.answer(), body.note(), caller));
    }

    @RolesAllowed({Caller.LEADER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/answer-approval")
    @Operation(summary = "The department approves the draft answer",
            description = "Roles: leader (of the handling unit or a unit above it), administrator.")
    public Response approve(@PathParam("id") UUID id, @Valid NoteBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.approveAnswer(id, ETags.expectedVersion(headers), note(body), caller));
    }

    @RolesAllowed({Caller.LEADER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/answer-return")
    @Operation(summary = "Return an answer that does not address the item", description = "Roles: leader (of the handling "
            + "unit or a unit above it), administrator. Back to IN_PROGRESS with a new handling step; the note says why.")
    public Response returnAnswer(@PathParam("id") UUID id, @Valid @NotNull ReasonBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.returnAnswer(id, ETags.expectedVersion(headers), body.note(), caller));
    }

    @RolesAllowed({Caller.PLANNER, Caller.LEADER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/answer-sending")
    @Operation(summary = "Send the approved answer", description = "Roles: planner or leader (at or above the receiving unit), "
            + "administrator. Publishes vn.tthc.feedback.item.answered.v1 with the due date and whether it was on time.")
    public Response send(@PathParam("id") UUID id, @Valid NoteBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.sendAnswer(id, ETags.expectedVersion(headers), note(body), caller));
    }

    @RolesAllowed({Caller.PLANNER, Caller.LEADER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/publication")
    @Operation(summary = "Publish the sent answer", description = "Roles: planner or leader (at or above the receiving unit), "
            + "administrator. Only with the sender's consent to publication (else 409).")
    public Response publish(@PathParam("id") UUID id, @Valid NoteBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.publish(id, ETags.expectedVersion(headers), note(body), caller));
    }

    @RolesAllowed({Caller.PLANNER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/extensions")
    @Operation(summary = "Extend the current step", description = "Roles: planner (at or above the receiving unit), "
            + "administrator. A reason is required. The step's due date, and the answer's, move by workingDays (default: a "
            + "normal handling time becomes a complex case's).")
    public Response extend(@PathParam("id") UUID id, @Valid @NotNull ExtensionBody body) {
        Caller caller = callers.get();
        return act(() -> workflow.extend(id, ETags.expectedVersion(headers), body.reason(), body.workingDays(), caller));
    }

    @GET
    @Path("/{id}/duplicates")
    @Operation(summary = "Likely duplicates of an item", description = "Found on intake by trigram similarity, and links made "
            + "by staff (with who decided and when); only the other items the caller sees.")
    public List<DuplicateView> duplicates(@PathParam("id") UUID id) {
        Caller caller = callers.get();
        access.require(id, caller, ItemAction.READ);
        return duplicates.candidates(id).stream()
                .map(c -> DuplicateView.of(c, id))
                .filter(view -> queries.sees(caller, view.otherItemId()))
                .toList();
    }

    @RolesAllowed({Caller.PLANNER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/duplicates/{otherId}/link")
    @Operation(summary = "Link two items as duplicates", description = "Roles: planner (at or above the item's receiving unit; "
            + "the other item must be one they see), administrator. Both stay open.")
    public DuplicateView link(@PathParam("id") UUID id, @PathParam("otherId") UUID otherId) {
        return DuplicateView.of(duplicates.link(id, otherId, callers.get()), id);
    }

    @RolesAllowed({Caller.PLANNER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/duplicates/{otherId}/dismissal")
    @Operation(summary = "Dismiss a suspected duplicate", description = "Roles: planner (at or above the item's receiving unit; "
            + "the other item must be one they see), administrator.")
    public DuplicateView dismiss(@PathParam("id") UUID id, @PathParam("otherId") UUID otherId) {
        return DuplicateView.of(duplicates.dismiss(id, otherId, callers.get()), id);
    }

    @RolesAllowed({Caller.PLANNER, Caller.ADMINISTRATOR})
    @POST
    @Path("/{id}/merge")
    @Operation(summary = "Merge a duplicate into another item", description = "Roles: planner (at or above the item's receiving "
            + "unit; the other item must be one they see), administrator. The item is closed (MERGED) and points to the other.")
    public Response merge(@PathParam("id") UUID id, @Valid @NotNull MergeBody body) {
        Caller caller = callers.get();
        return act(() -> duplicates.merge(id, body.intoItemId(), body.note(), caller, ETags.expectedVersion(headers)));
    }

    @GET
    @Path("/due")
    @Operation(summary = "Steps due in the next N working days", description = "Open steps of a unit and the units below it, "
            + "due from today to the N-th working day after today; soonest first. The unit must be one the caller sees (403 "
            + "otherwise); a unit officer gets their own unit's steps only.")
    public Page<DueStepView> due(@QueryParam("unitCode") @NotNull @Pattern(regexp = ItemRequests.UNIT_CODE) String unitCode,
                                 @Parameter(description = "N, 0–60") @QueryParam("workingDays") @DefaultValue("3") @Min(0) @Max(60) int workingDays,
                                 @Valid @BeanParam PageRequest page) {
        List<String> unitCodes = access.unitsUnder(unitCode, callers.get());
        return Page.of(deadlines.dueWithin(unitCodes, deadlines.window(workingDays)), page, DueStepView::of);
    }

    /** Runs one action in its transaction and answers with the item as it now is (flushed: the ETag is its new version). */
    private Response act(Supplier<FeedbackItem> action) {
        return queries.act(action, this::view);
    }

    private Response view(FeedbackItem item) {
        return Response.ok(ItemView.of(item, messages)).tag(ETags.of(item.version())).build();
    }

    private static String note(NoteBody body) {
        return body == null ? null : body.note();
    }
}
