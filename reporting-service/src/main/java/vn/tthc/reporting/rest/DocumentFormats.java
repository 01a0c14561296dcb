package vn.tthc.reporting.rest;

import jakarta.ws.rs.core.Response;
import vn.tthc.reporting.exports.DocxWriter;
import vn.tthc.reporting.exports.ExportedDocument;
import vn.tthc.reporting.exports.XlsxWriter;

/** Answers a report file as a download. */
final class DocumentFormats {

    static final String DOCX = DocxWriter.MEDIA_TYPE;
    static final String XLSX = XlsxWriter.MEDIA_TYPE;

    private DocumentFormats() {
    }

    static Response download(ExportedDocument document) {
        return Response.ok(document.content(), document.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .build();
    }
}
