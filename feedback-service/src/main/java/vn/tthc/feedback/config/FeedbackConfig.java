package vn.tthc.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Set;

/** Intake, lookup secrets and duplicate detection. */
@ConfigMapping(prefix = "tthc.feedback")
public interface FeedbackConfig {

    /**
     * The key lookup secrets are derived from (HMAC-SHA-256 of the tracking code). Production must set
     * its own through TTHC_FEEDBACK_LOOKUP_SECRET_KEY; changing it invalidates every secret handed out.
     */
    @WithDefault("local-stack-only-change-me")
    String lookupSecretKey();

    Attachments attachments();

    Duplicates duplicates();

    interface Attachments {
        /** At most this many files per item. */
        @WithDefault("5")
        int maxCount();

        /** At most this many bytes per file (decoded). */
        @WithDefault("2097152")
        int maxBytes();

        /** Accepted media types; the content must look like the type it claims. */
        @WithDefault("application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        Set<String> mediaTypes();
    }

    interface Duplicates {
        /** Trigram similarity above which an item from the same sender (phone or email) is a likely duplicate. */
        @WithDefault("0.5")
        double sameSenderSimilarity();

        /** Trigram similarity above which any item received within the window is a likely duplicate. */
        @WithDefault("0.85")
        double nearIdenticalSimilarity();

        /** Days back the near-identical rule looks. */
        @WithDefault("30")
        int windowDays();
    }
}
