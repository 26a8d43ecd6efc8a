package com.interviewed.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook request, in the {@code Interviewed-Signature} header:
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the endpoint's secret>}. The timestamp is
 * signed too, so a receiver that refuses old timestamps (the replay window, 5 minutes by default) cannot be fed a
 * recorded request again. Receivers can use {@link #verify} or the few lines in docs/recruiting.md.
 */
public final class WebhookSignatures {

    public static final String HEADER = "Interviewed-Signature";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignatures() {
    }

    public static String sign(String secret, Instant at, String body) {
        long seconds = at.getEpochSecond();
        return "t=" + seconds + ",v1=" + hmac(secret, seconds + "." + body);
    }

    /** True when the header was made with {@code secret} for exactly this body, within {@code tolerance} of now. */
    public static boolean verify(String secret, String header, String body, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        Long seconds = null;
        String signature = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
                seconds = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signature = pair[1];
            }
        }
        if (seconds == null || signature == null
                || Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, seconds + "." + body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
