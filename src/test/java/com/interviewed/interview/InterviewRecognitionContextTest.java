package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import com.interviewed.resumes.ResumeProfile;
import com.interviewed.speech.RecognitionContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an interview tells its recogniser to expect, from the plan, the job description and the resume. */
class InterviewRecognitionContextTest {

    static final PlannedQuestion CACHE = new PlannedQuestion("be-cache-01", QuestionCategory.TECHNICAL,
            "How would you add a cache to a slow service?", "Caching", List.of("Names Redis and the hit rate"),
            List.of("What about stale entries?"), null, null, 5);

    @Test
    void theQuestionsTheJobDescriptionAndTheTaxonomyAreTextAndTheResumeItemsAreTerms() {
        InterviewPlan plan = new InterviewPlan("backend", null, 45, 1, List.of(CACHE),
                "We run Kafka and Flink on Kubernetes and page on the p99 latency.");
        ResumeProfile resume = new ResumeProfile(List.of("Kafka", "gRPC"), List.of("Staff engineer"),
                List.of("Acme"), List.of("Ledger"), 5, List.of());

        RecognitionContext context = InterviewRecognitionContext.of(plan, resume, List.of("Apache Flink"), List.of());

        assertThat(context.sentences()).containsExactly("How would you add a cache to a slow service?", "Caching",
                "Names Redis and the hit rate", "What about stale entries?",
                "We run Kafka and Flink on Kubernetes and page on the p99 latency.", "Apache Flink");
        assertThat(context.terms()).containsExactly("Kafka", "gRPC", "Staff engineer", "Acme", "Ledger");
    }

    @Test
    void aPracticePlanWithoutJobDescriptionOrResumeStillExpectsItsQuestions() {
        RecognitionContext context = InterviewRecognitionContext.of(
                new InterviewPlan("backend", null, 45, 1, List.of(CACHE)), null, List.of(), List.of());

        assertThat(context.sentences()).contains("Names Redis and the hit rate").hasSize(4);
        assertThat(context.terms()).isEmpty();
    }

    @Test
    void thePlansRoleAddsItsFieldLexiconAsText() {
        InterviewPlan plan = new InterviewPlan("devops", null, 45, 1, List.of(CACHE));

        RecognitionContext context = InterviewRecognitionContext.of(plan, null, List.of("Apache Flink"));

        // The field's words count like the questions' text, not twice like the resume's terms (docs/speech.md).
        assertThat(context.sentences()).startsWith("How would you add a cache to a slow service?")
                .contains("Apache Flink", "error budget", "sidecar", "pull request")
                .containsAll(RoleLexicon.terms("devops"))
                .hasSize(4 + 1 + RoleLexicon.terms("devops").size());
        assertThat(context.terms()).isEmpty();
    }

    @Test
    void anUnknownRoleAddsNothing() {
        for (String role : new String[] {"astronaut", null}) {
            InterviewPlan plan = new InterviewPlan(role, null, 45, 1, List.of(CACHE));

            RecognitionContext context = InterviewRecognitionContext.of(plan, null, List.of());

            assertThat(context).isEqualTo(InterviewRecognitionContext.of(plan, null, List.of(), List.of()));
            assertThat(context.sentences()).hasSize(4);
        }
        assertThat(InterviewRecognitionContext.of(null, null, List.of())).isEqualTo(RecognitionContext.none());
    }
}
