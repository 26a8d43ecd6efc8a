package com.interviewed.interviewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.QuestionCategory;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodingStepTest {

    private static final String NESTED_LOOPS = """
            def two_sum(nums, target):
                for i in range(len(nums)):
                    for j in range(i + 1, len(nums)):
                        if nums[i] + nums[j] == target:
                            return [i, j]
            """;

    private static final String ONE_PASS_WITH_EMPTY_CHECK = """
            function twoSum(nums, target) {
              if (nums.length === 0) return [];
              const seen = new Map();
              for (let i = 0; i < nums.length; i++) {
                if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
                seen.set(nums[i], i);
              }
              return [];
            }
            """;

    private final Fixtures.Session session = new Fixtures.Session(Fixtures.deterministic(),
            Fixtures.fresh(Fixtures.soloPlan(), List.of(Fixtures.warm())));

    @BeforeEach
    void reachTheCodingStep() {
        session.start();
        while (session.context().plan().steps().get(session.context().questionIndex()).category()
                != QuestionCategory.CODING) {
            session.sayStar();
        }
    }

    @Test
    void announcesTheChallengeAndAsksToOpenTheEditor() {
        InterviewerReply reply = session.replies.get(session.replies.size() - 1);

        assertThat(reply.action()).isEqualTo(Action.CODE_CHALLENGE);
        assertThat(reply.challengeId()).isEqualTo("two-sum");
        assertThat(reply.text()).contains("coding exercise")
                .endsWith("Find two numbers in an array that add up to a target.");
    }

    @Test
    void asksAboutNestedLoopsThenEmptyInputThenATestCaseThenMovesOn() {
        InterviewerReply complexity = session.code(NESTED_LOOPS, "3 passed, 0 failed");
        assertThat(complexity.text()).contains("loop inside another loop").contains("time complexity");

        InterviewerReply edgeCases = session.say("its quadratic i could use a hash map to do it in one pass");
        assertThat(edgeCases.text()).endsWith("What happens if the input is empty?");

        InterviewerReply testCase = session.say("it returns none");
        assertThat(testCase.text()).endsWith("What test case would you add to convince yourself it's correct?");

        InterviewerReply next = session.say("two equal numbers like three and three with target six");
        assertThat(next.questionIndex()).isEqualTo(5);
        assertThat(next.text()).endsWith("Do you have any questions for me?");
        assertThat(session.replies.subList(session.replies.size() - 4, session.replies.size() - 1))
                .extracting(InterviewerReply::followUpsAsked).containsExactly(1, 2, 3);
    }

    @Test
    void acknowledgesAnEmptyInputCheckAndAsksForOtherEdgeCases() {
        session.code(ONE_PASS_WITH_EMPTY_CHECK, null);

        InterviewerReply reply = session.say("it is o of n time and o of n space");

        assertThat(reply.text()).endsWith("Your code already handles empty input. Which other edge cases did you think about?");
    }

    @Test
    void asksAboutComplexityInGeneralWhenNothingStandsOut() {
        InterviewerReply reply = session.code(ONE_PASS_WITH_EMPTY_CHECK, null);

        assertThat(reply.text()).isEqualTo("What are the time and space complexity of your solution?");
    }

    @Test
    void doesNotAskANewQuestionWhileOneIsUnanswered() {
        session.code(NESTED_LOOPS, null);

        InterviewerReply reply = session.code(NESTED_LOOPS + "# still editing\n", null);

        assertThat(reply.action()).isEqualTo(Action.WAIT);
        assertThat(reply.text()).isEmpty();
        assertThat(reply.followUpsAsked()).isEqualTo(1);
    }

    @Test
    void encouragesWhileTheCandidateThinksAloudAndStaysOnTheStep() {
        InterviewerReply reply = session.say("so i am thinking i will loop over the array and keep a map of what i "
                + "have seen");

        assertThat(reply.questionIndex()).isEqualTo(4);
        assertThat(reply.followUpsAsked()).isZero();
        assertThat(reply.action()).isEqualTo(Action.CONTINUE);
    }

    @Test
    void variesItsEncouragement() {
        InterviewerReply first = session.say("i will start with a loop over the numbers");
        InterviewerReply second = session.say("and then check the complement in a dictionary");

        assertThat(second.text()).isNotEqualTo(first.text());
    }

    @Test
    void givesAHintWhenTheCandidateIsStuck() {
        InterviewerReply reply = session.say("i'm stuck");

        assertThat(reply.text()).contains("Think about what you could remember as you walk the array.");
    }

    @Test
    void keepsQuietThroughSilenceWhileCodingAndChecksInOnceAfterALongOne() {
        assertThat(session.send(new CandidateInput.Silence(60)).action()).isEqualTo(Action.WAIT);

        InterviewerReply checkIn = session.send(new CandidateInput.Silence(130));
        assertThat(checkIn.action()).isEqualTo(Action.CONTINUE);
        assertThat(checkIn.text()).contains("How are you getting on?");

        assertThat(session.send(new CandidateInput.Silence(130)).action()).isEqualTo(Action.WAIT);
    }

    @Test
    void startsTheReviewWhenTheCandidateSaysTheyAreDone() {
        InterviewContext coding = session.context();
        InterviewContext withCode = new InterviewContext(coding.plan(), coding.interviewers(), 0, 4, 0,
                coding.askedIds(), coding.history(), "Ada", null, NESTED_LOOPS);

        InterviewerReply reply = Fixtures.deterministic().respond(withCode, new CandidateInput.Answer("ok im done"));

        assertThat(reply.text()).contains("loop inside another loop");
        assertThat(reply.followUpsAsked()).isEqualTo(1);
    }

    @Test
    void mentionsFailingTestsWhenAskingForATestCase() {
        InterviewContext coding = session.context();
        InterviewContext twoAsked = new InterviewContext(coding.plan(), coding.interviewers(), 0, 4, 2,
                coding.askedIds(), List.of(), "Ada", null, NESTED_LOOPS);

        InterviewerReply reply = Fixtures.deterministic().respond(twoAsked,
                new CandidateInput.CodeUpdate("python", NESTED_LOOPS, "2 passed, 1 failed"));

        assertThat(reply.text()).startsWith("Some tests are still failing.");
    }
}
