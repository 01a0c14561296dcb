package vn.tthc.feedback;

import vn.tthc.platform.text.VietnameseText;
import vn.tthc.platform.errors.ConflictException;
import vn.tthc.platform.errors.InvalidFieldException;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A feedback or petition (phản ánh, kiến nghị — PAKN) about administrative regulations and procedures,
 * from receipt to its published answer. Every change goes through {@link Action}'s state machine and
 * leaves a {@link Transition} in the audit trail; each stage of handling is a {@link Step} with a due date
 * in working days.
 */
@Entity
@Table(name = "feedback_item")
public class FeedbackItem {

    @Id
    private UUID id;

    @Column(name = "tracking_code", nullable = false, unique = true)
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_kind", nullable = false)
    private SenderKind senderKind;

    @Column(name = "sender_name")
    private String senderName;

    @Column(name = "sender_organisation")
    private String senderOrganisation;

    @Column(name = "sender_address")
    private String senderAddress;

    @Column(name = "sender_phone")
    private String senderPhone;

    @Column(name = "sender_email")
    private String senderEmail;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String content;

    @Column(name = "procedure_code")
    private String procedureCode;

    @Column(name = "procedure_text")
    private String procedureText;

    private String field;

    @Column(name = "publication_consent", nullable = false)
    private boolean publicationConsent;

    @Column(name = "receiving_unit_code", nullable = false)
    private String receivingUnitCode;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_by_name")
    private String enteredByName;

    @Column(name = "entered_by_unit")
    private String enteredByUnit;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    private Classification classification;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_accepted_reason")
    private NotAcceptedReason notAcceptedReason;

    @Column(name = "not_accepted_note")
    private String notAcceptedNote;

    @Column(name = "handling_unit_code")
    private String handlingUnitCode;

    @Column(name = "transfer_unit_code")
    private String transferUnitCode;

    @Column(name = "transfer_agency")
    private String transferAgency;

    private String answer;

    @Column(name = "answer_due_date")
    private LocalDate answerDueDate;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_on_time")
    private Boolean answeredOnTime;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "merged_into")
    private UUID mergedInto;

    @Column(nullable = false)
    private int extensions;

    @Column(name = "sender_phone_key")
    private String senderPhoneKey;

    @Column(name = "sender_email_key")
    private String senderEmailKey;

    @Column(name = "content_folded", nullable = false)
    private String contentFolded;

    @Column(name = "search_folded", nullable = false)
    private String searchFolded;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<Transition> transitions = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Step> steps = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Attachment> attachments = new ArrayList<>();

    protected FeedbackItem() {
    }

    /**
     * Records a received item and opens its classification step. When it fails the acceptance rules it is
     * at once classified not accepted by the system, with the reason the sender sees.
     *
     * @param receivedBy who recorded it: the staff member who entered an item received on paper, by phone, email or
     *                   in person (kept as its enterer too), or the portal's client for an online item; null for the
     *                   service itself
     */
    public static FeedbackItem receive(UUID id, String trackingCode, Submission submission, Actor receivedBy,
                                       Moment moment, LocalDate receivedOn, Deadlines deadlines) {
        Actor enteredBy = submission.channel().online() ? null : receivedBy;
        FeedbackItem item = new FeedbackItem();
        item.id = id;
        item.trackingCode = trackingCode;
        Sender sender = submission.sender();
        item.senderKind = sender.kind();
        item.senderName = sender.name();
        item.senderOrganisation = sender.organisation();
        item.senderAddress = sender.address();
        item.senderPhone = sender.phone();
        item.senderEmail = sender.email();
        item.senderPhoneKey = sender.phoneKey();
        item.senderEmailKey = sender.emailKey();
        item.title = submission.title();
        item.content = submission.content();
        item.procedureCode = submission.procedureCode();
        item.procedureText = submission.procedureText();
        item.field = submission.field();
        item.channel = submission.channel();
        item.publicationConsent = submission.publicationConsent();
        item.receivingUnitCode = submission.receivingUnitCode();
        item.enteredBy = enteredBy == null ? null : enteredBy.id();
        item.enteredByName = enteredBy == null ? null : enteredBy.name();
        item.enteredByUnit = enteredBy == null ? null : enteredBy.unitCode();
        item.receivedAt = moment.at();
        item.receivedOn = receivedOn;
        item.refreshSearchText();
        item.apply(Action.RECEIVE, receivedBy == null ? Actor.SYSTEM : receivedBy, moment, null);
        item.openStep(StepKind.CLASSIFICATION, item.receivingUnitCode, receivedOn, deadlines.classificationDue(receivedOn));
        AcceptanceRules.check(submission).ifPresent(reason ->
                item.notAccept(reason, null, Actor.SYSTEM, moment));
        return item;
    }

    /** Classified not accepted; the reason is shown to the sender. */
    public void notAccept(NotAcceptedReason reason, String note, Actor actor, Moment moment) {
        apply(Action.REJECT, actor, moment, note == null ? reason.name() : reason.name() + ": " + note);
        classification = Classification.NOT_ACCEPTED;
        notAcceptedReason = reason;
        notAcceptedNote = note;
        endOpenStep(moment.today());
    }

    /**
     * Transferred: to the body handling officials' conduct ({@link Classification#CONDUCT}) or to the
     * competent agency ({@link Classification#OUTSIDE_COMPETENCE}).
     */
    public void transfer(Classification kind, String toUnitCode, String toAgency, String note, Actor actor, Moment moment) {
        if (kind != Classification.CONDUCT && kind != Classification.OUTSIDE_COMPETENCE) {
            throw new IllegalArgumentException("not a transfer: " + kind);
        }
        apply(Action.TRANSFER, actor, moment, note);
        classification = kind;
        transferUnitCode = toUnitCode;
        transferAgency = VietnameseText.blankToNull(toAgency);
        endOpenStep(moment.today());
    }

    /** Within competence: assigned to a division, which must report back by the handling step's due date. */
    public void assign(String divisionCode, String note, Actor actor, Moment moment, Deadlines deadlines) {
        apply(Action.ASSIGN, actor, moment, note);
        classification = Classification.WITHIN_COMPETENCE;
        handlingUnitCode = divisionCode;
        endOpenStep(moment.today());
        LocalDate handlingDue = deadlines.handlingDue(moment.today(), channel);
        answerDueDate = deadlines.answerDue(handlingDue);
        openStep(StepKind.HANDLING, divisionCode, moment.today(), handlingDue);
    }

    public void start(String note, Actor actor, Moment moment) {
        apply(Action.START, actor, moment, note);
    }

    /**
     * The division reports back with a draft answer; the department has until the answer's due date, or, when
     * that is past, until the end of today — on a day off, of the next working day (Civil Code art. 148(5)).
     */
    public void draftAnswer(String text, String note, Actor actor, Moment moment, Deadlines deadlines) {
        apply(Action.DRAFT_ANSWER, actor, moment, note);
        answer = VietnameseText.normalize(text);
        refreshSearchText();
        endOpenStep(moment.today());
        openStep(StepKind.ANSWER, receivingUnitCode, moment.today(),
                answerDueDate.isBefore(moment.today()) ? deadlines.lastDay(moment.today()) : answerDueDate);
    }

    public void approveAnswer(String note, Actor actor, Moment moment) {
        apply(Action.APPROVE_ANSWER, actor, moment, note);
    }

    /** The answer does not address the item: back to the division, with a new handling step. */
    public void returnAnswer(String note, Actor actor, Moment moment, Deadlines deadlines) {
        apply(Action.RETURN_ANSWER, actor, moment, note);
        endOpenStep(moment.today());
        openStep(StepKind.HANDLING, handlingUnitCode, moment.today(), deadlines.handlingDue(moment.today(), channel));
    }

    /** The answer is sent; it is on time when sent by the answer's due date. */
    public void sendAnswer(String note, Actor actor, Moment moment, Deadlines deadlines) {
        apply(Action.SEND_ANSWER, actor, moment, note);
        answeredOn = moment.today();
        answeredOnTime = !answeredOn.isAfter(answerDueDate);
        endOpenStep(moment.today());
        if (publicationConsent) {
            openStep(StepKind.PUBLICATION, receivingUnitCode, moment.today(), deadlines.publicationDue(moment.today()));
        }
    }

    /** Publishes the sent answer; only with the sender's consent to publication. */
    public void publish(String note, Actor actor, Moment moment) {
        if (status == ItemStatus.ANSWERED && !publicationConsent) {
            throw new ConflictException("item.no-publication-consent", id);
        }
        apply(Action.PUBLISH, actor, moment, note);
        publishedOn = moment.today();
        endOpenStep(moment.today());
    }

    /**
     * More time for the current step: its due date moves by the given working days, and so does the
     * answer's due date. A reason is required.
     */
    public void extend(String reason, int workingDays, Actor actor, Moment moment, Deadlines deadlines) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "extension.reason-required");
        }
        if (workingDays < 1) {
            throw new InvalidFieldException("workingDays", "extension.days");
        }
        Step step = openStep().orElseThrow(() -> new ConflictException("transition.invalid", id));
        apply(Action.EXTEND, actor, moment, "+" + workingDays + ": " + VietnameseText.normalize(reason));
        step.dueOn(deadlines.extend(step.dueDate(), workingDays));
        if (answerDueDate != null) {
            answerDueDate = deadlines.extend(answerDueDate, workingDays);
        }
        extensions++;
    }

    /** A duplicate of another item: closed into it. */
    public void mergeInto(FeedbackItem primary, String note, Actor actor, Moment moment) {
        if (primary.id.equals(id) || primary.status == ItemStatus.MERGED) {
            throw new ConflictException("duplicate.invalid-merge", id);
        }
        apply(Action.MERGE, actor, moment, note == null ? "→ " + primary.trackingCode : "→ " + primary.trackingCode + ": " + note);
        mergedInto = primary.id;
        endOpenStep(moment.today());
    }

    private void apply(Action action, Actor actor, Moment moment, String note) {
        ItemStatus from = status;
        if (action != Action.RECEIVE && !action.allowedFrom(from)) {
            throw new ConflictException("transition.invalid", id);
        }
        status = action.target(from);
        transitions.add(new Transition(action, from, status, actor, moment.at(),
                note == null ? null : VietnameseText.blankToNull(note)));
    }

    private void openStep(StepKind kind, String unitCode, LocalDate startedOn, LocalDate due) {
        steps.add(new Step(this, kind, unitCode, startedOn, due));
    }

    private void endOpenStep(LocalDate today) {
        openStep().ifPresent(step -> step.end(today));
    }

    public Optional<Step> openStep() {
        return steps.stream().filter(Step::isOpen).findFirst();
    }

    public void attach(String fileName, String mediaType, byte[] bytes, String sha256) {
        attachments.add(new Attachment(this, attachments.size(), fileName, mediaType, bytes, sha256));
    }

    private void refreshSearchText() {
        contentFolded = VietnameseText.foldForSearch(title + " " + content);
        searchFolded = VietnameseText.foldForSearch(String.join(" ", title, content,
                answer == null ? "" : answer, field == null ? "" : field));
    }

    public Sender sender() {
        return new Sender(senderKind, senderName, senderOrganisation, senderAddress, senderPhone, senderEmail);
    }

    public UUID id() { return id; }
    public String trackingCode() { return trackingCode; }
    public ItemStatus status() { return status; }
    public Channel channel() { return channel; }
    public String title() { return title; }
    public String content() { return content; }
    public String procedureCode() { return procedureCode; }
    public String procedureText() { return procedureText; }
    public String field() { return field; }
    public boolean publicationConsent() { return publicationConsent; }
    public String receivingUnitCode() { return receivingUnitCode; }
    public String enteredBy() { return enteredBy; }
    public String enteredByName() { return enteredByName; }
    public String enteredByUnit() { return enteredByUnit; }
    public Instant receivedAt() { return receivedAt; }
    public LocalDate receivedOn() { return receivedOn; }
    public Classification classification() { return classification; }
    public NotAcceptedReason notAcceptedReason() { return notAcceptedReason; }
    public String notAcceptedNote() { return notAcceptedNote; }
    public String handlingUnitCode() { return handlingUnitCode; }
    public String transferUnitCode() { return transferUnitCode; }
    public String transferAgency() { return transferAgency; }
    public String answer() { return answer; }
    public LocalDate answerDueDate() { return answerDueDate; }
    public LocalDate answeredOn() { return answeredOn; }
    public Boolean answeredOnTime() { return answeredOnTime; }
    public LocalDate publishedOn() { return publishedOn; }
    public UUID mergedInto() { return mergedInto; }
    public int extensions() { return extensions; }
    public String contentFolded() { return contentFolded; }
    public long version() { return version; }
    public List<Transition> transitions() { return List.copyOf(transitions); }
    public List<Step> steps() { return List.copyOf(steps); }
    public List<Attachment> attachments() { return List.copyOf(attachments); }
}
