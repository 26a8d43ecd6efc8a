package com.interviewed.interviewer;

import static com.interviewed.interviewer.Fixtures.SHORT_ANSWER;
import static com.interviewed.interviewer.Fixtures.STAR_ANSWER;
import static com.interviewed.interviewer.Fixtures.TECHNICAL_ANSWER;
import static com.interviewed.interviewer.Fixtures.VAGUE_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.QuestionCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoloInterviewTest {

    private final Fixtures.Session session = new Fixtures.Session(Fixtures.deterministic(),
            Fixtures.fresh(Fixtures.soloPlan(), List.of(Fixtures.warm())));

    @Test
    void greetsTheCandidateByFirstNameWithTheRoleAndAsksTheFirstQuestion() {
        InterviewerReply reply = session.start();

        assertThat(reply.text()).startsWith("Hi Ada, I'm James. Welcome to your backend engineer interview.")
                .endsWith("Tell me a little about yourself.");
        assertThat(reply.action()).isEqualTo(Action.CONTINUE);
        assertThat(reply.questionIndex()).isZero();
        assertThat(reply.speakerIndex()).isZero();
    }

    @Test
    void runsAWholeInterviewFromStartToEndInPlanOrder() {
        session.start();
        session.sayStar();                                      // warm-up: long enough
        session.sayStar();                                      // resume: example and result
        session.say(TECHNICAL_ANSWER);                                 // technical: long enough
        session.sayStar();                                      // behavioural
        InterviewerReply coding = session.replies.get(session.replies.size() - 1);
        assertThat(coding.action()).isEqualTo(Action.CODE_CHALLENGE);
        assertThat(coding.challengeId()).isEqualTo(Fixtures.CHALLENGE);

        session.code("def two_sum(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n"
                + "        if target - n in seen:\n            return [seen[target - n], i]\n        seen[n] = i\n", null);
        session.say("it is linear time and linear space because of the dictionary");
        session.say("an empty list returns nothing because the loop never runs");
        InterviewerReply candidateQuestions = session.say("i would test two equal numbers like three and three");
        assertThat(candidateQuestions.text()).endsWith("Do you have any questions for me?");

        InterviewerReply end = session.say("no that's all thank you");

        assertThat(end.action()).isEqualTo(Action.END);
        assertThat(end.text()).endsWith("Thanks so much for your time today, Ada. Good luck!");
        assertThat(session.context().askedIds())
                .containsExactly("warmup-1", "resume-1", "tech-1", "beh-1", "coding-1", "cq-1", "close-1");
        assertThat(session.replies).extracting(InterviewerReply::followUpsAsked).startsWith(0, 0, 0, 0, 0);
    }

    @Test
    void asksExactlyOneFollowUpForATooShortAnswerThenMovesOn() {
        session.start();

        InterviewerReply followUp = session.say(SHORT_ANSWER);
        assertThat(followUp.text()).endsWith("What are you most proud of in your last role?");
        assertThat(followUp.questionIndex()).isZero();
        assertThat(followUp.followUpsAsked()).isEqualTo(1);
        assertThat(followUp.action()).isEqualTo(Action.CONTINUE);

        InterviewerReply next = session.say("the migration");
        assertThat(next.questionIndex()).isEqualTo(1);
        assertThat(next.followUpsAsked()).isZero();
        assertThat(next.text()).endsWith("What was your part in it?");
    }

    @Test
    void asksNoFollowUpForAStrongStarAnswerWithMetrics() {
        advanceTo(QuestionCategory.BEHAVIOURAL);

        InterviewerReply reply = session.sayStar();

        assertThat(reply.questionIndex()).isEqualTo(4);
        assertThat(reply.action()).isEqualTo(Action.CODE_CHALLENGE);
    }

    @Test
    void asksForAConcreteExampleWhenABehaviouralAnswerHasNone() {
        advanceTo(QuestionCategory.BEHAVIOURAL);

        InterviewerReply reply = session.say(VAGUE_ANSWER);

        assertThat(reply.text()).endsWith("Can you give me a specific example of what you said?");
        assertThat(reply.followUpsAsked()).isEqualTo(1);
    }

    @Test
    void asksForTheResultWhenAnExampleHasNoOutcome() {
        advanceTo(QuestionCategory.BEHAVIOURAL);

        InterviewerReply reply = session.say("when i was at acme a colleague wanted to rewrite the whole service "
                + "and i thought we should fix it step by step so i wrote a short document comparing both options "
                + "and we talked it through with the team lead");

        assertThat(reply.text()).endsWith("What was the outcome for the team?");
    }

    @Test
    void judgesTechnicalAnswersOnLengthOnly() {
        advanceTo(QuestionCategory.TECHNICAL);

        InterviewerReply reply = session.say(TECHNICAL_ANSWER);

        assertThat(reply.questionIndex()).isEqualTo(3);
        assertThat(reply.followUpsAsked()).isZero();
    }

    @Test
    void neverAsksAStepThatWasAlreadyAsked() {
        InterviewContext context = Fixtures.fresh(Fixtures.soloPlan(), List.of(Fixtures.warm()));
        InterviewContext resumedAtWarmup = new InterviewContext(context.plan(), context.interviewers(), 0, 0, 0,
                List.of("warmup-1", "resume-1", "tech-1"), List.of(new Utterance("interviewer", "James", "Hi.")),
                "Ada", null, null);

        InterviewerReply reply = Fixtures.deterministic().respond(resumedAtWarmup,
                new CandidateInput.Answer(STAR_ANSWER));

        assertThat(reply.questionIndex()).isEqualTo(3);
        assertThat(reply.text()).contains("Tell me about a time you disagreed with a colleague.");
    }

    @Test
    void neverUsesTheSameAcknowledgementTwiceInARow() {
        session.start();
        session.sayStar();
        session.sayStar();
        session.say(Fixtures.TECHNICAL_ANSWER);
        List<String> acknowledgements = session.replies.stream().skip(1).map(InterviewerReply::text)
                .map(text -> Fixtures.warm().acknowledgements().stream().filter(text::startsWith).findFirst()
                        .orElseThrow())
                .toList();

        assertThat(acknowledgements).hasSize(3);
        for (int i = 1; i < acknowledgements.size(); i++) {
            assertThat(acknowledgements.get(i)).isNotEqualTo(acknowledgements.get(i - 1));
        }
    }

    @Test
    void givesTheSameReplyForTheSameContext() {
        session.start();
        session.say(SHORT_ANSWER);
        InterviewContext context = session.context();
        CandidateInput answer = new CandidateInput.Answer("the data migration to postgres last year");

        InterviewerReply first = Fixtures.deterministic().respond(context, answer);
        InterviewerReply second = Fixtures.deterministic().respond(context, answer);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void closesPolitelyWhenTheCandidateAsksToEnd() {
        session.start();
        session.sayStar();

        InterviewerReply reply = session.send(new CandidateInput.EndRequested());

        assertThat(reply.action()).isEqualTo(Action.END);
        assertThat(reply.text()).isEqualTo("Of course, we can stop here. Thanks so much for your time today, Ada. Good luck!");
        assertThat(reply.questionIndex()).isEqualTo(1);
    }

    @Test
    void closesAtOnceWhenThePlanIsEmpty() {
        Fixtures.Session empty = new Fixtures.Session(Fixtures.deterministic(),
                Fixtures.fresh(Fixtures.plan(List.of()), List.of(Fixtures.warm())));

        InterviewerReply reply = empty.start();

        assertThat(reply.action()).isEqualTo(Action.END);
        assertThat(reply.text()).startsWith("Hi Ada").endsWith("Good luck!");
    }

    /** Answers strongly until the current step is the first of {@code category}. */
    private void advanceTo(QuestionCategory category) {
        session.start();
        QuestionCategory at;
        while ((at = session.context().plan().steps().get(session.context().questionIndex()).category()) != category) {
            if (at == QuestionCategory.TECHNICAL) {
                session.say(Fixtures.TECHNICAL_ANSWER);
            } else {
                session.sayStar();
            }
        }
    }
}
