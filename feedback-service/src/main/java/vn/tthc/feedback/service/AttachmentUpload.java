package vn.tthc.feedback.service;

/** A file as sent with an item, already decoded. */
public record AttachmentUpload(String fileName, String mediaType, byte[] content) {
}
