package vn.tthc.reporting.rest;

import jakarta.ws.rs.core.Response;
import vn.tthc.platform.documents.DocumentFile;
import vn.tthc.platform.documents.OfficialDocx;
import vn.tthc.platform.documents.OfficialXlsx;

/** Answers a report file as a download: an ASCII file name, and the Vietnamese one in filename* (RFC 6266). */
final class DocumentFormats {

    static final String DOCX = OfficialDocx.MEDIA_TYPE;
    static final String XLSX = OfficialXlsx.MEDIA_TYPE;

    private DocumentFormats() {
    }

    static Response download(DocumentFile document) {
        return Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", document.contentDisposition())
                .build();
    }
}
