package com.interviewed.interviewer;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every kind of turn shares: moving to the next unasked step (with panel hand-offs and the coding challenge),
 * closing, staying on the current step, and the persona's words (greetings, introductions, acknowledgements that
 * never repeat back to back, transitions).
 */
final class Turns {

    /** Acknowledgements that praise or assume an example: only for an answer that earned them. */
    private static final Pattern PRAISE = Pattern.compile("(?i)great|good|love|brilliant|fascinat|like|how i'd|"
            + "defensible|sensible|thoughtful|structured|clear picture|precise|interesting|nice|helpful|useful|"
            + "candid|been there|appreciate|well|detail|walking me|cool|clear example|makes sense");
    private static final Pattern CLOSING_PRAISE = Pattern.compile("(?i)great|brilliant|fun|enjoyed|learned a lot|"
            + "held your ground|keeping up|carefully|plenty to think");
    private static final Pattern STORY = Pattern.compile("(?i)example|story|been there|candid|sharing");
    private static final Pattern FILLER = Pattern.compile("^(?i)(great|lovely|thanks|cool|okay|ok|right|good|nice|"
            + "alright|all right|fine|understood|got it|i see|noted|very well)[.!,]\\s+");

    private final InterviewerProperties properties;
    private final Function<String, String> roleTitles;
    private final Pacing pacing;
    private final CandidateQuestionAnswers candidateAnswers;

    /** @param roleTitles turns a plan's role id ({@code backend}) into words for the greeting */
    Turns(InterviewerProperties properties, Function<String, String> roleTitles) {
        this.properties = properties;
        this.roleTitles = roleTitles;
        this.pacing = new Pacing(properties.followUps().maxPerStep());
        this.candidateAnswers = new CandidateQuestionAnswers(this);
    }

    Pacing pacing() {
        return pacing;
    }

    CandidateQuestionAnswers candidateAnswers() {
        return candidateAnswers;
    }

    String greeting(Conversation c, int speakerIndex) {
        Persona persona = c.persona(speakerIndex);
        List<String> greetings = persona.greetings() == null || persona.greetings().isEmpty()
                ? List.of(book(persona).greeting()) : persona.greetings();
        String greeting = fill(c, persona, c.pick(greetings, "greeting"));
        List<Persona> others = new ArrayList<>(c.context().interviewers());
        others.remove(speakerIndex);
        if (others.isEmpty() || mentionsPanel(greeting, others)) {
            return join(greeting, PlanOverview.of(c));
        }
        String names = others.stream()
                .map(other -> other.name() + ", our " + Conversation.panelRoleLabel(other.panelRole()))
                .collect(Collectors.joining(", and "));
        return join(greeting, "Joining me today " + (others.size() == 1 ? "is " : "are ") + names
                + ". We'll each ask you a few questions.", PlanOverview.of(c));
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

    /**
     * The step's follow-ups not asked yet. A follow-up the candidate talked over is stored cut short, without its
     * question, yet was read on screen and answered: the step's counter says more follow-ups were asked than the
     * history shows, and a statement-only line since the question stands for each missing one, so that many of the
     * remaining follow-ups (first listed first, as they are chosen) count as used.
     */
    List<String> unusedFollowUps(Conversation c, PlannedQuestion step) {
        List<String> followUps = step.followUps() == null ? List.of() : step.followUps();
        List<String> unused = followUps.stream().filter(f -> c.lastSaidOf(List.of(f)).isEmpty()).toList();
        if (c.currentStep().filter(current -> current == step).isEmpty()) {
            return unused;
        }
        int heard = followUps.size() - unused.size();
        int missing = c.context().followUpsAsked() - heard;
        int cut = 0;
        List<Utterance> history = c.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            Utterance line = history.get(i);
            if (!Conversation.INTERVIEWER.equalsIgnoreCase(line.role()) || line.text() == null) {
                continue;
            }
            if (step.text() != null && line.text().contains(step.text())) {
                break;
            }
            cut += line.text().contains("?") ? 0 : 1;
        }
        int drop = Math.max(0, Math.min(missing, cut));
        return drop == 0 ? unused : unused.subList(Math.min(drop, unused.size()), unused.size());
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
        // Goodbyes that judge the interview ("That was great!") would be praise a weak interview did not earn.
        List<String> closings = (persona.closings() == null ? List.<String>of() : persona.closings()).stream()
                .filter(line -> !CLOSING_PRAISE.matcher(line).find()).toList();
        if (closings.isEmpty()) {
            closings = List.of(book(persona).closing());
        }
        String closing = fill(c, persona, c.pick(closings, "closing"));
        return new InterviewerReply(join(leadIn, closing), speakerIndex, questionIndex, 0, Action.END, null);
    }

    // --- moving through the plan --------------------------------------------------------------------------------

    /**
     * Goes to the next unasked step: the same speaker says {@code leadIn}, a transition when the kind of question
     * changes, and the question; a different panelist instead introduces themselves (first time only) and asks.
     */
    InterviewerReply advance(Conversation c, String leadIn) {
        return advance(c, leadIn, null);
    }

    /**
     * Like {@link #advance(Conversation, String)}, but skips the questions the candidate's answers (this one,
     * {@code answer}, and earlier ones) already covered, and, when time is short, the remaining questions.
     */
    InterviewerReply advance(Conversation c, String leadIn, AnswerUnderstanding answer) {
        InterviewContext context = c.context();
        int next = c.nextUnaskedIndex();
        Set<String> covered = new HashSet<>(answer == null ? List.of() : answer.coveredStepIds());
        covered.addAll(coveredByEarlierAnswers(c));
        boolean late = pacing.outOfTime(c);
        String note = "";
        while (next >= 0) {
            PlannedQuestion candidate = c.steps().get(next);
            boolean content = isQuestion(candidate) && candidate.category() != QuestionCategory.WARMUP
                    || candidate.category() == QuestionCategory.CODING;
            if (candidate.reserve() && (late || !pacing.roomFor(c, next))) {
                // A spare question the clock has no room for: skipped without a word, it was never promised.
                next = c.nextUnaskedIndexAfter(next);
                continue;
            }
            if (content && late) {
                note = "We're nearly out of time, so let's leave the remaining questions there.";
            } else if (isQuestion(candidate) && covered.contains(candidate.id())) {
                note = note.isEmpty() ? skipNote(candidate) : note;
            } else {
                break;
            }
            next = c.nextUnaskedIndexAfter(next);
        }
        leadIn = join(leadIn, note);
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
            // The next panelist picks up from the last one, so the hand-over is heard as one conversation.
            String thanks = "Thanks, " + c.context().speaker().name() + ".";
            return ask(c, next, speaker, join(thanks, opener), 0, true);
        }
        String transition = needsTransition(c, step, leadIn) ? c.pickFresh(transitions(context.speaker()), "transition")
                : "";
        return ask(c, next, speaker, join(leadIn, transition), 0, false);
    }

    /** Later steps that earlier answers already covered (read again from the history: the interviewer is stateless). */
    private static Set<String> coveredByEarlierAnswers(Conversation c) {
        List<PlannedQuestion> later = new ArrayList<>();
        for (int i = Math.max(c.context().questionIndex() + 1, 0); i < c.steps().size(); i++) {
            if (!c.isAsked(c.steps().get(i))) {
                later.add(c.steps().get(i));
            }
        }
        Set<String> covered = new HashSet<>();
        if (later.isEmpty()) {
            return covered;
        }
        for (Utterance line : c.history()) {
            if (Conversation.CANDIDATE.equalsIgnoreCase(line.role()) && line.text() != null) {
                covered.addAll(AnswerReader.coveredSteps(later, line.text()));
            }
        }
        return covered;
    }

    private static String skipNote(PlannedQuestion step) {
        List<String> names = AnswerReader.names(step.text() == null ? "" : step.text());
        if (step.category() == QuestionCategory.RESUME && !names.isEmpty()) {
            return "You've already told me about " + names.get(0) + ", so I'll skip my question on it.";
        }
        return "You've already covered " + (step.competency() == null ? "my next topic"
                : AnswerMoves.lowerFirst(step.competency())) + ", so let's skip ahead.";
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

    /**
     * An acknowledgement that fits the answer: praise only for an answer that covered something, a mention of an
     * example only when there was one, a neutral word otherwise. Never the one used most recently in the interview.
     */
    String acknowledgement(Conversation c, AnswerUnderstanding answer) {
        if (answer == null) {
            return acknowledgement(c);
        }
        if (!answer.deservesPraise()) {
            return neutralAcknowledgement(c);
        }
        Persona persona = c.context().speaker();
        List<String> options = (persona.acknowledgements() == null || persona.acknowledgements().isEmpty()
                ? book(persona).acknowledgements() : persona.acknowledgements()).stream()
                .filter(line -> answer.hasExample() || !STORY.matcher(line).find()).toList();
        return options.isEmpty() ? neutralAcknowledgement(c) : freshest(c, options, "ack");
    }

    /** "Okay, thank you." and the like: neither praise nor judgement. */
    String neutralAcknowledgement(Conversation c) {
        Persona persona = c.context().speaker();
        List<String> own = persona.acknowledgements() == null ? List.of() : persona.acknowledgements().stream()
                .filter(line -> !PRAISE.matcher(line).find() && !STORY.matcher(line).find()).toList();
        List<String> options = new ArrayList<>(own);
        options.addAll(book(persona).neutralAcknowledgements());
        return freshest(c, options, "neutral-ack");
    }

    /** The seeded choice, moved on to an option not said yet in this interview when there is one. */
    private static String freshest(Conversation c, List<String> options, String purpose) {
        int start = c.index(options.size(), purpose);
        for (int i = 0; i < options.size(); i++) {
            String option = options.get((start + i) % options.size());
            if (c.lastSaidOf(List.of(option)).isEmpty()) {
                return option;
            }
        }
        return c.pickFresh(options, purpose);
    }

    /** Transitions without leading filler ("Lovely. Let's keep going." → "Let's keep going."): the lead-in acknowledges. */
    List<String> transitions(Persona persona) {
        List<String> lines = persona.transitions() == null || persona.transitions().isEmpty()
                ? book(persona).transitions() : persona.transitions();
        return lines.stream().map(line -> upperFirst(FILLER.matcher(line).replaceFirst(""))).toList();
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
