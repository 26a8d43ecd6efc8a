package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a remote scorer and, if it fails for any reason (network, HTTP error, malformed or invalid output), the
 * embedded scorer instead, recording on the result which scorer produced it and why. A remote verdict that does
 * arrive is checked against the embedded one, and large disagreements are shown to the reviewer.
 */
final class FallbackScorer implements Scorer {

    private static final Logger log = LoggerFactory.getLogger(FallbackScorer.class);

    /** Overall points between the remote and the embedded verdict from which a reviewer is told. */
    static final double DISAGREEMENT = 2.5;

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
        ScoreResult remote;
        try {
            remote = primary.score(request);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("Scorer {} failed ({}); using {}", primary.name(), reason, fallback.name());
            ScoreResult result = fallback.score(request);
            return result.withScorer(fallback.name(), "Fell back from " + primary.name() + ": "
                    + abbreviate(reason, 300));
        }
        return checked(remote, fallback.score(request));
    }

    /**
     * The remote verdict, checked against the embedded scorer's measured one: a question whose overall scores are
     * {@value #DISAGREEMENT} points or more apart gets a signal saying so, and the result's note lists those
     * questions, so a reviewer looks at them rather than trusting either number blindly.
     */
    static ScoreResult checked(ScoreResult remote, ScoreResult embedded) {
        List<ScoredQuestion> questions = new ArrayList<>();
        List<Integer> disputed = new ArrayList<>();
        for (int i = 0; i < remote.questions().size(); i++) {
            ScoredQuestion q = remote.questions().get(i);
            ScoredQuestion measured = i < embedded.questions().size() ? embedded.questions().get(i) : null;
            if (measured != null && Math.abs(q.overall() - measured.overall()) >= DISAGREEMENT) {
                disputed.add(i + 1);
                List<Signal> signals = new ArrayList<>(q.signals());
                signals.add(new Signal("overall", "embedded scorer disagrees", measured.overall(), 0,
                        "The offline scorer, from measured signals, gives " + measured.overall() + " against "
                                + q.overall() + ": review this answer. Its feedback: " + measured.feedback()));
                q = new ScoredQuestion(q.question(), q.answer(), q.overall(), q.dimensions(), q.feedback(),
                        q.evidence(), q.missing(), signals, q.askedBy(), q.category(), q.code());
            }
            questions.add(q);
        }
        String note = disputed.isEmpty() ? remote.scorerNote()
                : "The embedded scorer disagrees by " + DISAGREEMENT + " points or more on question"
                        + (disputed.size() == 1 ? " " : "s ") + disputed.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + "; review those answers.";
        return new ScoreResult(remote.scorer(), note, remote.overall(), remote.dimensions(), questions);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
