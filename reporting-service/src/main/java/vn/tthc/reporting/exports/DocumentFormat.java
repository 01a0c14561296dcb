package vn.tthc.reporting.exports;

import vn.tthc.platform.documents.OfficialDocument;
import vn.tthc.platform.documents.OfficialDocx;
import vn.tthc.platform.documents.OfficialXlsx;
import vn.tthc.platform.errors.InvalidFieldException;

import java.util.Locale;

/** The formats reports are exported in, both in the platform's layout of official documents. */
public enum DocumentFormat {
    DOCX(OfficialDocx.MEDIA_TYPE),
    XLSX(OfficialXlsx.MEDIA_TYPE);

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public byte[] write(OfficialDocument document) {
        return this == DOCX ? OfficialDocx.write(document) : OfficialXlsx.write(document);
    }

    /** {@code docx} or {@code xlsx}, in any case. */
    public static DocumentFormat parse(String format) {
        for (DocumentFormat candidate : values()) {
            if (candidate.extension().equalsIgnoreCase(format == null ? "" : format.strip())) {
                return candidate;
            }
        }
        throw new InvalidFieldException("format", "export.format");
    }
}
