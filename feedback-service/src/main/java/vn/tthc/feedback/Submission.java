package vn.tthc.feedback;

import vn.tthc.platform.text.VietnameseText;

/**
 * A feedback item as it arrives, before it is recorded: from the portal or entered by staff.
 *
 * @param procedureCode the code of the procedure or regulation it concerns (e.g. 1.001234), if known
 * @param procedureText the procedure or regulation as the sender names it
 * @param field lĩnh vực, the field of procedures
 * @param publicationConsent the sender agrees that the item and its answer are published
 */
public record Submission(Sender sender, String title, String content, String procedureCode, String procedureText,
                         String field, Channel channel, boolean publicationConsent, String receivingUnitCode) {

    public Submission {
        title = VietnameseText.normalize(title);
        content = VietnameseText.normalize(content);
        procedureCode = VietnameseText.blankToNull(procedureCode);
        procedureText = VietnameseText.blankToNull(procedureText);
        field = VietnameseText.blankToNull(field);
    }
}
