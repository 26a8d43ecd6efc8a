package com.interviewed.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.QuestionCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateQuestionsTest {

    private final Fixtures.Session session = new Fixtures.Session(Fixtures.deterministic(),
            Fixtures.fresh(Fixtures.plan(List.of(
                    Fixtures.step("w", QuestionCategory.WARMUP, "Tell me about yourself.", List.of(), null),
                    Fixtures.step("cq", QuestionCategory.CANDIDATE_QUESTIONS, "Do you have any questions for me?",
                            List.of(), null),
                    Fixtures.step("end", QuestionCategory.CLOSING, "That's all.", List.of(), null))),
                    List.of(Fixtures.warm())));

    @Test
    void answersWhatTheRoleInvolvesAndAsksForMoreQuestions() {
        reachCandidateQuestions();

        InterviewerReply reply = session.say("what does the role involve day to day");

        assertThat(reply.text()).contains("backend engineer role").endsWith("Do you have any other questions?");
        assertThat(reply.action()).isEqualTo(Action.CONTINUE);
        assertThat(reply.questionIndex()).isEqualTo(1);
    }

    @Test
    void answersAboutTheTeamAndTheNextStepsThenClosesOnNo() {
        reachCandidateQuestions();

        // Practice: no invented facts about a team or a timeline.
        assertThat(session.say("what is the team like").text()).contains("practice interview")
                .doesNotContain("six to eight");
        assertThat(session.say("and what are the next steps").text()).contains("no next stage")
                .doesNotContain("within a week");
        InterviewerReply end = session.say("no that's all");

        assertThat(end.action()).isEqualTo(Action.END);
        assertThat(end.questionIndex()).isEqualTo(2);
        assertThat(end.text()).endsWith("Good luck!");
    }

    @Test
    void closesAfterTheLastAllowedQuestion() {
        reachCandidateQuestions();
        session.say("what is the team like");
        session.say("what are the next steps");

        InterviewerReply reply = session.say("is it remote");

        assertThat(reply.action()).isEqualTo(Action.END);
        assertThat(reply.text()).contains("no office policy");
    }

    @Test
    void invitesTheQuestionWhenTheCandidateOnlySaysYes() {
        reachCandidateQuestions();

        InterviewerReply reply = session.say("yes i do");

        assertThat(reply.text()).isEqualTo("Sure, go ahead.");
        assertThat(reply.followUpsAsked()).isZero();
    }

    @Test
    void closesStraightAwayWhenTheCandidateHasNoQuestions() {
        reachCandidateQuestions();

        InterviewerReply reply = session.say("no i think i'm good");

        assertThat(reply.action()).isEqualTo(Action.END);
        assertThat(reply.text()).startsWith("That's absolutely fine.");
    }

    private void reachCandidateQuestions() {
        session.start();
        assertThat(session.sayStar().text()).endsWith("Do you have any questions for me?");
    }

    @Test
    void closesAfterALongSilenceAtTheCandidateQuestionsStep() {
        reachCandidateQuestions();

        InterviewerReply reply = session.send(new CandidateInput.Silence(30));

        assertThat(reply.action()).isEqualTo(Action.END);
    }
}
