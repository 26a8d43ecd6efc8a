package com.interviewed.interviewer;

import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Read-only questions about an {@link InterviewContext}: the current and next steps, who asks a step, who has
 * spoken, what was last said, and a deterministic choice among phrasings.
 */
record Conversation(InterviewContext context) {

    static final String INTERVIEWER = "interviewer";
    static final String CANDIDATE = "candidate";

    List<PlannedQuestion> steps() {
        return context.plan() == null || context.plan().steps() == null ? List.of() : context.plan().steps();
    }

    Optional<PlannedQuestion> currentStep() {
        int index = context.questionIndex();
        return index >= 0 && index < steps().size() ? Optional.of(steps().get(index)) : Optional.empty();
    }

    boolean atCategory(QuestionCategory category) {
        return currentStep().map(step -> step.category() == category).orElse(false);
    }

    boolean isAsked(PlannedQuestion step) {
        return context.askedIds() != null && context.askedIds().contains(step.id());
    }

    /** The first step after the current one that has not been asked yet, or {@code -1}. */
    int nextUnaskedIndex() {
        for (int i = Math.max(context.questionIndex() + 1, 0); i < steps().size(); i++) {
            if (!isAsked(steps().get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first step after {@code index} that has not been asked yet, or {@code -1}. */
    int nextUnaskedIndexAfter(int index) {
        for (int i = index + 1; i < steps().size(); i++) {
            if (!isAsked(steps().get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The panelist whose panel role the step names; the current speaker for solo plans or unknown roles. */
    int speakerFor(PlannedQuestion step) {
        if (step.panelRole() != null) {
            List<Persona> interviewers = context.interviewers();
            for (int i = 0; i < interviewers.size(); i++) {
                if (step.panelRole().equalsIgnoreCase(interviewers.get(i).panelRole())) {
                    return i;
                }
            }
        }
        return context.speakerIndex();
    }

    Persona persona(int index) {
        return context.interviewers().get(index);
    }

    /** Whether this persona already said something (then it has introduced itself and must not greet again). */
    boolean hasSpoken(Persona persona) {
        return history().stream().anyMatch(line -> INTERVIEWER.equalsIgnoreCase(line.role()) && line.speaker() != null
                && (line.speaker().equalsIgnoreCase(persona.name()) || line.speaker().equalsIgnoreCase(persona.id())));
    }

    List<Utterance> history() {
        return context.history() == null ? List.of() : context.history();
    }

    /** The most recent thing the interviewer said, or "". */
    String lastInterviewerText() {
        List<Utterance> history = history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (INTERVIEWER.equalsIgnoreCase(history.get(i).role())) {
                return nullToEmpty(history.get(i).text());
            }
        }
        return "";
    }

    /** Whether the interviewer spoke last (the candidate has not answered since). */
    boolean interviewerSpokeLast() {
        List<Utterance> history = history();
        return !history.isEmpty() && INTERVIEWER.equalsIgnoreCase(history.get(history.size() - 1).role());
    }

    /** The latest interviewer line containing one of {@code candidates}, searching back through the history. */
    Optional<String> lastSaidOf(List<String> candidates) {
        List<Utterance> history = history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (INTERVIEWER.equalsIgnoreCase(history.get(i).role())) {
                String text = nullToEmpty(history.get(i).text());
                for (String candidate : candidates) {
                    if (!candidate.isBlank() && text.contains(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * One of {@code options}, chosen by a seed mixed from the plan seed, the position in the conversation and a
     * purpose, so that the same context always says the same thing while successive turns vary.
     */
    String pick(List<String> options, String purpose) {
        return options.get(index(options.size(), purpose));
    }

    /** Like {@link #pick}, but never the option of these the interviewer said most recently. */
    String pickFresh(List<String> options, String purpose) {
        int index = index(options.size(), purpose);
        Optional<String> previous = lastSaidOf(options);
        if (options.size() > 1 && previous.isPresent() && previous.get().equals(options.get(index))) {
            index = (index + 1) % options.size();
        }
        return options.get(index);
    }

    int index(int size, String purpose) {
        long seed = context.plan() == null ? 0 : context.plan().seed();
        long mixed = mix(mix(mix(seed ^ purpose.hashCode()) + context.questionIndex() * 31L
                + context.followUpsAsked()) + history().size());
        return (int) Math.floorMod(mixed, (long) size);
    }

    /** SplitMix64's finaliser: spreads nearby inputs over all outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    String candidateFirstName() {
        String name = context.candidateName();
        if (name == null || name.isBlank()) {
            return "there";
        }
        return name.strip().split("\\s+")[0];
    }

    static String panelRoleLabel(String panelRole) {
        return panelRole == null ? "interviewer" : panelRole.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
