package vn.tthc.plan.imports;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Small plan tables written for the import tests, each showing one structure other provinces print (issue 13),
 * in text (tab-separated, as documents are converted) or as Word documents built here. The data is made up.
 */
public final class CorpusDocuments {

    /** In a Word cell: continues the vertical merge of the cell above. */
    public static final String MERGED = "\u0000merged";
    /** In a Word cell: the cell spans the rest of the row. */
    public static final String SPAN_REST = "\u0000span";

    private CorpusDocuments() {
    }

    static String table(String... rows) {
        return "PHỤ LỤC\nDanh mục nhiệm vụ\n" + String.join("\n", rows) + "\n";
    }

    /** Dotted numbering, headings in bold without unit or time, one group row that is a task of its own. */
    public static final String DOTTED_GROUPS = table(
            "STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện",
            "<b>1</b>\t<b>Công tác chỉ đạo, điều hành</b>\t\t\t",
            "1.1\tBan hành kế hoạch kiểm soát TTHC năm 2025\tVăn phòng Sở\tCác phòng chuyên môn\tTrước ngày 31/01/2025",
            "1.2\tKiện toàn đội ngũ công chức đầu mối\tVăn phòng Sở\t\tQuý I/2025",
            "<b>2</b>\t<b>Rà soát, đơn giản hóa TTHC</b>\t\t\t",
            "<b>2.1</b>\t<b>Rà soát quy định, TTHC</b>\t\t\t",
            "2.1.1\tRà soát TTHC lĩnh vực đo lường\tChi cục Tiêu chuẩn Đo lường Chất lượng\tVăn phòng Sở\tQuý III/2025",
            "2.1.2\tRà soát TTHC lĩnh vực năng lượng nguyên tử\tPhòng Quản lý chuyên ngành\tVăn phòng Sở\tQuý III/2025",
            "<b>2.2</b>\t<b>Theo dõi thực thi phương án đơn giản hóa</b>\tVăn phòng Sở\t\tThường xuyên",
            "2.2.1\tTổng hợp kết quả thực thi\tVăn phòng Sở\t\tĐịnh kỳ 6 tháng, hằng năm",
            "<b>3</b>\t<b>Thông tin, báo cáo</b>\t\t\t",
            "3.1\t\tBáo cáo tình hình kiểm soát TTHC\tVăn phòng Sở\tCác phòng, đơn vị thuộc Sở\tĐịnh kỳ hàng quý, năm");

    /**
     * Seven columns with funding, a column-numbering row, tasks numbered on across Roman sections, rows cut by
     * page breaks (the header and its numbering row repeated).
     */
    public static final String FUNDING_AND_PAGE_BREAKS = table(
            "STT\tNội dung\tKết quả\tChủ trì\tPhối hợp\tThời gian\tKinh phí",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)",
            "I\tKiểm soát quy định TTHC\t\t\t\t\t",
            "1\tĐánh giá tác động TTHC trong dự thảo văn bản\tBáo cáo đánh giá tác động\tPhòng Pháp chế\tCác phòng chuyên môn"
                    + "\tThường xuyên\tNgân sách tỉnh",
            "2\tCông bố, công khai TTHC\tQuyết định công bố\tVăn\tTrung tâm Phục vụ hành chính công"
                    + "\tQuý I: trước ngày 15/3/2025;\tKinh phí hoạt",
            "STT\tNội dung\tKết quả\tChủ trì\tPhối hợp\tThời gian\tKinh phí",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)",
            "\t\tkịp thời\tphòng Sở\t\tQuý III: trước ngày 15/9/2025\tđộng thường xuyên",
            "II\tRà soát, đơn giản hóa TTHC\t\t\t\t\t",
            "3\tRà soát TTHC nội bộ\tBáo cáo rà soát\tSở Khoa học và\tVăn phòng UBND tỉnh\ttháng 02 và tháng 8/2025"
                    + "\tNguồn chi thường xuyên",
            "STT\tNội dung\tKết quả\tChủ trì\tPhối hợp\tThời gian\tKinh phí",
            "\t\t\tCông nghệ\t\t\t",
            "4\tThực thi phương án đơn giản hóa\tBáo cáo kết quả thực thi\tCác sở, ban, ngành\tSở Tư pháp"
                    + "\tTrước ngày 20/11 hằng năm\tNgân sách nhà nước");

    /** A row with an empty cell too many, another with a cell too few. */
    public static final String SHIFTED_CELLS = table(
            "STT\tNội dung công việc\tKết quả\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tKinh phí",
            "1\tTuyên truyền về dịch vụ công trực tuyến\tTin bài\tPhòng Văn hóa\t\tTrung tâm Truyền thông\tQuý IV/2025"
                    + "\tNgân sách huyện",
            "2\tSố hóa hồ sơ TTHC\tHồ sơ được số hóa\tBộ phận Một cửa\tĐịnh kỳ hằng tháng\tKinh phí tự chủ",
            "3\tKiểm tra việc giải quyết TTHC\tBáo cáo kiểm tra\tThanh tra huyện\tPhòng Nội vụ\tTháng 10/2025\tKhông");

    /** Columns in another order, a subset (no result), the content header "Nhiệm vụ", and a note column. */
    public static final String OTHER_HEADER = table(
            "TT\tNhiệm vụ\tThời hạn hoàn thành\tCơ quan chủ trì\tGhi chú",
            "I\tCÔNG TÁC TRUYỀN THÔNG\t\t\t",
            "1\tĐăng tải TTHC mới công bố lên Cổng thông tin điện tử\tKhi có Quyết định công bố TTHC của Chủ tịch UBND tỉnh"
                    + "\tVăn phòng UBND huyện\t",
            "2\tCập nhật bộ TTHC tại Bộ phận Một cửa\tTrong vòng 05 ngày làm việc kể từ ngày nhận được văn bản\tBộ phận Một cửa"
                    + "\tPhối hợp Viễn thông huyện");

    /** Roman sections, Arabic tasks, lettered subtasks; a heading with lettered tasks under it. */
    public static final String LETTERED = table(
            "Số thứ tự\tNội dung\tKết quả\tPhân công thực hiện\tThời gian thực hiện",
            "I\tNâng cao chất lượng phục vụ\t\t\t",
            "1\tĐo lường sự hài lòng của người dân\tBáo cáo kết quả đo lường\tSở Nội vụ chủ trì, phối hợp Bưu điện tỉnh\tNăm 2025",
            "a)\tKhảo sát trực tuyến\tPhiếu khảo sát\tSở Nội vụ\tQuý II/2025",
            "b)\tKhảo sát trực tiếp tại Trung tâm\tPhiếu khảo sát\tTrung tâm Phục vụ hành chính công\tQuý III/2025",
            "2\tNiêm yết công khai TTHC\t\t\t",
            "a)\tNiêm yết tại Bộ phận Một cửa cấp huyện\tBảng niêm yết\tUBND cấp huyện\tThường xuyên",
            "b)\tNiêm yết tại Bộ phận Một cửa cấp xã\tBảng niêm yết\tUBND cấp xã\tThường xuyên",
            "II\tChế độ báo cáo\t\t\t",
            "3\tBáo cáo kết quả kiểm soát TTHC\tBáo cáo\t- Văn phòng Sở - Các phòng chuyên môn\tĐịnh kỳ trước ngày 25 tháng cuối quý");

    /** Sections that are tasks themselves: a Roman row with its own lead and time. */
    public static final String SECTIONS_WITH_WORK = table(
            "STT\tNội dung\tKết quả\tĐơn vị chủ trì\tThời gian thực hiện",
            "I\tTHÔNG TIN, BÁO CÁO\tBáo cáo định kỳ\tVăn phòng Sở\tĐịnh kỳ hằng quý",
            "1\tBáo cáo chuyên đề về số hóa\tBáo cáo\tPhòng Quản lý công nghệ\tTháng 11/2025",
            "II\tKIỂM TRA\t\t\t",
            "2\tKiểm tra nội bộ\tKết luận kiểm tra\tThanh tra Sở\tQuý IV/2025");

    /** Units several to a cell, each way plans print them. */
    public static final String UNIT_LISTS = table(
            "STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện",
            "1\tRà soát quy định về đất đai\tSở Tài nguyên và Môi trường; Sở Tư pháp\tSở Tài chính, Sở Xây dựng và UBND các huyện"
                    + "\tTrong năm 2025",
            "2\tThực hiện liên thông TTHC\tCác sở, ban, ngành\t<p>- Văn phòng UBND tỉnh</p><p>- Trung tâm Phục vụ hành chính công</p>"
                    + "\tTriển khai sau khi Bộ Công an ban hành hướng dẫn 01 tháng");

    /** Schedules every way: ongoing, half-yearly and yearly, on demand, after an event, two months apart. */
    public static final String SCHEDULES = table(
            "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện",
            "1\tTheo dõi tình hình giải quyết hồ sơ\tVăn phòng Sở\tThường xuyên",
            "2\tBáo cáo công tác cải cách TTHC\tVăn phòng Sở\tĐịnh kỳ 6 tháng, hằng năm",
            "3\tCập nhật quy trình nội bộ\tPhòng Kế hoạch - Tài chính\tKhi có Quyết định công bố TTHC",
            "4\tKiểm tra công vụ\tThanh tra Sở\ttháng 02 và tháng 8/2025",
            "5\tTổng kết công tác năm\tVăn phòng Sở\tTrước ngày 20/11 hằng năm");

    /** Rows the import cannot read cleanly: each is kept or reported, with its row and cell. */
    public static final String TROUBLED = table(
            "STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện\tGhi chú",
            "\tDòng trước mọi nhiệm vụ\tVăn phòng Sở\t\t",
            "I\tKiểm tra\tThanh tra Sở\t\t",
            "II\tBáo cáo\t\t\tkèm số liệu",
            "1\tKiểm tra đột xuất\t\tTheo kế hoạch của Bộ\tkhông bắt buộc",
            "(*)\tViệc phát sinh\tVăn phòng Sở\tQuý II/2026\t",
            "2\tTổng kết\tVăn phòng Sở\tNăm 2025\t\tô thừa",
            "Trang 3");

    /**
     * A whole plan for the last four months of a year, with targets under each area ("a) Chỉ tiêu") and an
     * appendix with funding.
     */
    public static final String LAST_MONTHS_PLAN = String.join("\n",
            "ỦY BAN NHÂN DÂN HUYỆN MỸ XUYÊN",
            "Số: 41/KH-UBND",
            "Mỹ Xuyên, ngày 28 tháng 8 năm 2025",
            "KẾ HOẠCH",
            "Kiểm soát thủ tục hành chính 04 tháng cuối năm 2025",
            "Căn cứ Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND tỉnh;",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "Nâng cao chất lượng giải quyết TTHC.",
            "2. Yêu cầu",
            "Bảo đảm tiến độ.",
            "II. NỘI DUNG",
            "1. Công khai, minh bạch TTHC",
            "a) Chỉ tiêu: 100% TTHC được công khai đúng quy định trước ngày 30/9/2025.",
            "b) Nhiệm vụ: niêm yết tại Bộ phận Một cửa.",
            "2. Giải quyết hồ sơ",
            "a) Chỉ tiêu",
            "- Tối thiểu 98% hồ sơ được giải quyết đúng hạn.",
            "- Trên 90% người dân hài lòng trước ngày 15/12/2025.",
            "b) Nhiệm vụ",
            "- Theo dõi hồ sơ trễ hạn: 5 hồ sơ mỗi tháng.",
            "III. TỔ CHỨC THỰC HIỆN",
            "Các cơ quan chuyên môn thực hiện theo Phụ lục kèm theo.",
            "Nơi nhận:",
            "- UBND tỉnh;",
            "CHỦ TỊCH",
            "Nguyễn Văn Bình",
            "PHỤ LỤC",
            "STT\tNội dung\tĐơn vị chủ trì\tThời gian\tKinh phí",
            "1\tNiêm yết công khai TTHC\tVăn phòng HĐND và UBND\tTháng 9/2025\tNgân sách huyện",
            "2\tBáo cáo kết quả giải quyết hồ sơ\tVăn phòng HĐND và UBND\tĐịnh kỳ hàng tháng (trước ngày 20)\t");

    /**
     * Word: a lead cell merged over two tasks, a heading spanning the row, a group row that is a task, a task whose
     * lead cell is empty and not merged.
     */
    public static List<List<String>> mergedWordRows() {
        return List.of(
                List.of("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Kinh phí"),
                List.of("1", "Công tác kiểm soát chất lượng TTHC", SPAN_REST),
                List.of("1.1", "Kiểm tra Bộ phận Một cửa cấp xã", "Phòng Nội vụ", "Văn phòng HĐND và UBND", "Quý II/2025",
                        "Ngân sách huyện"),
                List.of("1.2", "Kiểm tra Bộ phận Một cửa cấp huyện", MERGED, "Văn phòng HĐND và UBND", "Quý IV/2025", MERGED),
                List.of("2", "Ứng dụng công nghệ thông tin", "Phòng Văn hóa và Thông tin", "", "Thường xuyên", ""),
                List.of("2.1", "Nâng cấp phần mềm một cửa", "Phòng Văn hóa và Thông tin", "Viễn thông huyện", "Tháng 3, tháng 9 năm 2025",
                        "Vốn sự nghiệp"),
                List.of("3", "Tổng kết công tác kiểm soát TTHC", "", "", "Trước ngày 15/12/2025", ""));
    }

    /**
     * Word: one column for lead and cooperating units, a column-numbering row, and a page break inside a task
     * (the header and numbering rows repeated, then the rest of the task's cells).
     */
    public static List<List<String>> pageBreakWordRows() {
        List<String> header = List.of("TT", "Nội dung công việc", "Sản phẩm", "Chủ trì, phối hợp", "Tiến độ");
        List<String> numbers = List.of("1", "2", "3", "4", "5");
        return List.of(header, numbers,
                List.of("I", "Đơn giản hóa TTHC", "", "", ""),
                List.of("1", "Rà soát TTHC lĩnh vực nội vụ", "Báo cáo rà soát", "Sở Nội vụ chủ trì, phối hợp Sở Tư pháp",
                        "Trước ngày 30/6/2025"),
                List.of("2", "Đề xuất phương án đơn giản hóa TTHC lĩnh vực", "Phương án đơn giản hóa\nDự thảo Quyết định",
                        "Sở Xây dựng chủ trì, phối hợp Văn phòng", "Quý III/2025"),
                header, numbers,
                List.of("", "xây dựng", "", "UBND tỉnh", ""),
                List.of("II", "Kiểm tra", "", "", ""),
                List.of("3", "Kiểm tra việc thực hiện TTHC tại cấp xã", "Báo cáo kiểm tra", "Văn phòng UBND tỉnh", "Tháng 10/2025"));
    }

    /** Word: a whole plan for several years, with a part of targets before the appendix. */
    public static List<String> multiYearPlanParagraphs() {
        return List.of("UBND TỈNH HẬU GIANG", "SỞ NỘI VỤ", "Số: 27/KH-SNV", "Hậu Giang, ngày 14 tháng 3 năm 2022", "KẾ HOẠCH",
                "Rà soát, đánh giá thủ tục hành chính nội bộ giai đoạn 2022–2025",
                "Căn cứ Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ;",
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Cắt giảm TTHC nội bộ không cần thiết.", "2. Yêu cầu", "Đúng tiến độ.",
                "II. CHỈ TIÊU",
                "Cắt giảm, đơn giản hóa ít nhất 20% TTHC nội bộ và 20% chi phí tuân thủ trước ngày 31/12/2025.",
                "III. TỔ CHỨC THỰC HIỆN", "Các phòng thực hiện theo Phụ lục.", "Nơi nhận:", "- Như trên;", "GIÁM ĐỐC",
                "Phạm Thị Lan", "PHỤ LỤC");
    }

    /** The appendix of {@link #multiYearPlanParagraphs()}: dotted numbers, a yearly deadline by day and month. */
    public static List<List<String>> multiYearPlanRows() {
        return List.of(
                List.of("STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"),
                List.of("1", "Thống kê TTHC nội bộ", "", ""),
                List.of("1.1", "Thống kê TTHC nội bộ giữa các cơ quan hành chính", "Văn phòng Sở", "Trước ngày 20/11 hằng năm"),
                List.of("1.2", "Công bố danh mục TTHC nội bộ", "Văn phòng Sở", "Khi có Quyết định công bố của Bộ"),
                List.of("a)", "Công bố trên Cổng thông tin điện tử của Sở", "Văn phòng Sở", "Khi có Quyết định công bố của Bộ"),
                List.of("2", "Rà soát, đơn giản hóa TTHC nội bộ", "Các phòng, đơn vị thuộc Sở", "Năm 2023 - 2024"));
    }

    /** A Word document holding one table; {@link #MERGED} and {@link #SPAN_REST} cells as they say. */
    public static byte[] docx(List<List<String>> rows) {
        return docx(List.of("PHỤ LỤC"), rows);
    }

    /** A Word document of paragraphs, then one table. */
    public static byte[] docx(List<String> paragraphs, List<List<String>> rows) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraphs.forEach(p -> document.createParagraph().createRun().setText(p));
            int width = rows.get(0).size();
            XWPFTable table = document.createTable(rows.size(), width);
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c);
                    XWPFTableCell cell = row.getCell(c);
                    if (SPAN_REST.equals(text)) {
                        tcPr(row.getCell(c - 1)).addNewGridSpan().setVal(BigInteger.valueOf(width - c + 1));
                        while (row.getTableCells().size() > c) {
                            row.removeCell(c);
                        }
                        break;
                    }
                    if (MERGED.equals(text)) {
                        tcPr(cell).addNewVMerge();
                        continue;
                    }
                    if (r + 1 < rows.size() && c < rows.get(r + 1).size() && MERGED.equals(rows.get(r + 1).get(c))) {
                        tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
                    }
                    String[] lines = text.split("\n");
                    cell.getParagraphs().get(0).createRun().setText(lines[0]);
                    for (int i = 1; i < lines.length; i++) {
                        cell.addParagraph().createRun().setText(lines[i]);
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
