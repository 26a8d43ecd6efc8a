package com.interviewed.interviewer;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded interviewer: follows the plan step by step with no network. It greets, asks, acknowledges, asks one
 * follow-up when an answer is too short or lacks an example or result, handles requests made instead of answers
 * ("repeat that", "I don't know", "give me a moment"), silence, the coding step, the candidate's own questions and
 * panel hand-offs. Everything it needs comes from the context, so the same context always gets the same reply.
 */
final class DeterministicInterviewer implements Interviewer {

    private final InterviewerProperties properties;
    private final Turns turns;
    private final SilenceTurns silences;
    private final CodingTurns coding;
    private final AnswerReader reader;
    private final AnswerMoves moves;

    /** @param roleTitles turns a plan's role id ({@code backend}) into words for the greeting */
    DeterministicInterviewer(InterviewerProperties properties, Function<String, String> roleTitles) {
        this(properties, roleTitles, SentenceSimilarity.NONE);
    }

    /** @param similarity sentence similarity for reading answers (MiniLM in the application) */
    DeterministicInterviewer(InterviewerProperties properties, Function<String, String> roleTitles,
            SentenceSimilarity similarity) {
        this.properties = properties;
        this.turns = new Turns(properties, roleTitles);
        this.silences = new SilenceTurns(properties.silence(), turns);
        this.coding = new CodingTurns(turns);
        this.reader = new AnswerReader(similarity);
        this.moves = new AnswerMoves(properties, turns, turns.pacing());
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
            return silences.respond(conversation, silence.seconds());
        }
        if (input instanceof CandidateInput.CodeUpdate update) {
            return coding.update(conversation, update);
        }
        int closer = Turns.closingSpeaker(conversation);
        return turns.close(conversation, Turns.book(conversation.persona(closer)).endRequested(),
                Math.max(context.questionIndex(), -1), closer);
    }

    // --- starting ---------------------------------------------------------------------------------------------

    private InterviewerReply start(Conversation c) {
        InterviewContext context = c.context();
        Optional<PlannedQuestion> current = c.currentStep();
        if (current.isPresent()) {
            // A reconnect or a new panelist's session: pick the current question up again, without a second greeting.
            Persona speaker = context.speaker();
            String opener = c.hasSpoken(speaker) ? Turns.book(speaker).resume()
                    : context.interviewers().size() > 1 ? turns.introduction(c, speaker)
                    : turns.greeting(c, context.speakerIndex());
            return turns.ask(c, context.questionIndex(), context.speakerIndex(), opener, context.followUpsAsked(),
                    false);
        }
        int first = c.nextUnaskedIndex();
        int speaker = first < 0 ? context.speakerIndex() : c.speakerFor(c.steps().get(first));
        String greeting = c.hasSpoken(c.persona(speaker)) ? "" : turns.greeting(c, speaker);
        if (first < 0 || Turns.isClosingStatement(c.steps().get(first))) {
            return turns.close(c, greeting, first < 0 ? -1 : first, speaker);
        }
        return turns.ask(c, first, speaker, greeting, 0, false);
    }

    // --- answers ----------------------------------------------------------------------------------------------

    private InterviewerReply answer(Conversation c, String text) {
        Optional<PlannedQuestion> current = c.currentStep();
        if (current.isEmpty()) {
            return c.context().questionIndex() < 0 ? start(c) : turns.advance(c, turns.acknowledgement(c));
        }
        PlannedQuestion step = current.get();
        String said = FuzzyText.normalise(text);
        Phrasebook book = Turns.book(c.context().speaker());
        if (said.isEmpty()) {
            // Noise the recogniser could not turn into words: nothing was said, keep listening.
            return Turns.stay(c, "", c.context().followUpsAsked(), Action.WAIT);
        }
        if (turns.matches(said, SpokenIntent.REPEAT)) {
            return repeat(c, step);
        }
        if (turns.matches(said, SpokenIntent.WAIT)) {
            return Turns.stay(c, c.pickFresh(book.waits(), "wait"), c.context().followUpsAsked(), Action.WAIT);
        }
        // The history may or may not already hold this answer, so look at what the interviewer said last.
        if (Turns.containsAny(c.lastInterviewerText(), book.moveOnOffers())) {
            if (turns.matches(said, SpokenIntent.NO)) {
                return Turns.stay(c, c.pickFresh(book.waits(), "wait"), c.context().followUpsAsked(), Action.WAIT);
            }
            if (turns.matches(said, SpokenIntent.YES) || turns.matches(said, SpokenIntent.MOVE_ON)
                    || turns.matches(said, SpokenIntent.DONT_KNOW)) {
                return turns.advance(c, c.pick(book.movingOn(), "moving-on"));
            }
        }
        return switch (step.category()) {
            case CODING -> coding.answer(c, step, said);
            case CANDIDATE_QUESTIONS -> candidateQuestion(c, said);
            // The closing itself thanks the candidate: an acknowledgement before it would be a second one (and
            // praise for "No, that's everything" would be false).
            case CLOSING -> turns.close(c, "", c.context().questionIndex(), c.context().speakerIndex());
            default -> answerToQuestion(c, step, text, said);
        };
    }

    private InterviewerReply answerToQuestion(Conversation c, PlannedQuestion step, String text, String said) {
        AnswerUnderstanding answer = understand(c, step, text);
        return moves.respond(c, step, answer, said);
    }

    /** Reads the answer against its step, the steps still to come, and the candidate's earlier answers. */
    AnswerUnderstanding understand(Conversation c, PlannedQuestion step, String text) {
        List<PlannedQuestion> later = new ArrayList<>();
        for (int i = c.context().questionIndex() + 1; i < c.steps().size(); i++) {
            if (!c.isAsked(c.steps().get(i))) {
                later.add(c.steps().get(i));
            }
        }
        List<String> earlier = new ArrayList<>();
        for (Utterance line : c.history()) {
            if (Conversation.CANDIDATE.equalsIgnoreCase(line.role()) && line.text() != null) {
                earlier.add(line.text());
            }
        }
        // The answer itself may already be the last line of the history.
        if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).equals(text)) {
            earlier.remove(earlier.size() - 1);
        }
        return reader.read(step, later, text, earlier);
    }

    /** Says the question again, rephrasing only the lead-in. */
    private InterviewerReply repeat(Conversation c, PlannedQuestion step) {
        Phrasebook book = Turns.book(c.context().speaker());
        return Turns.stay(c, Turns.join(c.pickFresh(book.repeatLeadIns(), "repeat"), lastQuestion(c, step)),
                c.context().followUpsAsked(), Action.CONTINUE);
    }

    /**
     * The question the candidate is answering: the step's text or follow-up most recently said, or the last question
     * sentence of the latest line that was not a prompt (coding review questions are generated, not in the plan).
     */
    private String lastQuestion(Conversation c, PlannedQuestion step) {
        List<String> known = Stream.concat(
                step.followUps() == null ? Stream.empty() : step.followUps().stream(), Stream.of(step.text())).toList();
        Phrasebook book = Turns.book(c.context().speaker());
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
        Phrasebook book = Turns.book(c.context().speaker());
        int answered = c.context().followUpsAsked();
        boolean declines = turns.matches(said, SpokenIntent.NO) || turns.matches(said, SpokenIntent.DONT_KNOW)
                || turns.matches(said, SpokenIntent.MOVE_ON)
                || FuzzyText.words(said).size() <= 10 && FuzzyText.containsAny(said, List.of("thats all",
                "that is all", "nothing else", "i think thats it", "no more questions", "thats everything"));
        boolean asks = CandidateQuestionAnswers.topic(said).isPresent()
                || CandidateQuestionAnswers.looksLikeQuestion(said);
        if (asks && !declines) {
            String reply = turns.candidateAnswers().answer(c, said);
            if (answered + 1 >= properties.maxCandidateQuestions()) {
                return turns.advance(c, Turns.join(reply, answered == 0 ? "Thanks for the question."
                        : book.thanksForQuestions()));
            }
            return Turns.stay(c, Turns.join(reply, book.anyOtherQuestions()), answered + 1, Action.CONTINUE);
        }
        if (declines) {
            return turns.advance(c, answered > 1 ? book.thanksForQuestions()
                    : answered == 1 ? "Thanks for the question." : book.noQuestions());
        }
        if (turns.matches(said, SpokenIntent.YES)) {
            return Turns.stay(c, book.goAhead(), answered, Action.CONTINUE);
        }
        // A statement, not a question: nothing to answer, so no "good question".
        if (answered + 1 >= properties.maxCandidateQuestions()) {
            return turns.advance(c, turns.neutralAcknowledgement(c));
        }
        return Turns.stay(c, Turns.join(turns.neutralAcknowledgement(c), book.anyOtherQuestions()), answered + 1,
                Action.CONTINUE);
    }
}
