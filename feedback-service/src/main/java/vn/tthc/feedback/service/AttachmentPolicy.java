package vn.tthc.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.platform.errors.InvalidFieldException;
import vn.tthc.feedback.config.FeedbackConfig;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Which files an item may carry: how many, how large, of which types. A file must look like the type it
 * claims (its first bytes), so a script named .pdf is refused.
 */
@ApplicationScoped
public class AttachmentPolicy {

    private final FeedbackConfig.Attachments config;

    public AttachmentPolicy(FeedbackConfig config) {
        this.config = config.attachments();
    }

    public void check(List<AttachmentUpload> uploads) {
        if (uploads.size() > config.maxCount()) {
            throw new InvalidFieldException("attachments", "attachment.too-many", config.maxCount());
        }
        for (int i = 0; i < uploads.size(); i++) {
            AttachmentUpload upload = uploads.get(i);
            String field = "attachments[" + i + "]";
            if (!config.mediaTypes().contains(upload.mediaType())) {
                throw new InvalidFieldException(field + ".mediaType", "attachment.type", String.join(", ", config.mediaTypes()));
            }
            if (upload.content().length == 0) {
                throw new InvalidFieldException(field + ".content", "attachment.empty");
            }
            if (upload.content().length > config.maxBytes()) {
                throw new InvalidFieldException(field + ".content", "attachment.too-large", config.maxBytes());
            }
            if (!looksLike(upload.mediaType(), upload.content())) {
                throw new InvalidFieldException(field + ".content", "attachment.content-mismatch");
            }
        }
    }

    static boolean looksLike(String mediaType, byte[] content) {
        return switch (mediaType) {
            case "application/pdf" -> startsWith(content, '%', 'P', 'D', 'F', '-');
            case "image/png" -> startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "image/jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> startsWith(content, 'P', 'K', 3, 4);
            default -> true;
        };
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
