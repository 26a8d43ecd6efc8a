package com.interviewed.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.interviewed.resumes.ResumeProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterviewPlannerTest {

    private static final List<CodingChallenge> CHALLENGES = List.of(
            new CodingChallenge("two-sum", "Two sum", "easy", "Find two numbers…", Map.of(), Map.of()),
            new CodingChallenge("lru-cache", "LRU cache", "medium", "Build an LRU cache…", Map.of(), Map.of()),
            new CodingChallenge("median-stream", "Running median", "hard", "Keep a running median…", Map.of(),
                    Map.of()));

    private static final ResumeProfile PROFILE = new ResumeProfile(List.of("Kotlin", "PostgreSQL", "Kafka"),
            List.of("Software engineer"), List.of("Northwind Logistics"),
            List.of("Parcel tracking platform", "Invoice OCR pipeline"), 6, List.of("BSc Computer Science"));

    private final BankInterviewPlanner planner = TestBank.plannerWith(CHALLENGES);

    @Test
    void aPlanOpensWithAWarmUpAndEndsWithTheCandidatesQuestionsAndAClose() {
        InterviewPlan plan = planner.plan(TestBank.request("backend", Seniority.MID, 30, 1));

        List<QuestionCategory> categories = plan.steps().stream().map(PlannedQuestion::category).toList();
        assertThat(categories.get(0)).isEqualTo(QuestionCategory.WARMUP);
        assertThat(categories.subList(categories.size() - 2, categories.size()))
                .containsExactly(QuestionCategory.CANDIDATE_QUESTIONS, QuestionCategory.CLOSING);
        assertThat(categories).contains(QuestionCategory.TECHNICAL, QuestionCategory.BEHAVIOURAL);
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 30, 45})
    void everyPlanFitsItsDuration(int minutes) {
        for (String role : TestBank.BANK.roles().stream().map(Role::id).toList()) {
            for (Seniority seniority : Seniority.values()) {
                for (boolean coding : List.of(false, true)) {
                    for (long seed = 0; seed < 3; seed++) {
                        var request = new PlanRequest(role, seniority, null, minutes, null,
                                seed % 2 == 0 ? PROFILE : null, List.of(), coding, seed % 3 == 0, seed);
                        InterviewPlan plan = planner.plan(request);
                        int total = plan.steps().stream().filter(step -> !step.reserve())
                                .mapToInt(PlannedQuestion::minutes).sum();
                        assertThat(total).as("%s %s %d min coding=%s seed=%d", role, seniority, minutes, coding, seed)
                                .isBetween(minutes - 3, minutes + 3);
                        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.minutes()).isPositive());
                        assertThat(plan.steps().stream().map(PlannedQuestion::id).toList()).doesNotHaveDuplicates();
                    }
                }
            }
        }
    }

    @Test
    void noQuestionIsAskedTwiceInAPlan() {
        for (long seed = 0; seed < 50; seed++) {
            InterviewPlan plan = planner.plan(new PlanRequest("fullstack", Seniority.SENIOR, null, 45, null, PROFILE,
                    List.of(), true, false, seed));
            List<String> ids = plan.steps().stream().map(PlannedQuestion::id).toList();
            List<String> texts = plan.steps().stream().map(PlannedQuestion::text).toList();
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(texts).doesNotHaveDuplicates();
        }
    }

    @Test
    void theSameSeedGivesTheSamePlanAndOtherSeedsGiveOtherPlans() {
        PlanRequest request = new PlanRequest("backend", Seniority.MID, null, 45, null, PROFILE, List.of(), true,
                false, 42);
        assertThat(planner.plan(request)).isEqualTo(planner.plan(request));

        Set<List<String>> distinct = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            PlanRequest other = new PlanRequest("backend", Seniority.MID, null, 45, null, PROFILE, List.of(), true,
                    false, seed);
            distinct.add(planner.plan(other).steps().stream().map(PlannedQuestion::id).toList());
        }
        assertThat(distinct).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void resumeQuestionsNameTheCandidatesOwnProjectsAndSkills() {
        InterviewPlan plan = planner.plan(new PlanRequest("backend", Seniority.MID, null, 45, null, PROFILE,
                List.of(), false, false, 7));

        List<PlannedQuestion> resume = plan.steps().stream()
                .filter(s -> s.category() == QuestionCategory.RESUME).toList();
        assertThat(resume).hasSizeBetween(2, 3);
        List<String> items = new ArrayList<>();
        items.addAll(PROFILE.projects());
        items.addAll(PROFILE.skills());
        items.addAll(PROFILE.employers());
        items.addAll(PROFILE.titles());
        assertThat(resume).allSatisfy(step -> assertThat(items).anyMatch(item -> step.text().contains(item)));
        assertThat(resume).anySatisfy(step -> assertThat(PROFILE.projects()).anyMatch(p -> step.text().contains(p)));
        assertThat(resume).anySatisfy(step -> assertThat(PROFILE.skills()).anyMatch(s -> step.text().contains(s)));
        assertThat(resume).allSatisfy(step -> assertThat(step.id()).startsWith("resume-"));
    }

    @Test
    void withoutAResumeThereAreNoResumeQuestions() {
        InterviewPlan plan = planner.plan(TestBank.request("frontend", Seniority.JUNIOR, 45, 3));

        assertThat(plan.steps()).noneMatch(s -> s.category() == QuestionCategory.RESUME);
    }

    @Test
    void technicalQuestionsPreferWhatTheJobDescriptionAsksFor() {
        String job = "We need someone strong in Kafka and distributed messaging; you will own our event pipeline.";
        for (long seed = 0; seed < 10; seed++) {
            InterviewPlan plan = planner.plan(new PlanRequest("backend", Seniority.MID, null, 30, job, null,
                    List.of(), false, false, seed));
            PlannedQuestion firstTechnical = plan.steps().stream()
                    .filter(s -> s.category() == QuestionCategory.TECHNICAL).findFirst().orElseThrow();
            assertThat(TestBank.BANK.all().stream().filter(q -> q.id().equals(firstTechnical.id())).findFirst()
                    .orElseThrow().tags()).containsAnyOf("kafka", "messaging");
        }
    }

    @Test
    void seniorAndLeadCandidatesGetSystemDesignAndJuniorsDoNot() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(systemDesignCount(Seniority.SENIOR, seed)).isPositive();
            assertThat(systemDesignCount(Seniority.LEAD, seed)).isPositive();
            assertThat(systemDesignCount(Seniority.JUNIOR, seed)).isZero();
        }
    }

    private long systemDesignCount(Seniority seniority, long seed) {
        return planner.plan(TestBank.request("backend", seniority, 45, seed)).steps().stream()
                .filter(s -> TestBank.BANK.all().stream()
                        .anyMatch(q -> q.id().equals(s.id()) && q.systemDesign()))
                .count();
    }

    @Test
    void customQuestionsAppearVerbatimBeforeTheCandidatesQuestions() {
        List<String> custom = List.of("Why do you want to work in logistics?",
                "Are you comfortable with on-call one week in six?");
        InterviewPlan plan = planner.plan(new PlanRequest("backend", Seniority.MID, null, 30, null, null, custom,
                false, false, 5));

        List<String> texts = plan.steps().stream().map(PlannedQuestion::text).toList();
        assertThat(texts).containsSubsequence(custom.get(0), custom.get(1));
        int candidate = plan.steps().stream().map(PlannedQuestion::category).toList()
                .indexOf(QuestionCategory.CANDIDATE_QUESTIONS);
        assertThat(texts.indexOf(custom.get(1))).isLessThan(candidate);
    }

    @Test
    void aCodingStepNamesAChallengeSuitedToTheSeniority() {
        InterviewPlan junior = planner.plan(new PlanRequest("backend", Seniority.JUNIOR, null, 45, null, null,
                List.of(), true, false, 9));
        InterviewPlan senior = planner.plan(new PlanRequest("backend", Seniority.SENIOR, null, 45, null, null,
                List.of(), true, false, 9));

        assertThat(coding(junior).challengeId()).isEqualTo("two-sum");
        assertThat(coding(senior).challengeId()).isIn("lru-cache", "median-stream");
    }

    @Test
    void theChallengeDoesNotDependOnTheOrderTheChallengesAreListedIn() {
        List<CodingChallenge> reversed = new ArrayList<>(CHALLENGES);
        java.util.Collections.reverse(reversed);
        BankInterviewPlanner other = TestBank.plannerWith(reversed);
        for (long seed = 0; seed < 10; seed++) {
            PlanRequest request = new PlanRequest("backend", Seniority.SENIOR, null, 45, null, null, List.of(), true,
                    false, seed);
            assertThat(other.plan(request)).isEqualTo(planner.plan(request));
        }
    }

    private static PlannedQuestion coding(InterviewPlan plan) {
        return plan.steps().stream().filter(s -> s.category() == QuestionCategory.CODING).findFirst().orElseThrow();
    }

    @Test
    void thereIsNoCodingStepUnlessAskedForOrWithoutChallenges() {
        InterviewPlan notAsked = planner.plan(TestBank.request("backend", Seniority.MID, 45, 1));
        InterviewPlan noChallenges = TestBank.planner().plan(new PlanRequest("backend", Seniority.MID, null, 45, null,
                null, List.of(), true, false, 1));

        assertThat(notAsked.steps()).noneMatch(s -> s.category() == QuestionCategory.CODING);
        assertThat(noChallenges.steps()).noneMatch(s -> s.category() == QuestionCategory.CODING);
    }

    @Test
    void rolesThatDoNotCodeNeverGetACodingStep() {
        List<Role> nonCoding = TestBank.BANK.roles().stream().filter(r -> !r.codes()).toList();
        for (Role role : nonCoding) {
            for (long seed = 0; seed < 5; seed++) {
                InterviewPlan plan = planner.plan(new PlanRequest(role.id(), Seniority.MID, null, 45, null, null,
                        List.of(), true, seed % 2 == 0, seed));
                assertThat(plan.steps()).noneMatch(s -> s.category() == QuestionCategory.CODING);
            }
        }
    }

    @Test
    void inAPanelEachPanelistAsksOneBlockAndTheEngineeringManagerOpensAndCloses() {
        for (long seed = 0; seed < 20; seed++) {
            InterviewPlan plan = planner.plan(new PlanRequest("fullstack", Seniority.SENIOR, null, 45, null, PROFILE,
                    List.of("What is your notice period?"), true, true, seed));
            List<String> runs = new ArrayList<>();
            for (PlannedQuestion step : plan.steps()) {
                assertThat(step.panelRole()).isIn("ENGINEERING_MANAGER", "PRODUCT_MANAGER", "JUNIOR_DEVELOPER");
                if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(step.panelRole())) {
                    runs.add(step.panelRole());
                }
            }
            assertThat(runs).containsExactly("ENGINEERING_MANAGER", "PRODUCT_MANAGER", "JUNIOR_DEVELOPER",
                    "ENGINEERING_MANAGER");
            assertThat(plan.steps()).filteredOn(s -> s.category() == QuestionCategory.CODING)
                    .allSatisfy(s -> assertThat(s.panelRole()).isEqualTo("JUNIOR_DEVELOPER"));
            assertThat(plan.steps()).filteredOn(s -> s.category() == QuestionCategory.BEHAVIOURAL)
                    .allSatisfy(s -> assertThat(s.panelRole()).isEqualTo("ENGINEERING_MANAGER"));
        }
    }

    @Test
    void soloPlansNameNoPanelist() {
        assertThat(planner.plan(TestBank.request("backend", Seniority.MID, 30, 2)).steps())
                .allSatisfy(s -> assertThat(s.panelRole()).isNull());
    }

    @Test
    void anUnknownRoleIsRejectedWithTheValidRoles() {
        assertThatThrownBy(() -> planner.plan(TestBank.request("astronaut", Seniority.MID, 30, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("astronaut")
                .hasMessageContaining(String.join(", ", TestBank.BANK.roles().stream().map(Role::id).toList()));
        assertThatThrownBy(() -> planner.plan(TestBank.request(null, Seniority.MID, 30, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Valid roles");
    }

    @Test
    void roleAndIndustryIdsAreMatchedRegardlessOfCase() {
        InterviewPlan plan = planner.plan(new PlanRequest(" Backend ", Seniority.MID, "Finance", 30, null, null,
                List.of(), false, false, 1));

        assertThat(plan.role()).isEqualTo("backend");
    }

    @Test
    void anIndustryAddsQuestionsFromItsPackAndOnlyThen() {
        Set<String> finance = ids(q -> "finance".equals(q.industry()));
        Set<String> anyIndustry = ids(q -> q.industry() != null);
        for (long seed = 0; seed < 10; seed++) {
            InterviewPlan withIndustry = planner.plan(new PlanRequest("qa", Seniority.MID, "finance", 30, null, null,
                    List.of(), false, false, seed));
            InterviewPlan without = planner.plan(TestBank.request("qa", Seniority.MID, 45, seed));

            assertThat(withIndustry.steps()).anyMatch(s -> finance.contains(s.id()));
            assertThat(withIndustry.steps()).noneMatch(s -> anyIndustry.contains(s.id()) && !finance.contains(s.id()));
            assertThat(without.steps()).noneMatch(s -> anyIndustry.contains(s.id()));
        }
    }

    @Test
    void engineeringOnlyIndustryQuestionsAreNotPutToOtherRoles() {
        for (long seed = 0; seed < 30; seed++) {
            InterviewPlan plan = planner.plan(new PlanRequest("designer", Seniority.LEAD, "finance", 45, null, null,
                    List.of(), false, false, seed));
            assertThat(plan.steps()).noneMatch(s -> s.id().equals("fin-realtime-01"));
        }
    }

    @Test
    void leadsAreAskedAboutLeadingAndJuniorsAreNot() {
        Set<String> leadership = ids(q -> q.tags().contains("leadership"));
        for (long seed = 0; seed < 10; seed++) {
            assertThat(planner.plan(TestBank.request("backend", Seniority.LEAD, 30, seed)).steps())
                    .anyMatch(s -> leadership.contains(s.id()));
            assertThat(planner.plan(TestBank.request("backend", Seniority.JUNIOR, 45, seed)).steps())
                    .noneMatch(s -> leadership.contains(s.id()));
        }
    }

    @Test
    void evenAFifteenMinuteScreenAsksAboutTheResume() {
        InterviewPlan plan = planner.plan(new PlanRequest("frontend", Seniority.MID, null, 15, null, PROFILE,
                List.of(), false, false, 4));

        assertThat(plan.steps()).anyMatch(s -> s.category() == QuestionCategory.RESUME);
    }

    private static Set<String> ids(java.util.function.Predicate<BankQuestion> filter) {
        return TestBank.BANK.all().stream().filter(filter).map(BankQuestion::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void anUnknownIndustryOrImpossibleDurationIsRejected() {
        assertThatThrownBy(() -> planner.plan(new PlanRequest("backend", Seniority.MID, "space-mining", 30, null,
                null, List.of(), false, false, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("space-mining");
        assertThatThrownBy(() -> planner.plan(TestBank.request("backend", Seniority.MID, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingDurationUsesTheDefaultAndAMissingSeniorityMeansMid() {
        InterviewPlan plan = planner.plan(TestBank.request("backend", null, 0, 1));

        assertThat(plan.durationMinutes()).isEqualTo(30);
        assertThat(plan.seniority()).isEqualTo(Seniority.MID);
        assertThat(plan.steps().stream().filter(step -> !step.reserve()).mapToInt(PlannedQuestion::minutes).sum())
                .isEqualTo(30);
    }

    @Test
    void sparePlansQuestionsForShortAnswersWithoutCountingTheirMinutes() {
        InterviewPlan plan = planner.plan(TestBank.request("backend", Seniority.MID, 15, 3));
        List<PlannedQuestion> steps = plan.steps();
        List<PlannedQuestion> spares = steps.stream().filter(PlannedQuestion::reserve).toList();
        long planned = steps.stream().filter(s -> !s.reserve() && s.category() != QuestionCategory.WARMUP
                && s.category() != QuestionCategory.CANDIDATE_QUESTIONS && s.category() != QuestionCategory.CLOSING)
                .count();

        assertThat(spares).hasSizeGreaterThanOrEqualTo(3).hasSizeLessThanOrEqualTo(Math.max(3, (int) planned / 2 + 2));
        assertThat(spares).allSatisfy(s -> assertThat(s.category()).isIn(QuestionCategory.TECHNICAL,
                QuestionCategory.BEHAVIOURAL, QuestionCategory.SITUATIONAL));
        // A spare closes its own kind's block, or comes after every planned question (and the coding exercise).
        int lastPlanned = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).reserve() && steps.get(i).category() != QuestionCategory.CANDIDATE_QUESTIONS
                    && steps.get(i).category() != QuestionCategory.CLOSING) {
                lastPlanned = i;
            }
        }
        for (PlannedQuestion spare : spares) {
            int at = steps.indexOf(spare);
            PlannedQuestion before = steps.get(at - 1);
            assertThat(before.category() == spare.category() && !before.reserve() || at > lastPlanned)
                    .as("spare %s after %s", spare.id(), before.id()).isTrue();
        }
        assertThat(steps.get(steps.size() - 1).category()).isEqualTo(QuestionCategory.CLOSING);
    }
}
