package vn.tthc.feedback.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.tthc.feedback.Actor;
import vn.tthc.feedback.Channel;
import vn.tthc.feedback.Classification;
import vn.tthc.feedback.Deadlines;
import vn.tthc.feedback.FeedbackItem;
import vn.tthc.feedback.Moment;
import vn.tthc.feedback.Sender;
import vn.tthc.feedback.SenderKind;
import vn.tthc.feedback.Submission;
import vn.tthc.feedback.calendar.WorkingDays;
import vn.tthc.feedback.config.DemoDataConfig;
import vn.tthc.feedback.events.ItemAnsweredV1;
import vn.tthc.feedback.events.ItemAssignedV1;
import vn.tthc.feedback.events.ItemClassifiedV1;
import vn.tthc.feedback.events.ItemPublishedV1;
import vn.tthc.feedback.events.ItemReceivedV1;
import vn.tthc.feedback.events.ItemTransferredV1;
import vn.tthc.platform.events.outbox.Outbox;
import vn.tthc.feedback.repository.FeedbackItemRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * On the first start of an empty database (the run command's), records a handful of realistic items in
 * different states, dated back from today in working days, through the same domain methods and events as
 * real ones. Units are the Department of Science and Technology's ({@code ST-SKHCN}), with the codes of
 * plan-service's demo tree and the local realm's demo users, so that its officers see them; they need not be in the
 * replica yet. Off with {@code tthc.demo-data.enabled=false} (and in tests).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String DEPARTMENT = "ST-SKHCN";
    private static final String OFFICE = "ST-SKHCN-VP";
    private static final String DIVISION = "ST-SKHCN-QLKH";
    private static final String TECH_DIVISION = "ST-SKHCN-QLCN";
    private static final Actor CLERK = new Actor("vanthu.vp", "Văn thư Văn phòng Sở", OFFICE);
    private static final Actor EXPERT = new Actor("chuyenvien.qlkh", "Chuyên viên Phòng Quản lý khoa học", DIVISION);
    private static final Actor DIRECTOR = new Actor("pho.giamdoc", "Phó Giám đốc Sở", DEPARTMENT);
    private static final String FIELD = "Hoạt động khoa học và công nghệ";

    private final DemoDataConfig config;
    private final FeedbackItemRepository items;
    private final CalendarService calendar;
    private final Outbox outbox;
    private final Clock clock;

    public DemoData(DemoDataConfig config, FeedbackItemRepository items, CalendarService calendar, Outbox outbox, Clock clock) {
        this.config = config;
        this.items = items;
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(2000) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        int loaded = QuarkusTransaction.requiringNew().call(() -> items.count() > 0 ? 0 : load().size());
        if (loaded > 0) {
            LOG.infof("Loaded %d demo feedback items (tthc.demo-data.enabled=false turns this off)", loaded);
        }
    }

    /** Records the demo items (in the caller's transaction) and returns them. */
    public List<FeedbackItem> load() {
        Deadlines deadlines = calendar.deadlines();
        WorkingDays days = deadlines.days();
        LocalDate today = Moment.now(clock).today();

        // 1. Answered on time and published.
        LocalDate d = back(days, today, 14);
        FeedbackItem published = receive(individual("Nguyễn Văn Hải", "Số 25 Hai Bà Trưng, Phường 1, TP Sóc Trăng", "0912 345 601"),
                "Thời hạn cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
                "Tôi nộp hồ sơ đề nghị cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ ngày nhận hồ sơ ghi "
                        + "trên giấy hẹn, nhưng đã quá hạn mà chưa nhận được kết quả. Đề nghị Sở cho biết lý do chậm trễ.",
                "1.002345", Channel.PROVINCIAL_PORTAL, true, d, deadlines);
        assign(published, DIVISION, days.addWorkingDays(d, 1), deadlines);
        published.start(null, EXPERT, at(days.addWorkingDays(d, 2)));
        published.draftAnswer("Hồ sơ của ông thiếu bản sao quyết định thành lập tổ chức; Sở đã có văn bản đề nghị bổ sung. "
                + "Sau khi nhận đủ hồ sơ, Giấy chứng nhận đã được cấp và trả qua dịch vụ bưu chính công ích.", null, EXPERT,
                at(days.addWorkingDays(d, 3)), deadlines);
        published.approveAnswer("Đồng ý nội dung trả lời", DIRECTOR, at(days.addWorkingDays(d, 4)));
        send(published, days.addWorkingDays(d, 4), deadlines);
        published.publish(null, CLERK, at(days.addWorkingDays(d, 6)));
        outbox.record(ItemPublishedV1.of(published));

        // 2. Answered late, after an extension; not published (no consent).
        d = back(days, today, 20);
        FeedbackItem late = receive(organisation("Công ty TNHH Công nghệ Minh Phát", "Trần Minh Phát",
                        "Lô B2, Khu công nghiệp An Nghiệp, huyện Châu Thành", "0299 3822 456"),
                "Đề nghị hướng dẫn thủ tục thẩm định công nghệ dự án đầu tư",
                "Doanh nghiệp đề nghị Sở hướng dẫn thành phần hồ sơ và thời hạn thẩm định công nghệ đối với dự án "
                        + "đầu tư xây dựng nhà máy chế biến thủy sản.", "1.004567", Channel.EMAIL, false, d, deadlines);
        assign(late, TECH_DIVISION, days.addWorkingDays(d, 2), deadlines);
        late.start(null, new Actor("chuyenvien.qlcn", TECH_DIVISION), at(days.addWorkingDays(d, 3)));
        late.extend("Cần lấy ý kiến Sở Kế hoạch và Đầu tư", 5, new Actor("chuyenvien.qlcn", TECH_DIVISION),
                at(days.addWorkingDays(d, 4)), deadlines);
        late.draftAnswer("Thành phần hồ sơ và thời hạn thẩm định công nghệ thực hiện theo Luật Chuyển giao công nghệ và "
                + "Nghị định hướng dẫn; Sở gửi kèm danh mục hồ sơ.", null, new Actor("chuyenvien.qlcn", TECH_DIVISION),
                at(days.addWorkingDays(d, 14)), deadlines);
        late.approveAnswer(null, DIRECTOR, at(days.addWorkingDays(d, 15)));
        send(late, days.addWorkingDays(d, 16), deadlines);

        // 3. In progress.
        d = back(days, today, 3);
        FeedbackItem inProgress = receive(individual("Trần Thị Thu Hà", "Ấp Phú Hữu, xã An Hiệp, huyện Châu Thành", "0987 654 302"),
                "Phí thẩm định cấp giấy phép tiến hành công việc bức xạ",
                "Đề nghị công khai rõ mức phí thẩm định cấp giấy phép sử dụng thiết bị X-quang chẩn đoán y tế tại "
                        + "Bộ phận một cửa, vì thông tin trên cổng dịch vụ công chưa thống nhất.", "1.000123",
                Channel.NATIONAL_PORTAL, true, d, deadlines);
        assign(inProgress, DIVISION, days.addWorkingDays(d, 1), deadlines);
        inProgress.start("Đang xác minh với Bộ phận một cửa", EXPERT, at(days.addWorkingDays(d, 1)));

        // 4. Transferred to the competent agency.
        d = back(days, today, 2);
        FeedbackItem transferred = receive(individual("Lê Văn Tâm", "Số 8 Lê Lợi, Phường 6, TP Sóc Trăng", "0909 111 203"),
                "Chứng thực bản sao giấy tờ tại UBND phường",
                "UBND phường yêu cầu nộp thêm bản chính khi chứng thực bản sao, đề nghị hướng dẫn đúng quy định.",
                null, Channel.PHONE, true, d, deadlines);
        transferred.transfer(Classification.OUTSIDE_COMPETENCE, "ST-STP", "Sở Tư pháp tỉnh Sóc Trăng",
                "Lĩnh vực chứng thực thuộc thẩm quyền Sở Tư pháp", CLERK, at(days.addWorkingDays(d, 1)));
        classified(transferred, days.addWorkingDays(d, 1));
        outbox.record(ItemTransferredV1.of(transferred, days.addWorkingDays(d, 1), transferred.steps().get(0).dueDate()));

        // 5. Not accepted: a complaint.
        FeedbackItem complaint = receive(individual("Phạm Văn Long", "Ấp 3, xã Đại Hải, huyện Kế Sách", null), "Đơn khiếu nại quyết định xử phạt",
                "Tôi khiếu nại Quyết định xử phạt vi phạm hành chính về đo lường của Thanh tra Sở.", null,
                Channel.WRITTEN, true, back(days, today, 1), deadlines);

        // 6. Just received.
        FeedbackItem received = receive(individual("Võ Thị Mai", "Số 40 Phú Lợi, Phường 2, TP Sóc Trăng", "0918 222 304"),
                "Đề nghị cho nộp hồ sơ công bố hợp chuẩn qua mạng",
                "Đề nghị Sở cung cấp dịch vụ công trực tuyến toàn trình cho thủ tục công bố hợp chuẩn, hợp quy.",
                "1.003456", Channel.PROVINCIAL_PORTAL, true, today, deadlines);
        return List.of(published, late, inProgress, transferred, complaint, received);
    }

    private FeedbackItem receive(Sender sender, String title, String content, String procedureCode, Channel channel,
                                 boolean consent, LocalDate on, Deadlines deadlines) {
        Submission submission = new Submission(sender, title, content, procedureCode, null, FIELD, channel, consent, OFFICE);
        FeedbackItem item = FeedbackItem.receive(UUID.randomUUID(), items.nextTrackingCode(on.getYear()), submission,
                channel.online() ? null : CLERK, at(on), on, deadlines);
        items.persist(item);
        items.flush();
        outbox.record(ItemReceivedV1.of(item, item.steps().get(0).dueDate()));
        if (item.classification() != null) {
            classified(item, on);
        }
        return item;
    }

    private void assign(FeedbackItem item, String division, LocalDate on, Deadlines deadlines) {
        LocalDate due = item.steps().get(0).dueDate();
        item.assign(division, null, CLERK, at(on), deadlines);
        items.flush();
        outbox.record(ItemClassifiedV1.of(item, on, due));
        outbox.record(ItemAssignedV1.of(item, item.openStep().orElseThrow()));
    }

    private void classified(FeedbackItem item, LocalDate on) {
        items.flush();
        outbox.record(ItemClassifiedV1.of(item, on, item.steps().get(0).dueDate()));
    }

    private void send(FeedbackItem item, LocalDate on, Deadlines deadlines) {
        item.sendAnswer(null, CLERK, at(on), deadlines);
        items.flush();
        outbox.record(ItemAnsweredV1.of(item));
    }

    private static LocalDate back(WorkingDays days, LocalDate today, int workingDays) {
        LocalDate day = today;
        for (int counted = 0; counted < workingDays; ) {
            day = day.minusDays(1);
            if (days.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static Moment at(LocalDate day) {
        return new Moment(ZonedDateTime.of(day, LocalTime.of(9, 30), Moment.VIETNAM).toInstant(), day);
    }

    private static Sender individual(String name, String address, String phone) {
        return new Sender(SenderKind.INDIVIDUAL, name, null, address, phone, null);
    }

    private static Sender organisation(String organisation, String representative, String address, String phone) {
        return new Sender(SenderKind.ORGANISATION, representative, organisation, address, phone, null);
    }
}
