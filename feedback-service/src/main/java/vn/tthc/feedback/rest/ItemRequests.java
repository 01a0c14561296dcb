package vn.tthc.feedback.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tthc.feedback.Channel;
import vn.tthc.feedback.Classification;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.NotAcceptedReason;
import vn.tthc.feedback.Sender;
import vn.tthc.feedback.SenderKind;
import vn.tthc.feedback.Submission;
import vn.tthc.feedback.service.AttachmentUpload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Request bodies of the item endpoints. Structure is checked here (400); the acceptance rules are the domain's. */
public final class ItemRequests {

    private ItemRequests() {
    }

    static final String UNIT_CODE = "[A-Za-z0-9][A-Za-z0-9_.-]{0,49}";
    /**
     * A procedure's code: letters (Latin, with the Vietnamese ones) and digits, then also . _ / -. Written with explicit
     * ranges, not \p{L}, so that Java and the OpenAPI document's ECMA-262 pattern read it alike.
     */
    static final String PROCEDURE_CODE = "[0-9A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF][0-9A-Za-z\\u00C0-\\u024F\\u1E00-\\u1EFF._/-]{0,49}";
    /** A file name: no slash, backslash or control character (\\p{Cntrl}, written so that ECMA-262 reads it too). */
    static final String FILE_NAME = "[^/\\\\\\u0000-\\u001F\\u007F]+";

    @Schema(description = "Người gửi. Tên và địa chỉ hoặc số điện thoại là điều kiện tiếp nhận: thiếu thì phản ánh vẫn được lưu nhưng không được tiếp nhận.")
    public record SenderBody(
            @Schema(description = "INDIVIDUAL (cá nhân) or ORGANISATION (tổ chức); INDIVIDUAL if omitted") SenderKind kind,
            @Schema(examples = "Nguyễn Văn An") @Size(max = 200) String name,
            @Schema(examples = "Công ty TNHH Minh Phát") @Size(max = 300) String organisation,
            @Schema(examples = "Số 12 Trần Hưng Đạo, Phường 1, TP Sóc Trăng") @Size(max = 500) String address,
            @Schema(examples = "0912 345 678") @Size(max = 30) @Pattern(regexp = "\\+?[0-9][0-9 ().-]{5,28}") String phone,
            @Schema(examples = "an.nguyen@example.vn") @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email) {

        Sender toSender() {
            return new Sender(kind, name, organisation, address, phone, email);
        }
    }

    public record ProcedureBody(
            @Schema(examples = "1.001234") @Size(max = 50) @Pattern(regexp = PROCEDURE_CODE) String code,
            @Schema(examples = "Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ") @Size(max = 1000) String text) {
    }

    public record AttachmentBody(
            @Schema(examples = "giay-hen.pdf") @NotBlank @Size(max = 255) @Pattern(regexp = FILE_NAME) String fileName,
            @Schema(examples = "application/pdf") @NotBlank @Size(max = 100) String mediaType,
            @Schema(description = "The file, base64-encoded (at most tthc.feedback.attachments.max-bytes decoded, 2 MiB)")
            @NotBlank @Size(max = 3_000_000) String contentBase64) {
    }

    @Schema(description = "Một phản ánh, kiến nghị")
    public record SubmissionBody(
            @Valid @NotNull SenderBody sender,
            @Schema(examples = "Thời gian cấp giấy chứng nhận quá hạn") @NotBlank @Size(max = 500) String title,
            @Schema(examples = "Tôi nộp hồ sơ ngày 02/01/2025 nhưng đến nay chưa nhận được kết quả.") @NotBlank @Size(max = 10000) String content,
            @Valid ProcedureBody procedure,
            @Schema(description = "Lĩnh vực", examples = "Hoạt động khoa học và công nghệ") @Size(max = 200) String field,
            @NotNull Channel channel,
            @Schema(description = "Tệp đính kèm (PDF, JPEG, PNG, DOCX): tối đa 5 tệp (tthc.feedback.attachments.max-count), mỗi tệp 2 MiB")
            @Size(max = 5) List<@Valid @NotNull AttachmentBody> attachments,
            @Schema(description = "The sender agrees that the item and its answer are published (name masked, contacts never)")
            @NotNull Boolean publicationConsent,
            @Schema(description = "The agency it is sent to; staff intake defaults to the caller's unit (the token's unit claim)", examples = "SKHCN-VP")
            @Size(max = 50) @Pattern(regexp = UNIT_CODE) String receivingUnitCode,
            @Schema(description = "Staff intake only: the day a letter was received, if before today") LocalDate receivedOn) {

        Submission toSubmission(String defaultUnit) {
            String unit = receivingUnitCode != null ? receivingUnitCode : defaultUnit;
            if (unit == null) {
                throw new InvalidFieldException("receivingUnitCode", "unit.required");
            }
            return new Submission(sender.toSender(), title, content, procedure == null ? null : procedure.code(),
                    procedure == null ? null : procedure.text(), field, channel, publicationConsent, unit);
        }

        List<AttachmentUpload> uploads() {
            List<AttachmentUpload> uploads = new ArrayList<>();
            if (attachments == null) {
                return uploads;
            }
            for (int i = 0; i < attachments.size(); i++) {
                AttachmentBody a = attachments.get(i);
                try {
                    uploads.add(new AttachmentUpload(a.fileName().strip(), a.mediaType().strip(),
                            Base64.getMimeDecoder().decode(a.contentBase64())));
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldException("attachments[" + i + "].contentBase64", "attachment.base64");
                }
            }
            return uploads;
        }
    }

    public record ClassificationBody(
            @NotNull Classification classification,
            @Schema(description = "Required for NOT_ACCEPTED") NotAcceptedReason reason,
            @Schema(description = "WITHIN_COMPETENCE: the division", examples = "SKHCN-QLKH") @Size(max = 50) @Pattern(regexp = UNIT_CODE) String handlingUnitCode,
            @Schema(description = "CONDUCT or OUTSIDE_COMPETENCE: the receiving unit, if it is in the organisation tree") @Size(max = 50) @Pattern(regexp = UNIT_CODE) String transferUnitCode,
            @Schema(description = "CONDUCT or OUTSIDE_COMPETENCE: the receiving agency's name, if not in the tree") @Size(max = 500) String transferAgency,
            @Size(max = 2000) String note) {
    }

    public record NoteBody(@Size(max = 2000) String note) {
    }

    public record ReasonBody(@Schema(description = "Why", examples = "Dự thảo chưa trả lời nội dung về thời hạn giải quyết") @NotBlank @Size(max = 2000) String note) {
    }

    public record DraftBody(@NotBlank @Size(max = 20000) String answer, @Size(max = 2000) String note) {
    }

    public record ExtensionBody(
            @Schema(examples = "Vụ việc phức tạp, cần lấy ý kiến Sở Tư pháp") @NotBlank @Size(max = 2000) String reason,
            @Schema(description = "Working days added; if omitted, tthc.deadlines.complex − tthc.deadlines.handling") @Min(1) @Max(30) Integer workingDays) {
    }

    public record MergeBody(@NotNull UUID intoItemId, @Size(max = 2000) String note) {
    }
}
