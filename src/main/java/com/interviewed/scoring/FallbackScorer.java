package com.interviewed.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a remote scorer and, if it fails for any reason (network, HTTP error, malformed or invalid output), the
 * embedded scorer instead, recording on the result which scorer produced it and why.
 */
final class FallbackScorer implements Scorer {

    private static final Logger log = LoggerFactory.getLogger(FallbackScorer.class);

    private final Scorer primary;
    private final Scorer fallback;

    FallbackScorer(Scorer primary, Scorer fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public String name() {
        return primary.name();
    }

    Scorer primary() {
        return primary;
    }

    @Override
    public ScoreResult score(ScoringRequest request) {
        try {
            return primary.score(request);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("Scorer {} failed ({}); using {}", primary.name(), reason, fallback.name());
            ScoreResult result = fallback.score(request);
            return result.withScorer(fallback.name(), "Fell back from " + primary.name() + ": "
                    + abbreviate(reason, 300));
        }
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
