package vn.tthc.reporting.exports;

/** A written report file: its bytes, media type and a file name for the download. */
public record ExportedDocument(byte[] content, String mediaType, String fileName) {
}
