package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionSegmenterTest {

    private static ReportTurn i(String text) {
        return new ReportTurn("interviewer", "Alex", text, null, null);
    }

    private static ReportTurn c(String text) {
        return new ReportTurn("candidate", "Ada", text, null, null);
    }

    @Test
    void withoutAPlanEachInterviewerTurnBeforeCandidateTurnsIsAQuestion() {
        var segments = QuestionSegmenter.segment(List.of(i("Hello!"), i("What is a B-tree?"), c("A balanced"),
                c("search tree."), i("Why use one?"), c("Fewer disk reads.")), List.of());

        assertThat(segments).extracting(s -> s.prompt().text()).containsExactly("What is a B-tree?", "Why use one?");
        assertThat(segments.get(0).toScore().answer()).isEqualTo("A balanced search tree.");
    }

    @Test
    void withAPlanFollowUpsBelongToTheQuestionBeingDiscussedAndClosingIsNotScored() {
        var plan = List.of(new QuestionSegmenter.Prompt("How would you design a rate limiter?", "TECHNICAL",
                        List.of("token bucket")),
                new QuestionSegmenter.Prompt("Do you have any questions for me?", "CANDIDATE_QUESTIONS", List.of()));
        var segments = QuestionSegmenter.segment(List.of(i("Great. How would you design a rate limiter for an API?"),
                c("A token bucket per client."), i("Can you say more?"), c("Refill at a fixed rate."),
                i("Do you have any questions for me?"), c("What is the stack?")), plan);

        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).prompt().expectedPoints()).containsExactly("token bucket");
        assertThat(segments.get(0).toScore().answer()).isEqualTo("A token bucket per client. Refill at a fixed rate.");
    }

    @Test
    void answersWithoutInterviewerTurnsAnswerTheQuestionsInOrder() {
        var plan = List.of(new QuestionSegmenter.Prompt("Q1?", null, List.of()),
                new QuestionSegmenter.Prompt("Q2?", null, List.of()));
        var segments = QuestionSegmenter.segment(List.of(c("A1"), c("A2")), plan);

        assertThat(segments).extracting(s -> s.toScore().answer()).containsExactly("A1", "A2");
    }

    private static ReportTurn cutOff(String speaker, String played, String meant) {
        return new ReportTurn("interviewer", speaker, played, null, null, "INTERRUPTED", meant);
    }

    private static final List<QuestionSegmenter.Prompt> PLAN = List.of(
            new QuestionSegmenter.Prompt("Tell me briefly about your background.", "WARMUP", List.of()),
            new QuestionSegmenter.Prompt("Tell me about a time you disagreed with a teammate.", "BEHAVIOURAL",
                    List.of("the outcome")),
            new QuestionSegmenter.Prompt("Let's do a short coding exercise: Ways up the stairs.", "CODING",
                    List.of(), "staircase-ways"));

    @Test
    void anInterruptedQuestionIsTitledAndScoredAsPlannedAndNamesWhoAskedIt() {
        var segments = QuestionSegmenter.segment(List.of(
                cutOff("Grace", "Hi Maya, I'm Grace. I'll ask you a", "Hi Maya, I'm Grace. I'll ask you a few "
                        + "questions. Tell me briefly about your background."),
                c("I build payment services."),
                cutOff("Leo", "", "Thanks, Grace. I'm Leo. Tell me about a time you disagreed with a teammate."),
                c("We disagreed on the database."),
                new ReportTurn("interviewer", "Theo", "Let's do a short coding exercise: Ways up the stairs.", null,
                        null, "SPOKEN", null),
                c("I would use dynamic programming.")), PLAN);

        assertThat(segments).extracting(s -> s.prompt().text()).containsExactly(PLAN.get(0).text(),
                PLAN.get(1).text(), PLAN.get(2).text());
        assertThat(segments).extracting(QuestionSegmenter.Segment::askedBy).containsExactly("Grace", "Leo", "Theo");
        assertThat(segments.get(2).prompt().challengeId()).isEqualTo("staircase-ways");
    }

    @Test
    void withoutWhatWasMeantAPlayedFragmentThatBeginsAQuestionStartsIt() {
        var segments = QuestionSegmenter.segment(List.of(
                cutOff("Grace", "Hello, I'm Grace.", null), c("Hi Grace, nice to meet you."),
                cutOff("Grace", "Thanks. Tell me about a time you", null), c("We disagreed on the database.")),
                PLAN);

        // Speech over the greeting answers the question the greeting led to; the fragment starts the next one.
        assertThat(segments).extracting(s -> s.prompt().text()).containsExactly(PLAN.get(0).text(),
                PLAN.get(1).text());
        assertThat(segments.get(1).toScore().answer()).isEqualTo("We disagreed on the database.");
    }
}
