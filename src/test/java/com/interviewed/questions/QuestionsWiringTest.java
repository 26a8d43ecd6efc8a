package com.interviewed.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

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

    @Autowired
    JsonMapper json;

    @Test
    void theBankPersonasAndPlannerAreAvailableToOtherModules() {
        assertThat(bank.size()).isGreaterThanOrEqualTo(300);
        assertThat(bank.industries()).contains("healthcare", "finance", "education", "public-sector");
        assertThat(personas.solo()).hasSizeGreaterThanOrEqualTo(8);

        InterviewPlan plan = planner.plan(new PlanRequest("backend", Seniority.MID, null, 0, null, null, List.of(),
                true, false, 1));

        assertThat(plan.durationMinutes()).as("default from config/questions.yml").isEqualTo(30);
        assertThat(plan.steps().stream().filter(s -> !s.reserve()).mapToInt(PlannedQuestion::minutes).sum())
                .as("spare questions are not part of the plan's duration").isEqualTo(30);
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

    @Test
    void aPlanStoredBeforeSpareQuestionsExistedStillLoads() {
        String stored = """
                {"role":"backend","seniority":"MID","durationMinutes":5,"seed":7,"steps":[
                 {"id":"warmup-1","category":"WARMUP","text":"Tell me briefly about your background.",
                  "competency":"communication","expectedPoints":["current role"],"followUps":[],
                  "challengeId":null,"panelRole":null,"minutes":4},
                 {"id":"close","category":"CLOSING","text":"Thank you.","competency":"","expectedPoints":[],
                  "followUps":[],"challengeId":null,"panelRole":null,"minutes":1}]}
                """;

        InterviewPlan plan = json.readValue(stored, InterviewPlan.class);

        assertThat(plan.steps()).hasSize(2).allSatisfy(s -> assertThat(s.reserve()).isFalse());
        assertThat(json.readValue(json.writeValueAsString(plan), InterviewPlan.class)).isEqualTo(plan);
    }
}
