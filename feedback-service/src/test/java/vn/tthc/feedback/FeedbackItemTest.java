package vn.tthc.feedback;

import vn.tthc.platform.errors.ConflictException;
import vn.tthc.platform.errors.InvalidFieldException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.tthc.feedback.calendar.HolidayRules;
import vn.tthc.feedback.calendar.WorkingDayCalendar;
import vn.tthc.feedback.calendar.WorkingDays;
import vn.tthc.feedback.calendar.YearOverrides;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workflow's state machine and its deadlines, without HTTP or a database. */
class FeedbackItemTest {

    private static final WorkingDays DAYS = new WorkingDays(new WorkingDayCalendar(HolidayRules.DEFAULT, List.of(
            YearOverrides.none(2025).withDaysOff(LocalDate.of(2025, 1, 25), LocalDate.of(2025, 2, 2))
                    .withDaysOff(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 2))
                    .withSwappedWorkingDay(LocalDate.of(2025, 4, 26)),
            YearOverrides.none(2026).withDaysOff(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22)))));
    private static final Deadlines DEADLINES = new Deadlines(DAYS, TimeLimits.DEFAULT);
    private static final Actor CLERK = new Actor("vp.clerk", "SKHCN-VP");
    private static final Actor EXPERT = new Actor("qlkh.expert", "SKHCN-QLKH");
    private static final Actor DIRECTOR = new Actor("director", "SKHCN");

    static Moment on(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        return new Moment(ZonedDateTime.of(date, LocalTime.of(9, 0), Moment.VIETNAM).toInstant(), date);
    }

    static Submission submission(Sender sender, Channel channel, String title, String content, boolean consent) {
        return new Submission(sender, title, content, "1.001234", null, "Hoạt động khoa học và công nghệ", channel,
                consent, "SKHCN-VP");
    }

    static Sender an() {
        return new Sender(SenderKind.INDIVIDUAL, "Nguyễn Văn An", null, "12 Trần Hưng Đạo, Sóc Trăng", "0912345678", null);
    }

    static FeedbackItem received(Moment moment, Channel channel, boolean consent) {
        return FeedbackItem.receive(UUID.randomUUID(), "PAKN-T", submission(an(), channel,
                "Chậm cấp giấy chứng nhận", "Tôi nộp hồ sơ đã lâu nhưng chưa nhận được kết quả giải quyết.", consent),
                CLERK, moment, moment.today(), DEADLINES);
    }

    @Test
    void theFullPathWithAReturnedAnswerAndAnExtension() {
        FeedbackItem item = received(on(2025, 3, 10), Channel.WRITTEN, true);
        assertThat(item.status()).isEqualTo(ItemStatus.RECEIVED);
        // Monday 10 March 2025 + 5 working days = Monday 17 March.
        assertThat(item.openStep().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2025, 3, 17));

        item.assign("SKHCN-QLKH", "Giao Phòng QLKH", CLERK, on(2025, 3, 11), DEADLINES);
        Step handling = item.openStep().orElseThrow();
        assertThat(handling.kind()).isEqualTo(StepKind.HANDLING);
        assertThat(handling.dueDate()).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(item.answerDueDate()).isEqualTo(LocalDate.of(2025, 3, 20));

        item.start(null, EXPERT, on(2025, 3, 12));
        item.extend("Vụ việc phức tạp", 5, EXPERT, on(2025, 3, 13), DEADLINES);
        assertThat(item.openStep().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2025, 3, 25));
        assertThat(item.answerDueDate()).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(item.status()).isEqualTo(ItemStatus.IN_PROGRESS);

        item.draftAnswer("Dự thảo 1", null, EXPERT, on(2025, 3, 20), DEADLINES);
        item.returnAnswer("Chưa trả lời thời hạn", DIRECTOR, on(2025, 3, 21), DEADLINES);
        assertThat(item.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(item.openStep().orElseThrow().kind()).isEqualTo(StepKind.HANDLING);
        item.draftAnswer("Dự thảo 2", null, EXPERT, on(2025, 3, 24), DEADLINES);
        item.approveAnswer(null, DIRECTOR, on(2025, 3, 25));
        item.sendAnswer(null, CLERK, on(2025, 3, 26), DEADLINES);
        assertThat(item.answeredOnTime()).isTrue();
        assertThat(item.answer()).isEqualTo("Dự thảo 2");
        item.publish(null, CLERK, on(2025, 3, 27));
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.openStep()).isEmpty();

        assertThat(item.transitions()).extracting(Transition::action).containsExactly(Action.RECEIVE, Action.ASSIGN,
                Action.START, Action.EXTEND, Action.DRAFT_ANSWER, Action.RETURN_ANSWER, Action.DRAFT_ANSWER,
                Action.APPROVE_ANSWER, Action.SEND_ANSWER, Action.PUBLISH);
        assertThat(item.transitions()).extracting(Transition::actor).containsExactly("vp.clerk", "vp.clerk",
                "qlkh.expert", "qlkh.expert", "qlkh.expert", "director", "qlkh.expert", "director", "vp.clerk", "vp.clerk");
        Transition returned = item.transitions().get(5);
        assertThat(returned.fromStatus()).isEqualTo(ItemStatus.ANSWER_DRAFTED);
        assertThat(returned.toStatus()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(returned.note()).isEqualTo("Chưa trả lời thời hạn");
        assertThat(returned.actorUnit()).isEqualTo("SKHCN");
        assertThat(item.transitions().get(3).note()).isEqualTo("+5: Vụ việc phức tạp");
        assertThat(item.steps()).extracting(Step::kind).containsExactly(StepKind.CLASSIFICATION, StepKind.HANDLING,
                StepKind.ANSWER, StepKind.HANDLING, StepKind.ANSWER, StepKind.PUBLICATION);
    }

    @Test
    void aLateDraftOnADayOffGivesTheAnswerStepUntilTheNextWorkingDay() {
        // Civil Code art. 148(5): the answer was due on 17 March 2025; the draft comes on Saturday 22 March, so
        // the answer step, due "today", ends on Monday 24 March, and is not overdue on that Monday.
        FeedbackItem item = received(on(2025, 3, 10), Channel.PROVINCIAL_PORTAL, false);
        item.assign("SKHCN-QLKH", null, CLERK, on(2025, 3, 10), DEADLINES);
        item.start(null, EXPERT, on(2025, 3, 11));
        item.draftAnswer("Trả lời", null, EXPERT, on(2025, 3, 22), DEADLINES);
        Step answer = item.openStep().orElseThrow();
        assertThat(answer.kind()).isEqualTo(StepKind.ANSWER);
        assertThat(answer.dueDate()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(answer.markOverdue(LocalDate.of(2025, 3, 24))).isFalse();
        assertThat(answer.markOverdue(LocalDate.of(2025, 3, 25))).isTrue();
    }

    @Test
    void anAnswerSentAfterItsDueDateIsLate() {
        FeedbackItem item = received(on(2025, 3, 10), Channel.PROVINCIAL_PORTAL, false);
        item.assign("SKHCN-QLKH", null, CLERK, on(2025, 3, 10), DEADLINES);
        // Online: 3 working days for the division, then 2 for the answer.
        assertThat(item.openStep().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(item.answerDueDate()).isEqualTo(LocalDate.of(2025, 3, 17));
        item.start(null, EXPERT, on(2025, 3, 11));
        item.draftAnswer("Trả lời", null, EXPERT, on(2025, 3, 18), DEADLINES);
        assertThat(item.openStep().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2025, 3, 18));
        item.approveAnswer(null, DIRECTOR, on(2025, 3, 18));
        item.sendAnswer(null, CLERK, on(2025, 3, 18), DEADLINES);
        assertThat(item.answeredOnTime()).isFalse();
        // No consent: no publication step, and publishing is refused.
        assertThat(item.openStep()).isEmpty();
        assertThatThrownBy(() -> item.publish(null, CLERK, on(2025, 3, 19)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("item.no-publication-consent");
    }

    @Test
    void transferAndConductEndTheClassificationStep() {
        FeedbackItem outside = received(on(2026, 2, 12), Channel.EMAIL, true);
        // Thursday 12 February 2026: Friday 13, then Tết to Sunday 22, then 23–26 February.
        assertThat(outside.openStep().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 2, 26));
        outside.transfer(Classification.OUTSIDE_COMPETENCE, null, "Sở Tư pháp", "Thuộc thẩm quyền Sở Tư pháp", CLERK,
                on(2026, 2, 13));
        assertThat(outside.status()).isEqualTo(ItemStatus.TRANSFERRED);
        assertThat(outside.classification()).isEqualTo(Classification.OUTSIDE_COMPETENCE);
        assertThat(outside.openStep()).isEmpty();

        FeedbackItem conduct = received(on(2026, 2, 12), Channel.PHONE, true);
        conduct.transfer(Classification.CONDUCT, "SKHCN-TTRA", "Thanh tra Sở", null, CLERK, on(2026, 2, 13));
        assertThat(conduct.classification()).isEqualTo(Classification.CONDUCT);
        assertThat(conduct.transferUnitCode()).isEqualTo("SKHCN-TTRA");
    }

    @Test
    void aSwappedSaturdayCountsAsAWorkingDay() {
        // Thursday 24 April 2025: Friday 25, Saturday 26 (worked), Monday 28, Tuesday 29; 30/4, 1/5 and 2/5 off.
        FeedbackItem item = received(on(2025, 4, 24), Channel.WRITTEN, true);
        assertThat(item.openStep().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void itemsFailingTheAcceptanceRulesAreRecordedAsNotAccepted() {
        Sender anonymous = new Sender(SenderKind.INDIVIDUAL, " ", null, "Sóc Trăng", null, null);
        FeedbackItem item = FeedbackItem.receive(UUID.randomUUID(), "PAKN-T", submission(anonymous,
                Channel.PROVINCIAL_PORTAL, "Thủ tục rườm rà", "Thủ tục cấp phép quá nhiều giấy tờ.", true),
                null, on(2025, 3, 10), LocalDate.of(2025, 3, 10), DEADLINES);
        assertThat(item.status()).isEqualTo(ItemStatus.NOT_ACCEPTED);
        assertThat(item.notAcceptedReason()).isEqualTo(NotAcceptedReason.NO_NAME);
        assertThat(item.transitions()).extracting(Transition::action).containsExactly(Action.RECEIVE, Action.REJECT);
        assertThat(item.transitions()).extracting(Transition::actor).containsExactly("system", "system");
        assertThat(item.openStep()).isEmpty();
        assertThatThrownBy(() -> item.assign("SKHCN-QLKH", null, CLERK, on(2025, 3, 11), DEADLINES))
                .isInstanceOf(ConflictException.class);
    }

    @Nested
    class InvalidTransitions {

        @Test
        void everyActionOutsideTheTableIsRefusedAndChangesNothing() {
            for (ItemStatus status : ItemStatus.values()) {
                for (Action action : EnumSet.complementOf(EnumSet.of(Action.RECEIVE))) {
                    if (action.allowedFrom(status)) {
                        continue;
                    }
                    FeedbackItem item = itemIn(status);
                    if (item == null) {
                        continue;
                    }
                    int before = item.transitions().size();
                    assertThatThrownBy(() -> perform(item, action))
                            .as("%s from %s", action, status)
                            .isInstanceOf(ConflictException.class);
                    assertThat(item.status()).isEqualTo(status);
                    assertThat(item.transitions()).hasSize(before);
                }
            }
        }

        @Test
        void anExtensionNeedsAReason() {
            FeedbackItem item = itemIn(ItemStatus.IN_PROGRESS);
            assertThatThrownBy(() -> item.extend(" ", 5, EXPERT, on(2025, 3, 12), DEADLINES))
                    .isInstanceOf(InvalidFieldException.class);
            assertThat(item.extensions()).isZero();
        }
    }

    /** An item brought to the status through the workflow; null for a status reached only by merging. */
    static FeedbackItem itemIn(ItemStatus status) {
        FeedbackItem item = received(on(2025, 3, 10), Channel.WRITTEN, true);
        Moment m = on(2025, 3, 11);
        switch (status) {
            case RECEIVED -> { }
            case NOT_ACCEPTED -> item.notAccept(NotAcceptedReason.UNCLEAR_CONTENT, null, CLERK, m);
            case TRANSFERRED -> item.transfer(Classification.OUTSIDE_COMPETENCE, null, "Sở Tư pháp", null, CLERK, m);
            case MERGED -> item.mergeInto(received(m, Channel.WRITTEN, true), null, CLERK, m);
            default -> {
                item.assign("SKHCN-QLKH", null, CLERK, m, DEADLINES);
                if (status == ItemStatus.ASSIGNED) {
                    break;
                }
                item.start(null, EXPERT, m);
                if (status == ItemStatus.IN_PROGRESS) {
                    break;
                }
                item.draftAnswer("Trả lời", null, EXPERT, m, DEADLINES);
                if (status == ItemStatus.ANSWER_DRAFTED) {
                    break;
                }
                item.approveAnswer(null, DIRECTOR, m);
                if (status == ItemStatus.ANSWER_APPROVED) {
                    break;
                }
                item.sendAnswer(null, CLERK, m, DEADLINES);
                if (status == ItemStatus.ANSWERED) {
                    break;
                }
                item.publish(null, CLERK, m);
            }
        }
        assertThat(item.status()).isEqualTo(status);
        return item;
    }

    static void perform(FeedbackItem item, Action action) {
        Moment m = on(2025, 3, 12);
        switch (action) {
            case RECEIVE -> throw new IllegalArgumentException();
            case REJECT -> item.notAccept(NotAcceptedReason.OTHER, null, CLERK, m);
            case TRANSFER -> item.transfer(Classification.CONDUCT, null, "Thanh tra", null, CLERK, m);
            case ASSIGN -> item.assign("SKHCN-QLKH", null, CLERK, m, DEADLINES);
            case START -> item.start(null, EXPERT, m);
            case DRAFT_ANSWER -> item.draftAnswer("x", null, EXPERT, m, DEADLINES);
            case APPROVE_ANSWER -> item.approveAnswer(null, DIRECTOR, m);
            case RETURN_ANSWER -> item.returnAnswer("x", DIRECTOR, m, DEADLINES);
            case SEND_ANSWER -> item.sendAnswer(null, CLERK, m, DEADLINES);
            case PUBLISH -> item.publish(null, CLERK, m);
            case EXTEND -> item.extend("x", 1, EXPERT, m, DEADLINES);
            case MERGE -> item.mergeInto(received(m, Channel.WRITTEN, true), null, CLERK, m);
        }
    }
}
