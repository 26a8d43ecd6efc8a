package com.interviewed.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** The module's beans as other modules get them: bound to config/questions.yml and the application's JSON mapper. */
class QuestionsWiringTest extends HttpTestSupport {

    @Autowired
    QuestionBank bank;

    @Autowired
    Personas personas;

    @Autowired
    InterviewPlanner planner;

    @Autowired
    ObjectProvider<CodingChallenges> codingChallenges;

    @Test
    void theBankPersonasAndPlannerAreAvailableToOtherModules() {
        assertThat(bank.size()).isGreaterThanOrEqualTo(300);
        assertThat(bank.industries()).contains("healthcare", "finance", "education", "public-sector");
        assertThat(personas.solo()).hasSizeGreaterThanOrEqualTo(8);

        InterviewPlan plan = planner.plan(new PlanRequest("backend", Seniority.MID, null, 0, null, null, List.of(),
                true, false, 1));

        assertThat(plan.durationMinutes()).as("default from config/questions.yml").isEqualTo(30);
        assertThat(plan.steps().stream().mapToInt(PlannedQuestion::minutes).sum()).isEqualTo(30);
        CodingChallenges challenges = codingChallenges.getIfAvailable();
        List<PlannedQuestion> coding = plan.steps().stream()
                .filter(s -> s.category() == QuestionCategory.CODING).toList();
        if (challenges == null || challenges.all().isEmpty()) {
            assertThat(coding).isEmpty();
        } else {
            assertThat(coding).singleElement()
                    .satisfies(s -> assertThat(challenges.byId(s.challengeId())).isPresent());
        }
    }
}
