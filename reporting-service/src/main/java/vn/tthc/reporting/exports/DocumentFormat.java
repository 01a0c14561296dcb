package vn.tthc.reporting.exports;

import vn.tthc.platform.errors.InvalidFieldException;

import java.util.Locale;

/** The formats reports are exported in. */
public enum DocumentFormat {
    DOCX(DocxWriter.MEDIA_TYPE),
    XLSX(XlsxWriter.MEDIA_TYPE);

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

    public byte[] write(ReportDocument document) {
        return this == DOCX ? DocxWriter.write(document) : XlsxWriter.write(document);
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
