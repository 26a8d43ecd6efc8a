package com.interviewed.notifications;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Adding and removing an organisation's webhook receivers. A receiver must be HTTPS (plain HTTP only on this
 * machine, for development); each gets its own random signing secret, shown once when it is added.
 */
@Service
class WebhookEndpoints {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final WebhookOutbox outbox;

    WebhookEndpoints(WebhookOutbox outbox) {
        this.outbox = outbox;
    }

    /** Why this URL cannot receive webhooks, or {@code null} when it can. */
    static String problem(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            return "Not a URL.";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return "Use an https:// URL.";
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return "Use https:// (plain http is only for a receiver on this machine).";
        }
        return url.length() > 2000 ? "The URL is too long." : null;
    }

    Added add(UUID organizationId, String url) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        outbox.addEndpoint(id, organizationId, url.strip(), secret);
        return new Added(id, url.strip(), secret);
    }

    boolean remove(UUID id, UUID organizationId) {
        return outbox.removeEndpoint(id, organizationId);
    }

    List<WebhookOutbox.Endpoint> list(UUID organizationId) {
        return outbox.endpoints(organizationId);
    }

    List<WebhookOutbox.Delivery> log(UUID organizationId) {
        return outbox.log(organizationId, 100);
    }

    record Added(UUID id, String url, String secret) {
    }
}
