package vn.tthc.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.tthc.platform.text.VietnameseText;

/**
 * What a unit's documents print about it (Decree 30/2020/NĐ-CP), all optional: the abbreviation in the document
 * symbol ("SKHCN" in "Số: 05/KH-SKHCN"), the place name before the date ("Sóc Trăng" in "Sóc Trăng, ngày …"), the
 * name as the letterhead prints it when it differs from the full name ("Sở Khoa học và Công nghệ" under
 * "UBND tỉnh Sóc Trăng"; a parent's letterhead name is printed above its units'), and who signs its documents:
 * the authority ("KT. Giám đốc", empty when the head signs), the signer's title ("Phó Giám đốc") and name.
 */
@Embeddable
public record UnitLetterhead(@Column(name = "abbreviation") String abbreviation,
                             @Column(name = "place") String place,
                             @Column(name = "header_name") String headerName,
                             @Column(name = "signing_authority") String signingAuthority,
                             @Column(name = "signer_title") String signerTitle,
                             @Column(name = "signer_name") String signerName) {

    public static final UnitLetterhead NONE = new UnitLetterhead(null, null, null, null, null, null);

    public UnitLetterhead {
        abbreviation = VietnameseText.blankToNull(abbreviation);
        place = VietnameseText.blankToNull(place);
        headerName = VietnameseText.blankToNull(headerName);
        signingAuthority = VietnameseText.blankToNull(signingAuthority);
        signerTitle = VietnameseText.blankToNull(signerTitle);
        signerName = VietnameseText.blankToNull(signerName);
    }

    /** The letterhead's name: the header name when given, else the full name. */
    public String headerNameOr(String name) {
        return headerName == null ? name : headerName;
    }
}
