package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One to three sentences of feedback from the signals that moved the scores most: what worked, what to change,
 * and what a stronger answer would have added. Deterministic, so the same answer always gets the same words.
 */
final class Feedback {

    private static final Set<String> STAR = Set.of("situation", "task", "action", "result");

    private Feedback() {
    }

    static String write(List<Signal> signals, SemanticFeatures sem, LexicalFeatures lex, boolean behavioural) {
        List<String> sentences = new ArrayList<>();
        strongest(signals).map(s -> strength(s, sem, lex)).ifPresent(sentences::add);
        weakest(signals).map(s -> improvement(s, lex)).ifPresent(sentences::add);
        if (!sem.missingPoints().isEmpty()) {
            sentences.add("A stronger answer would also cover: " + sem.missingPoints().get(0)
                    + (sem.missingPoints().size() > 1 ? " (and " + (sem.missingPoints().size() - 1) + " more)." : "."));
        } else if (sentences.size() < 2 && behavioural && lex.starParts().size() < 4) {
            Set<String> missing = new LinkedHashSet<>(STAR);
            missing.removeAll(lex.starParts());
            sentences.add("Make the " + String.join(" and ", missing) + " explicit.");
        }
        if (sentences.isEmpty()) {
            sentences.add("A solid, balanced answer.");
        }
        return String.join(" ", sentences.subList(0, Math.min(3, sentences.size())));
    }

    private static Optional<Signal> strongest(List<Signal> signals) {
        return signals.stream().filter(s -> s.effect() >= 0.5).max(Comparator.comparingDouble(Signal::effect));
    }

    private static Optional<Signal> weakest(List<Signal> signals) {
        return signals.stream().filter(s -> s.effect() <= -0.5).min(Comparator.comparingDouble(Signal::effect));
    }

    private static String strength(Signal s, SemanticFeatures sem, LexicalFeatures lex) {
        return switch (s.name()) {
            case "expected-point coverage" -> "You covered " + sem.coveredPoints().size() + " of "
                    + (sem.coveredPoints().size() + sem.missingPoints().size()) + " expected points.";
            case "named technologies", "role skills" -> "Naming concrete tools (" + String.join(", ",
                    lex.technologies().stream().limit(3).toList()) + ") made the answer specific.";
            case "reasoning markers", "reasoning and trade-offs" -> "You explained why, not just what.";
            case "trade-offs" -> "Weighing the options and their downsides showed sound judgement.";
            case "STAR structure" -> "The story had a clear situation, action and result.";
            case "first-person actions" -> "You said plainly what you did yourself.";
            case "concrete figures", "specificity" -> "Concrete figures made the answer credible.";
            case "focus" -> "Every sentence stayed on the question.";
            case "similarity to the question" -> "The answer addressed the question directly.";
            default -> "Clear " + s.name() + ".";
        };
    }

    private static String improvement(Signal s, LexicalFeatures lex) {
        return switch (s.name()) {
            case "filler words" -> "Cut the filler words (" + String.join(", ",
                    new LinkedHashSet<>(lex.fillers()).stream().limit(3).toList()) + "): pause silently instead.";
            case "hedging" -> "Say what you did or would do plainly; hedges such as \"" + lex.hedges().get(0)
                    + "\" undercut a good point.";
            case "off-topic sentences", "focus" -> "Stay on the question: several sentences drifted away from it.";
            case "repeats the question" -> "Answer the question rather than restating its words.";
            case "too short" -> "Give a fuller answer with a concrete example.";
            case "STAR structure" -> "Tell it as situation, task, action and result, ending with the measurable outcome.";
            case "similarity to the question" -> "Address the question that was asked more directly.";
            case "repetition" -> "Avoid going over the same point twice.";
            case "run-on sentences", "words per point made" -> "Use shorter sentences and get to the point sooner.";
            case "says does not know", "no attempt" -> "When unsure, reason aloud from what you do know instead of stopping.";
            case "expected-point coverage" -> "Cover more of what the question is after.";
            case "specificity" -> "Add numbers, named tools and what you did yourself.";
            default -> "Work on " + s.name() + ".";
        };
    }
}
