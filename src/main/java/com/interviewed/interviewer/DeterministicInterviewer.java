package com.interviewed.interviewer;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The embedded interviewer: follows the plan step by step with no network. It greets, asks, acknowledges, asks one
 * follow-up when an answer is too short or lacks an example or result, handles requests made instead of answers
 * ("repeat that", "I don't know", "give me a moment"), silence, the coding step, the candidate's own questions and
 * panel hand-offs. Everything it needs comes from the context, so the same context always gets the same reply.
 */
final class DeterministicInterviewer implements Interviewer {

    private static final Pattern EXAMPLE_FOLLOW_UP = Pattern.compile(
            "(?i)example|specific|a time|situation|instance|walk me through|concrete");
    private static final Pattern RESULT_FOLLOW_UP = Pattern.compile(
            "(?i)result|outcome|impact|measur|metric|learn|differen|turn out|success");

    private final InterviewerProperties properties;
    private final Function<String, String> roleTitles;

    /** @param roleTitles turns a plan's role id ({@code backend}) into words for the greeting */
    DeterministicInterviewer(InterviewerProperties properties, Function<String, String> roleTitles) {
        this.properties = properties;
        this.roleTitles = roleTitles;
    }

    @Override
    public String name() {
        return "deterministic";
    }

    @Override
    public InterviewerReply respond(InterviewContext context, CandidateInput input) {
        Conversation conversation = new Conversation(context);
        if (input instanceof CandidateInput.Start) {
            return start(conversation);
        }
        if (input instanceof CandidateInput.Answer answer) {
            return answer(conversation, answer.text());
        }
        if (input instanceof CandidateInput.Silence silence) {
            return silence(conversation, silence.seconds());
        }
        if (input instanceof CandidateInput.CodeUpdate update) {
            return codeUpdate(conversation, update);
        }
        int closer = closingSpeaker(conversation);
        return close(conversation, book(conversation.persona(closer)).endRequested(),
                Math.max(context.questionIndex(), -1), closer);
    }

    // --- starting ---------------------------------------------------------------------------------------------

    private InterviewerReply start(Conversation c) {
        InterviewContext context = c.context();
        Optional<PlannedQuestion> current = c.currentStep();
        if (current.isPresent()) {
            // A reconnect or a new panelist's session: pick the current question up again, without a second greeting.
            Persona speaker = context.speaker();
            String opener = c.hasSpoken(speaker) ? book(speaker).resume()
                    : context.interviewers().size() > 1 ? introduction(c, speaker)
                    : greeting(c, context.speakerIndex());
            return ask(c, context.questionIndex(), context.speakerIndex(), opener, context.followUpsAsked(), false);
        }
        int first = c.nextUnaskedIndex();
        int speaker = first < 0 ? context.speakerIndex() : c.speakerFor(c.steps().get(first));
        String greeting = c.hasSpoken(c.persona(speaker)) ? "" : greeting(c, speaker);
        if (first < 0 || isClosingStatement(c.steps().get(first))) {
            return close(c, greeting, first < 0 ? -1 : first, speaker);
        }
        return ask(c, first, speaker, greeting, 0, false);
    }

    private String greeting(Conversation c, int speakerIndex) {
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
        String lower = greeting.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("with me") || lower.contains("of us") || others.stream().anyMatch(other ->
                lower.contains(other.name().toLowerCase(java.util.Locale.ROOT))
                        || lower.contains(Conversation.panelRoleLabel(other.panelRole())));
    }

    /** A panelist's first words: their own greeting (panel greetings are self-introductions), else a generic one. */
    private String introduction(Conversation c, Persona persona) {
        if (persona.greetings() != null && !persona.greetings().isEmpty()) {
            return fill(c, persona, c.pick(persona.greetings(), "introduction"));
        }
        return book(persona).introduction().replace("{name}", persona.name())
                .replace("{panelRole}", Conversation.panelRoleLabel(persona.panelRole()));
    }

    // --- answers ----------------------------------------------------------------------------------------------

    private InterviewerReply answer(Conversation c, String text) {
        Optional<PlannedQuestion> current = c.currentStep();
        if (current.isEmpty()) {
            return c.context().questionIndex() < 0 ? start(c) : advance(c, acknowledgement(c));
        }
        PlannedQuestion step = current.get();
        String said = FuzzyText.normalise(text);
        Phrasebook book = book(c.context().speaker());
        if (said.isEmpty()) {
            // Noise the recogniser could not turn into words: nothing was said, keep listening.
            return stay(c, "", c.context().followUpsAsked(), Action.WAIT);
        }
        if (matches(said, SpokenIntent.REPEAT)) {
            return repeat(c, step);
        }
        if (matches(said, SpokenIntent.WAIT)) {
            return stay(c, c.pickFresh(book.waits(), "wait"), c.context().followUpsAsked(), Action.WAIT);
        }
        // The history may or may not already hold this answer, so look at what the interviewer said last.
        if (containsAny(c.lastInterviewerText(), book.moveOnOffers())) {
            if (matches(said, SpokenIntent.NO)) {
                return stay(c, c.pickFresh(book.waits(), "wait"), c.context().followUpsAsked(), Action.WAIT);
            }
            if (matches(said, SpokenIntent.YES) || matches(said, SpokenIntent.MOVE_ON)
                    || matches(said, SpokenIntent.DONT_KNOW)) {
                return advance(c, c.pick(book.movingOn(), "moving-on"));
            }
        }
        return switch (step.category()) {
            case CODING -> codingAnswer(c, step, said);
            case CANDIDATE_QUESTIONS -> candidateQuestion(c, said);
            case CLOSING -> close(c, acknowledgement(c), c.context().questionIndex(), c.context().speakerIndex());
            default -> answerToQuestion(c, step, text, said);
        };
    }

    private InterviewerReply answerToQuestion(Conversation c, PlannedQuestion step, String text, String said) {
        Phrasebook book = book(c.context().speaker());
        if (matches(said, SpokenIntent.DONT_KNOW)) {
            return dontKnow(c, step);
        }
        if (matches(said, SpokenIntent.MOVE_ON)) {
            return advance(c, c.pick(book.skipLeadIns(), "skip"));
        }
        if (c.context().followUpsAsked() < properties.followUps().maxPerStep()) {
            Gap gap = gapIn(step, AnswerAssessment.of(text));
            if (gap != Gap.NONE) {
                // Not the persona's acknowledgement: "I like that example" cannot precede "give me an example".
                String leadIn = c.pickFresh(book.followUpLeadIns(), "follow-up");
                return stay(c, join(leadIn, followUp(c, step, gap)), c.context().followUpsAsked() + 1,
                        Action.CONTINUE);
            }
        }
        return advance(c, acknowledgement(c));
    }

    private enum Gap {
        NONE, LENGTH, EXAMPLE, RESULT
    }

    private Gap gapIn(PlannedQuestion step, AnswerAssessment answer) {
        if (answer.isShorterThan(properties.followUps().minAnswerWords())) {
            return Gap.LENGTH;
        }
        if (properties.followUps().evidenceCategories().contains(step.category())) {
            if (!answer.hasExample()) {
                return Gap.EXAMPLE;
            }
            if (!answer.hasResult()) {
                return Gap.RESULT;
            }
        }
        return Gap.NONE;
    }

    /** The step's own follow-up that asks for what is missing, else its first unused one, else a generic probe. */
    private String followUp(Conversation c, PlannedQuestion step, Gap gap) {
        List<String> unused = unusedFollowUps(c, step);
        Pattern wanted = gap == Gap.EXAMPLE ? EXAMPLE_FOLLOW_UP : gap == Gap.RESULT ? RESULT_FOLLOW_UP : null;
        if (wanted != null) {
            Optional<String> targeted = unused.stream().filter(f -> wanted.matcher(f).find()).findFirst();
            if (targeted.isPresent()) {
                return targeted.get();
            }
        }
        if (!unused.isEmpty()) {
            return unused.get(0);
        }
        Phrasebook book = book(c.context().speaker());
        List<String> probes = switch (gap) {
            case EXAMPLE -> book.exampleProbes();
            case RESULT -> book.resultProbes();
            default -> book.shortAnswerProbes();
        };
        return c.pick(probes, "probe");
    }

    private List<String> unusedFollowUps(Conversation c, PlannedQuestion step) {
        List<String> followUps = step.followUps() == null ? List.of() : step.followUps();
        return followUps.stream().filter(f -> c.lastSaidOf(List.of(f)).isEmpty()).toList();
    }

    private InterviewerReply dontKnow(Conversation c, PlannedQuestion step) {
        Phrasebook book = book(c.context().speaker());
        String reassurance = c.pickFresh(book.reassurances(), "reassure");
        List<String> hints = unusedFollowUps(c, step);
        if (c.context().followUpsAsked() < properties.followUps().maxPerStep() && !hints.isEmpty()) {
            return stay(c, join(reassurance, c.pick(book.hintLeadIns(), "hint"), hints.get(0)),
                    c.context().followUpsAsked() + 1, Action.CONTINUE);
        }
        return advance(c, join(reassurance, c.pick(book.skipLeadIns(), "skip")));
    }

    /** Says the question again, rephrasing only the lead-in. */
    private InterviewerReply repeat(Conversation c, PlannedQuestion step) {
        Phrasebook book = book(c.context().speaker());
        return stay(c, join(c.pickFresh(book.repeatLeadIns(), "repeat"), lastQuestion(c, step)),
                c.context().followUpsAsked(), Action.CONTINUE);
    }

    /**
     * The question the candidate is answering: the step's text or follow-up most recently said, or the last question
     * sentence of the latest line that was not a prompt (coding review questions are generated, not in the plan).
     */
    private String lastQuestion(Conversation c, PlannedQuestion step) {
        List<String> known = Stream.concat(
                step.followUps() == null ? Stream.empty() : step.followUps().stream(), Stream.of(step.text())).toList();
        Phrasebook book = book(c.context().speaker());
        List<String> prompts = Stream.of(book.silencePrompts(), book.moveOnOffers(), book.codingCheckIns(),
                book.waits(), book.codingEncouragements()).flatMap(List::stream).toList();
        List<Utterance> history = c.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            Utterance line = history.get(i);
            if (!Conversation.INTERVIEWER.equalsIgnoreCase(line.role()) || line.text() == null
                    || prompts.stream().anyMatch(line.text()::contains)) {
                continue;
            }
            Optional<String> plan = known.stream().filter(line.text()::contains).findFirst();
            if (plan.isPresent()) {
                return plan.get();
            }
            Optional<String> question = lastQuestionSentence(line.text());
            if (question.isPresent()) {
                return question.get();
            }
        }
        return step.text();
    }

    private static Optional<String> lastQuestionSentence(String text) {
        String[] sentences = text.split("(?<=[.!?])\\s+");
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].strip().endsWith("?")) {
                return Optional.of(sentences[i].strip());
            }
        }
        return Optional.empty();
    }

    // --- the candidate's questions and the close ----------------------------------------------------------------

    private InterviewerReply candidateQuestion(Conversation c, String said) {
        Phrasebook book = book(c.context().speaker());
        int answered = c.context().followUpsAsked();
        Optional<String> topic = CandidateQuestionAnswers.answer(said, roleTitle(c));
        boolean declines = matches(said, SpokenIntent.NO) || matches(said, SpokenIntent.DONT_KNOW)
                || matches(said, SpokenIntent.MOVE_ON);
        if (topic.isPresent() || (CandidateQuestionAnswers.looksLikeQuestion(said) && !declines)) {
            String reply = topic.orElseGet(CandidateQuestionAnswers::unknownTopic);
            if (answered + 1 >= properties.maxCandidateQuestions()) {
                return advance(c, reply);
            }
            return stay(c, join(reply, book.anyOtherQuestions()), answered + 1, Action.CONTINUE);
        }
        if (declines) {
            return advance(c, answered > 0 ? book.thanksForQuestions() : book.noQuestions());
        }
        if (matches(said, SpokenIntent.YES)) {
            return stay(c, book.goAhead(), answered, Action.CONTINUE);
        }
        if (answered + 1 >= properties.maxCandidateQuestions()) {
            return advance(c, acknowledgement(c));
        }
        return stay(c, join(acknowledgement(c), book.anyOtherQuestions()), answered + 1, Action.CONTINUE);
    }

    /**
     * Who says goodbye: the solo interviewer, or in a panel the panelist of the closing step, else the first
     * panelist (who opened). Panelists' own closings can be hand-over lines ("back to Grace"), wrong as last words.
     */
    private static int closingSpeaker(Conversation c) {
        if (c.context().interviewers().size() < 2) {
            return c.context().speakerIndex();
        }
        return c.steps().stream().filter(step -> step.category() == QuestionCategory.CLOSING).findFirst()
                .filter(step -> step.panelRole() != null).map(c::speakerFor).orElse(0);
    }

    private InterviewerReply close(Conversation c, String leadIn, int questionIndex, int speakerIndex) {
        Persona persona = c.persona(speakerIndex);
        List<String> closings = persona.closings() == null || persona.closings().isEmpty()
                ? List.of(book(persona).closing()) : persona.closings();
        String closing = fill(c, persona, c.pick(closings, "closing"));
        return new InterviewerReply(join(leadIn, closing), speakerIndex, questionIndex, 0, Action.END, null);
    }

    // --- silence ----------------------------------------------------------------------------------------------

    private InterviewerReply silence(Conversation c, int seconds) {
        Optional<PlannedQuestion> current = c.currentStep();
        if (current.isEmpty()) {
            return stay(c, "", c.context().followUpsAsked(), Action.WAIT);
        }
        Phrasebook book = book(c.context().speaker());
        InterviewerProperties.Silence limits = properties.silence();
        if (current.get().category() == QuestionCategory.CODING) {
            // Thinking while typing is normal: check in once after a long quiet spell, otherwise keep listening.
            boolean checkedIn = c.interviewerSpokeLast() && containsAny(c.lastInterviewerText(), book.codingCheckIns());
            if (seconds >= limits.codingCheckInAfter().toSeconds() && !checkedIn) {
                return stay(c, c.pick(book.codingCheckIns(), "check-in"), c.context().followUpsAsked(),
                        Action.CONTINUE);
            }
            return stay(c, "", c.context().followUpsAsked(), Action.WAIT);
        }
        // Twice the offer threshold moves on by itself, in case our earlier prompts never reached the history.
        int bySeconds = seconds >= 2 * limits.offerMoveOnAfter().toSeconds() ? 3
                : seconds >= limits.offerMoveOnAfter().toSeconds() ? 2
                : seconds >= limits.promptAfter().toSeconds() ? 1 : 0;
        if (bySeconds == 0) {
            return stay(c, "", c.context().followUpsAsked(), Action.WAIT);
        }
        // The history says whether this silence follows our own prompt or offer: then escalate one level.
        int before = !c.interviewerSpokeLast() ? 0
                : containsAny(c.lastInterviewerText(), book.moveOnOffers()) ? 2
                : containsAny(c.lastInterviewerText(), book.silencePrompts()) ? 1 : 0;
        int level = Math.max(bySeconds, before == 0 ? 0 : before + 1);
        boolean endOfInterview = current.get().category() == QuestionCategory.CANDIDATE_QUESTIONS
                || current.get().category() == QuestionCategory.CLOSING;
        if (level >= 3 || (level == 2 && endOfInterview)) {
            return advance(c, endOfInterview ? "" : c.pick(book.movingOn(), "moving-on"));
        }
        List<String> lines = level == 2 ? book.moveOnOffers() : book.silencePrompts();
        return stay(c, c.pickFresh(lines, "silence"), c.context().followUpsAsked(), Action.CONTINUE);
    }

    // --- coding -----------------------------------------------------------------------------------------------

    private InterviewerReply codeUpdate(Conversation c, CandidateInput.CodeUpdate update) {
        int reviewed = c.context().followUpsAsked();
        boolean questionPending = reviewed > 0 && c.interviewerSpokeLast();
        if (!c.atCategory(QuestionCategory.CODING) || reviewed >= CodeReviewQuestions.COUNT || questionPending) {
            return stay(c, "", reviewed, Action.WAIT);
        }
        return review(c, update.code(), update.testSummary(), "");
    }

    private InterviewerReply codingAnswer(Conversation c, PlannedQuestion step, String said) {
        Phrasebook book = book(c.context().speaker());
        int reviewed = c.context().followUpsAsked();
        String code = c.context().latestCode();
        if (reviewed > 0) {
            String leadIn = matches(said, SpokenIntent.DONT_KNOW) ? c.pickFresh(book.reassurances(), "reassure")
                    : acknowledgement(c);
            return reviewed < CodeReviewQuestions.COUNT ? review(c, code, null, leadIn) : advance(c, leadIn);
        }
        if (matches(said, SpokenIntent.DONE)) {
            return code == null || code.isBlank() ? advance(c, acknowledgement(c))
                    : review(c, code, null, acknowledgement(c));
        }
        if (matches(said, SpokenIntent.MOVE_ON)) {
            return advance(c, c.pick(book.skipLeadIns(), "skip"));
        }
        if (matches(said, SpokenIntent.DONT_KNOW)) {
            List<String> hints = unusedFollowUps(c, step);
            String hint = hints.isEmpty() ? c.pick(book.codingHints(), "hint") : hints.get(0);
            return stay(c, join(c.pickFresh(book.reassurances(), "reassure"), hint), reviewed, Action.CONTINUE);
        }
        return stay(c, c.pickFresh(book.codingEncouragements(), "encourage"), reviewed, Action.CONTINUE);
    }

    private InterviewerReply review(Conversation c, String code, String testSummary, String leadIn) {
        int topic = c.context().followUpsAsked();
        String question = CodeReviewQuestions.question(topic, CodeObservations.of(code, testSummary));
        return stay(c, join(leadIn, question), topic + 1, Action.CONTINUE);
    }

    // --- moving through the plan --------------------------------------------------------------------------------

    /**
     * Goes to the next unasked step: the same speaker says {@code leadIn}, a transition when the kind of question
     * changes, and the question; a different panelist instead introduces themselves (first time only) and asks.
     */
    private InterviewerReply advance(Conversation c, String leadIn) {
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

    private static boolean isQuestion(PlannedQuestion step) {
        return switch (step.category()) {
            case WARMUP, RESUME, TECHNICAL, BEHAVIOURAL, SITUATIONAL -> true;
            default -> false;
        };
    }

    private InterviewerReply ask(Conversation c, int index, int speaker, String leadIn, int followUps,
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

    private static InterviewerReply stay(Conversation c, String text, int followUps, Action action) {
        InterviewContext context = c.context();
        return new InterviewerReply(text, context.speakerIndex(), context.questionIndex(), followUps, action, null);
    }

    /** A CLOSING step that is a statement is replaced by the persona's closing; one that asks something is asked. */
    private static boolean isClosingStatement(PlannedQuestion step) {
        return step.category() == QuestionCategory.CLOSING && (step.text() == null || !step.text().strip().endsWith("?"));
    }

    // --- wording ----------------------------------------------------------------------------------------------

    /** The speaker's acknowledgement for this turn, never the one they used last time. */
    private String acknowledgement(Conversation c) {
        Persona persona = c.context().speaker();
        List<String> options = persona.acknowledgements() == null || persona.acknowledgements().isEmpty()
                ? book(persona).acknowledgements() : persona.acknowledgements();
        return c.pickFresh(options, "ack");
    }

    private List<String> transitions(Persona persona) {
        return persona.transitions() == null || persona.transitions().isEmpty() ? book(persona).transitions()
                : persona.transitions();
    }

    private String fill(Conversation c, Persona persona, String line) {
        return line.replace("{candidate}", c.candidateFirstName()).replace("{name}", persona.name())
                .replace("{role}", roleTitle(c));
    }

    private String roleTitle(Conversation c) {
        String role = c.context().plan() == null ? null : c.context().plan().role();
        return role == null ? "this" : roleTitles.apply(role);
    }

    private boolean matches(String said, SpokenIntent intent) {
        return intent.matches(said, properties.intentMaxWords());
    }

    private static Phrasebook book(Persona persona) {
        return Phrasebook.of(Tone.of(persona.style()));
    }

    private static boolean containsAny(String text, List<String> lines) {
        return lines.stream().anyMatch(text::contains);
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(part -> part != null && !part.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
    }
}
