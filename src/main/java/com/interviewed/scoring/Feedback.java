package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * One to three sentences of feedback. Each sentence is tied to a signal and is written only when what it says
 * holds for this answer: "concrete figures" needs a figure in the answer, praise for stating things plainly
 * needs an answer that did not dodge the question, story advice is for questions about a past event. Red flags
 * are always named. Deterministic, so the same answer always gets the same words.
 */
final class Feedback {

    private Feedback() {
    }

    static String write(List<Signal> signals, AnswerFeatures f, Dimensions scores, boolean pastExperience) {
        List<String> sentences = new ArrayList<>();
        if (!f.redFlags().isEmpty()) {
            sentences.add("Red flag: \"" + f.redFlags().get(0) + "\" — blaming others, hiding a problem or cutting "
                    + "an ethical corner costs more trust than any detail earns.");
        }
        strength(signals, f, scores).ifPresent(sentences::add);
        improvement(signals, f, pastExperience).ifPresent(sentences::add);
        if (!f.sem().missingPoints().isEmpty() && sentences.size() < 3) {
            List<String> missing = f.sem().missingPoints();
            sentences.add("A stronger answer would also cover: " + missing.get(0)
                    + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)." : "."));
        }
        if (sentences.isEmpty()) {
            sentences.add(scores.overall() >= 6 ? "A solid, balanced answer." : "Give a fuller, more specific answer to the question asked.");
        }
        return String.join(" ", sentences.subList(0, Math.min(3, sentences.size())));
    }

    /** The largest positive signal whose praise is true of this answer. */
    private static Optional<String> strength(List<Signal> signals, AnswerFeatures f, Dimensions scores) {
        if (scores.relevance() < 5.5) {
            // Praise for delivery on an answer that did not address the question misleads.
            return Optional.empty();
        }
        return signals.stream().filter(s -> s.effect() >= 0.3)
                .sorted((a, b) -> Double.compare(b.effect(), a.effect()))
                .map(s -> praise(s.name(), f)).filter(Optional::isPresent).map(Optional::get).findFirst();
    }

    private static Optional<String> praise(String signal, AnswerFeatures f) {
        LexicalFeatures lex = f.lex();
        SemanticFeatures sem = f.sem();
        String text = null;
        if (signal.equals(Feature.POINT_COVERAGE.label()) && !sem.coveredPoints().isEmpty()) {
            text = "You covered " + sem.coveredPoints().size() + " of "
                    + (sem.coveredPoints().size() + sem.missingPoints().size()) + " expected points.";
        } else if (signal.equals(Feature.FIGURES.label()) && !lex.metrics().isEmpty()) {
            text = "Concrete figures (" + list(lex.metrics(), 3) + ") made the answer credible.";
        } else if (signal.equals(Feature.TECHNOLOGIES.label()) && !lex.technologies().isEmpty()
                && f.get(Feature.KEYWORD_LIST) == 0) {
            text = "Naming specific tools and practices (" + list(List.copyOf(lex.technologies()), 3)
                    + ") and how they were used made the answer concrete.";
        } else if (signal.equals(Feature.REASONING.label()) && !lex.reasoning().isEmpty()) {
            text = "You explained why, not just what.";
        } else if (signal.equals(Feature.TRADE_OFFS.label()) && !lex.tradeOffs().isEmpty()) {
            text = "Weighing the options and their downsides showed sound judgement.";
        } else if (signal.equals(Feature.STORY.label()) && lex.starParts().size() >= 3) {
            text = "The story had a clear situation, action and result.";
        } else if (signal.equals(Feature.ACTIONS.label()) && lex.actions().size() >= 2) {
            text = "You said plainly what you did yourself.";
        } else if (signal.equals(Feature.HEDGING.label()) && lex.hedges().isEmpty() && f.evasions().isEmpty()
                && !lex.saysDoesNotKnow() && lex.words() >= 25) {
            text = "You stated your points plainly, without hedging.";
        } else if ((signal.equals(Feature.ADDRESSES_THIS_QUESTION.label()) || signal.equals(Feature.NEW_CONTENT.label()))
                && lex.echo() < 0.3 && f.evasions().isEmpty()) {
            text = "The answer went straight to what the question asked.";
        } else if (signal.equals(Feature.SPECIFICITY.label()) && (!lex.metrics().isEmpty() || lex.actions().size() >= 2)) {
            text = "Specific details, what you did and what came of it, made the answer credible.";
        } else if (signal.equals(Feature.FOCUS.label()) && f.sem().offTopicShare() == 0) {
            text = "Every sentence stayed on the question.";
        }
        return Optional.ofNullable(text);
    }

    /** The most damaging negative signal whose advice applies to this answer. */
    private static Optional<String> improvement(List<Signal> signals, AnswerFeatures f, boolean pastExperience) {
        return signals.stream().filter(s -> s.effect() <= -0.3)
                .sorted((a, b) -> Double.compare(a.effect(), b.effect()))
                .map(s -> advice(s.name(), f, pastExperience)).filter(Optional::isPresent).map(Optional::get)
                .findFirst();
    }

    private static Optional<String> advice(String signal, AnswerFeatures f, boolean pastExperience) {
        LexicalFeatures lex = f.lex();
        String text = null;
        if (signal.equals(Feature.EVASION.label()) && !f.evasions().isEmpty()) {
            text = "Answer the question itself; \"" + f.evasions().get(0) + "\" sidesteps it.";
        } else if (signal.equals(Feature.ECHO.label()) && lex.echo() >= 0.3) {
            text = "Answer the question rather than restating its words.";
        } else if ((signal.equals(Feature.ADDRESSES_THIS_QUESTION.label()) || signal.equals(Feature.QUESTION_SIMILARITY.label())
                || signal.equals(Feature.NEW_CONTENT.label()) || signal.equals(Feature.PARTS_COVERED.label()))) {
            text = "Address the question that was asked more directly.";
        } else if (signal.equals(Feature.OFF_TOPIC.label()) && f.sem().offTopicShare() > 0) {
            text = "Stay on the question: several sentences drifted away from it.";
        } else if (signal.equals(Feature.PLATITUDES.label()) && f.platitudes().size() >= 2) {
            text = "Replace general statements (\"" + list(f.platitudes(), 2) + "\") with what you did and what happened.";
        } else if (signal.equals(Feature.KEYWORD_LIST.label()) && f.get(Feature.KEYWORD_LIST) > 0) {
            text = "Explain how the terms fit together instead of listing them.";
        } else if (signal.equals(Feature.DISMISSIVE.label()) && !f.dismissive().isEmpty()) {
            text = "Reason it out instead of sweeping claims such as \"" + f.dismissive().get(0) + "\".";
        } else if (signal.equals(Feature.FILLERS.label()) && lex.fillers().size() >= 2) {
            text = "Cut the filler words (" + list(lex.fillers(), 3) + "): pause silently instead.";
        } else if (signal.equals(Feature.HEDGING.label()) && lex.hedges().size() >= 2) {
            text = "Say what you did or would do plainly; hedges such as \"" + lex.hedges().get(0) + "\" undercut a good point.";
        } else if (signal.equals(Feature.TOO_SHORT.label()) && lex.words() < 25) {
            text = "Give a fuller answer with a concrete example.";
        } else if (signal.equals(Feature.DOES_NOT_KNOW.label()) && lex.saysDoesNotKnow()) {
            text = "When unsure, reason aloud from what you do know instead of stopping.";
        } else if (signal.equals(Feature.STORY.label()) && pastExperience && lex.starParts().size() < 3) {
            text = "Tell it as situation, task, action and result, ending with the measurable outcome.";
        } else if ((signal.equals(Feature.FIGURES.label()) || signal.equals(Feature.SPECIFICITY.label()))
                && lex.metrics().isEmpty()) {
            text = "Add specifics: a number, a named tool, what you did yourself.";
        } else if (signal.equals(Feature.REPETITION.label())) {
            text = "Avoid going over the same point twice.";
        } else if (signal.equals(Feature.RUN_ON.label())) {
            text = "Use shorter sentences and get to the point sooner.";
        } else if (signal.equals(Feature.POINT_COVERAGE.label()) && !f.sem().missingPoints().isEmpty()) {
            text = "Cover more of what the question is after.";
        }
        return Optional.ofNullable(text);
    }

    private static String list(List<String> items, int max) {
        return String.join(", ", new LinkedHashSet<>(items).stream().limit(max).toList());
    }
}
