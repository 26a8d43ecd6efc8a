package com.interviewed.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests made instead of answers, as the speech recogniser hears them, and silence. */
class ListeningTest {

    private final Fixtures.Session session = new Fixtures.Session(Fixtures.deterministic(),
            Fixtures.fresh(Fixtures.soloPlan(), List.of(Fixtures.warm())));

    @ParameterizedTest
    @ValueSource(strings = {"can you repeat that", "can you repeat dat", "could you say that a gain",
            "sorry what", "pardon", "say that again please", "sorry i didnt catch that", "come again",
            "Could you repeat the question, please?"})
    void repeatsTheCurrentQuestionWithADifferentLeadIn(String request) {
        session.start();
        session.sayStar();

        InterviewerReply reply = session.say(request);

        assertThat(reply.text()).endsWith("I see you worked on a payments platform. What was your part in it?")
                .doesNotStartWith("I see you");
        assertThat(reply.questionIndex()).isEqualTo(1);
        assertThat(reply.followUpsAsked()).isZero();
        assertThat(reply.action()).isEqualTo(Action.CONTINUE);
    }

    @Test
    void repeatsTheFollowUpWhenThatWasTheLastQuestion() {
        session.start();
        session.say(Fixtures.SHORT_ANSWER);

        InterviewerReply reply = session.say("can you repeat that");

        assertThat(reply.text()).endsWith("What are you most proud of in your last role?");
        assertThat(reply.followUpsAsked()).isEqualTo(1);
    }

    @Test
    void treatsALongAnswerMentioningRepeatsAsAnAnswer() {
        session.start();

        InterviewerReply reply = session.say(Fixtures.STAR_ANSWER + " and we had to repeat that process for "
                + "every region");

        assertThat(reply.questionIndex()).isEqualTo(1);
    }

    @Test
    void hintsReadAsSpeechWhateverVerbTheExpectedPointStartsWith() {
        assertThat(hintFor("Reconciles totals against a trusted source"))
                .isEqualTo("a good answer usually reconciles totals against a trusted source. Where would you start?");
        assertThat(hintFor("Explains each join correctly"))
                .isEqualTo("a good answer usually explains each join correctly. Where would you start?");
        assertThat(hintFor("The goal and why it was ambitious"))
                .isEqualTo("start with the goal and why it was ambitious, and build from there.");
    }

    private static String hintFor(String point) {
        PlannedQuestion step = new PlannedQuestion("q", QuestionCategory.TECHNICAL, "How?", "x", List.of(point),
                List.of(), null, null, 2);
        AnswerUnderstanding stuck = new AnswerUnderstanding(AnswerUnderstanding.Kind.STUCK, 3, List.of(),
                List.of(point), 0, false, false, List.of(), "");
        return AnswerMoves.hint(step, stuck).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i don't know", "i dont no", "no idea", "im not sure"})
    void reassuresAndGivesAHintNotAHarderQuestionWhenTheCandidateDoesNotKnow(String answer) {
        session.start();
        session.sayStar();
        session.sayStar();

        InterviewerReply reply = session.say(answer);

        // Scaffolding from the first expected point, not the step's (harder) follow-up question.
        assertThat(reply.text()).contains("Here's a way in: start with an algorithm such as a token bucket")
                .doesNotContain("How would it behave across several servers?");
        assertThat(Phrasebook.of(Tone.WARM).reassurances()).anyMatch(reply.text()::startsWith);
        assertThat(reply.questionIndex()).isEqualTo(2);
    }

    @Test
    void movesOnAfterASecondIDontKnow() {
        session.start();
        session.sayStar();
        session.sayStar();
        session.say("no idea");

        InterviewerReply reply = session.say("sorry still no idea");

        assertThat(reply.questionIndex()).isEqualTo(3);
        assertThat(reply.text()).endsWith("Tell me about a time you disagreed with a colleague.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"give me a moment", "let me think", "one second", "um let me think about it",
            "hold on"})
    void waitsQuietlyWhenTheCandidateAsksForAMoment(String request) {
        session.start();

        InterviewerReply reply = session.say(request);

        assertThat(reply.action()).isEqualTo(Action.WAIT);
        assertThat(reply.text().split(" ").length).isLessThanOrEqualTo(4);
        assertThat(reply.questionIndex()).isZero();
        assertThat(reply.followUpsAsked()).isZero();
    }

    @Test
    void keepsListeningThroughAShortSilence() {
        session.start();

        InterviewerReply reply = session.send(new CandidateInput.Silence(4));

        assertThat(reply.action()).isEqualTo(Action.WAIT);
        assertThat(reply.text()).isEmpty();
    }

    @Test
    void escalatesSilenceFromAGentlePromptToAnOfferToMoveOnAndThenMovesOn() {
        session.start();

        InterviewerReply prompt = session.send(new CandidateInput.Silence(9));
        assertThat(prompt.action()).isEqualTo(Action.CONTINUE);
        assertThat(Phrasebook.of(Tone.WARM).silencePrompts()).contains(prompt.text());

        InterviewerReply offer = session.send(new CandidateInput.Silence(10));
        assertThat(offer.text()).endsWith("Shall we move on to the next question?");
        assertThat(offer.questionIndex()).isZero();

        InterviewerReply movedOn = session.send(new CandidateInput.Silence(10));
        assertThat(movedOn.questionIndex()).isEqualTo(1);
        assertThat(movedOn.text()).endsWith("What was your part in it?");
    }

    @Test
    void offersToMoveOnAtOnceAfterALongSilence() {
        session.start();

        InterviewerReply reply = session.send(new CandidateInput.Silence(25));

        assertThat(reply.text()).endsWith("Shall we move on to the next question?");
    }

    @Test
    void movesOnAfterTwiceTheOfferThresholdEvenWithoutEarlierPrompts() {
        session.start();

        InterviewerReply reply = session.send(new CandidateInput.Silence(45));

        assertThat(reply.questionIndex()).isEqualTo(1);
    }

    @Test
    void movesOnWhenTheCandidateAcceptsTheOffer() {
        session.start();
        session.send(new CandidateInput.Silence(25));

        InterviewerReply reply = session.say("yeah okay");

        assertThat(reply.questionIndex()).isEqualTo(1);
    }

    @Test
    void keepsWaitingWhenTheCandidateDeclinesTheOffer() {
        session.start();
        session.send(new CandidateInput.Silence(25));

        InterviewerReply reply = session.say("no");

        assertThat(reply.action()).isEqualTo(Action.WAIT);
        assertThat(reply.questionIndex()).isZero();
    }

    @Test
    void readsTheAnswerTheSameWhetherOrNotItIsAlreadyInTheHistory() {
        session.start();
        session.send(new CandidateInput.Silence(25));

        InterviewerReply reply = session.send(new CandidateInput.Answer("yeah okay"));

        assertThat(reply.questionIndex()).isEqualTo(1);
    }

    @Test
    void ignoresAnAnswerWithNoRecognisedWords() {
        session.start();

        InterviewerReply reply = session.say(" ... ");

        assertThat(reply.action()).isEqualTo(Action.WAIT);
        assertThat(reply.text()).isEmpty();
        assertThat(reply.questionIndex()).isZero();
    }
}
