package com.interviewed.interviewer;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every kind of turn shares: moving to the next unasked step (with panel hand-offs and the coding challenge),
 * closing, staying on the current step, and the persona's words (greetings, introductions, acknowledgements that
 * never repeat back to back, transitions).
 */
final class Turns {

    private final InterviewerProperties properties;
    private final Function<String, String> roleTitles;

    /** @param roleTitles turns a plan's role id ({@code backend}) into words for the greeting */
    Turns(InterviewerProperties properties, Function<String, String> roleTitles) {
        this.properties = properties;
        this.roleTitles = roleTitles;
    }

    String greeting(Conversation c, int speakerIndex) {
        Persona persona = c.persona(speakerIndex);
        List<String> greetings = persona.greetings() == null || persona.greetings().isEmpty()
                ? List.of(book(persona).greeting()) : persona.greetings();
        String greeting = fill(c, persona, c.pick(greetings, "greeting"));
        List<Persona> others = new ArrayList<>(c.context().interviewers());
        others.remove(speakerIndex);
        if (others.isEmpty() || mentionsPanel(greeting, others)) {
            return greeting;
        }
        String names = others.stream()
                .map(other -> other.name() + ", our " + Conversation.panelRoleLabel(other.panelRole()))
                .collect(Collectors.joining(", and "));
        return join(greeting, "Joining me today " + (others.size() == 1 ? "is " : "are ") + names
                + ". We'll each ask you a few questions.");
    }

    /** Panel greetings often introduce the panel themselves ("With me are our product manager and..."). */
    private static boolean mentionsPanel(String greeting, List<Persona> others) {
        String lower = greeting.toLowerCase(Locale.ROOT);
        return lower.contains("with me") || lower.contains("of us") || others.stream().anyMatch(other ->
                lower.contains(other.name().toLowerCase(Locale.ROOT))
                        || lower.contains(Conversation.panelRoleLabel(other.panelRole())));
    }

    /** A panelist's first words: their own greeting (panel greetings are self-introductions), else a generic one. */
    String introduction(Conversation c, Persona persona) {
        if (persona.greetings() != null && !persona.greetings().isEmpty()) {
            return fill(c, persona, c.pick(persona.greetings(), "introduction"));
        }
        return book(persona).introduction().replace("{name}", persona.name())
                .replace("{panelRole}", Conversation.panelRoleLabel(persona.panelRole()));
    }

    List<String> unusedFollowUps(Conversation c, PlannedQuestion step) {
        List<String> followUps = step.followUps() == null ? List.of() : step.followUps();
        return followUps.stream().filter(f -> c.lastSaidOf(List.of(f)).isEmpty()).toList();
    }

    /**
     * Who says goodbye: the solo interviewer, or in a panel the panelist of the closing step, else the first
     * panelist (who opened). Panelists' own closings can be hand-over lines ("back to Grace"), wrong as last words.
     */
    static int closingSpeaker(Conversation c) {
        if (c.context().interviewers().size() < 2) {
            return c.context().speakerIndex();
        }
        return c.steps().stream().filter(step -> step.category() == QuestionCategory.CLOSING).findFirst()
                .filter(step -> step.panelRole() != null).map(c::speakerFor).orElse(0);
    }

    InterviewerReply close(Conversation c, String leadIn, int questionIndex, int speakerIndex) {
        Persona persona = c.persona(speakerIndex);
        List<String> closings = persona.closings() == null || persona.closings().isEmpty()
                ? List.of(book(persona).closing()) : persona.closings();
        String closing = fill(c, persona, c.pick(closings, "closing"));
        return new InterviewerReply(join(leadIn, closing), speakerIndex, questionIndex, 0, Action.END, null);
    }

    // --- moving through the plan --------------------------------------------------------------------------------

    /**
     * Goes to the next unasked step: the same speaker says {@code leadIn}, a transition when the kind of question
     * changes, and the question; a different panelist instead introduces themselves (first time only) and asks.
     */
    InterviewerReply advance(Conversation c, String leadIn) {
        InterviewContext context = c.context();
        int next = c.nextUnaskedIndex();
        if (next < 0) {
            return close(c, leadIn, Math.max(context.questionIndex(), -1), closingSpeaker(c));
        }
        PlannedQuestion step = c.steps().get(next);
        int speaker = c.speakerFor(step);
        if (isClosingStatement(step)) {
            return close(c, leadIn, next, closingSpeaker(c));
        }
        if (speaker != context.speakerIndex()) {
            Persona panelist = c.persona(speaker);
            // A returning panelist's transition is only for a question: the coding announcement and "any
            // questions for us?" stand on their own.
            String opener = !c.hasSpoken(panelist) ? introduction(c, panelist)
                    : isQuestion(step) ? c.pick(transitions(panelist), "transition") : "";
            return ask(c, next, speaker, opener, 0, true);
        }
        String transition = needsTransition(c, step, leadIn) ? c.pickFresh(transitions(context.speaker()), "transition")
                : "";
        return ask(c, next, speaker, join(leadIn, transition), 0, false);
    }

    /**
     * A transition marks a change of topic between questions. The coding announcement and "any questions for me?"
     * are their own transitions, and a lead-in that already says we are moving on needs no second one.
     */
    private boolean needsTransition(Conversation c, PlannedQuestion next, String leadIn) {
        Phrasebook book = book(c.context().speaker());
        boolean question = isQuestion(next);
        boolean newTopic = c.currentStep().map(current -> current.category() != next.category()).orElse(true);
        boolean saysMovingOn = Stream.of(book.skipLeadIns(), book.movingOn(), transitions(c.context().speaker()))
                .flatMap(List::stream).anyMatch(leadIn::contains);
        return question && newTopic && !saysMovingOn;
    }

    static boolean isQuestion(PlannedQuestion step) {
        return switch (step.category()) {
            case WARMUP, RESUME, TECHNICAL, BEHAVIOURAL, SITUATIONAL -> true;
            default -> false;
        };
    }

    InterviewerReply ask(Conversation c, int index, int speaker, String leadIn, int followUps,
            boolean handOff) {
        PlannedQuestion step = c.steps().get(index);
        Persona persona = c.persona(speaker);
        if (step.category() == QuestionCategory.CODING) {
            return new InterviewerReply(join(leadIn, book(persona).codingAnnouncement(), step.text()), speaker, index,
                    followUps, Action.CODE_CHALLENGE, step.challengeId());
        }
        return new InterviewerReply(join(leadIn, step.text()), speaker, index, followUps,
                handOff ? Action.HAND_OFF : Action.CONTINUE, null);
    }

    static InterviewerReply stay(Conversation c, String text, int followUps, Action action) {
        InterviewContext context = c.context();
        return new InterviewerReply(text, context.speakerIndex(), context.questionIndex(), followUps, action, null);
    }

    /** A CLOSING step that is a statement is replaced by the persona's closing; one that asks something is asked. */
    static boolean isClosingStatement(PlannedQuestion step) {
        return step.category() == QuestionCategory.CLOSING
                && (step.text() == null || !step.text().strip().endsWith("?"));
    }

    // --- wording ----------------------------------------------------------------------------------------------

    /** The speaker's acknowledgement for this turn, never the one they used last time. */
    String acknowledgement(Conversation c) {
        Persona persona = c.context().speaker();
        List<String> options = persona.acknowledgements() == null || persona.acknowledgements().isEmpty()
                ? book(persona).acknowledgements() : persona.acknowledgements();
        return c.pickFresh(options, "ack");
    }

    List<String> transitions(Persona persona) {
        return persona.transitions() == null || persona.transitions().isEmpty() ? book(persona).transitions()
                : persona.transitions();
    }

    String fill(Conversation c, Persona persona, String line) {
        return line.replace("{candidate}", c.candidateFirstName()).replace("{name}", persona.name())
                .replace("{role}", roleTitle(c));
    }

    String roleTitle(Conversation c) {
        String role = c.context().plan() == null ? null : c.context().plan().role();
        return role == null ? "this" : roleTitles.apply(role);
    }

    boolean matches(String said, SpokenIntent intent) {
        return intent.matches(said, properties.intentMaxWords());
    }

    static Phrasebook book(Persona persona) {
        return Phrasebook.of(Tone.of(persona.style()));
    }

    static boolean containsAny(String text, List<String> lines) {
        return lines.stream().anyMatch(text::contains);
    }

    static String join(String... parts) {
        return Stream.of(parts).filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
    }
}
