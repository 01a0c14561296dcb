package vn.tthc.reporting.export;

/** A written report file: its bytes, media type and a file name for the download. */
public record ExportedDocument(byte[] content, String mediaType, String fileName) {
}
