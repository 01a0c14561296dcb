package vn.tthc.feedback.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tthc.feedback.config.FeedbackConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The secret a sender uses with the tracking code to look an item up: an HMAC-SHA-256 of the tracking code
 * under a server key, shown as 16 letters and digits in groups of four. Nothing about it is stored, so a
 * database leak reveals no secret, and a retried submission gets the same secret again.
 */
@ApplicationScoped
public class LookupSecrets {

    /** Crockford's base 32: no I, L, O or U, so a secret read aloud or copied by hand survives. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 16;

    private final SecretKeySpec key;

    public LookupSecrets(FeedbackConfig config) {
        this.key = new SecretKeySpec(config.lookupSecretKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String secretFor(String trackingCode) {
        byte[] mac = mac(trackingCode);
        StringBuilder secret = new StringBuilder();
        long bits = 0;
        int available = 0;
        int index = 0;
        while (secret.length() < LENGTH + LENGTH / 4 - 1) {
            if (available < 5) {
                bits = (bits << 8) | (mac[index++] & 0xff);
                available += 8;
            }
            if (secret.length() % 5 == 4) {
                secret.append('-');
                continue;
            }
            secret.append(ALPHABET[(int) (bits >> (available - 5)) & 31]);
            available -= 5;
        }
        return secret.toString();
    }

    /** Whether a secret as typed (any case, with or without dashes and spaces) is the item's; constant time. */
    public boolean matches(String trackingCode, String given) {
        String expected = canonical(secretFor(trackingCode == null ? "" : trackingCode));
        String actual = canonical(given == null ? "" : given);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.UTF_8)) && trackingCode != null;
    }

    private static String canonical(String secret) {
        return secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private byte[] mac(String trackingCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(trackingCode.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
