package com.interviewed.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Guards the curated data: the application refuses to start on broken packs, and these checks say why. */
class QuestionBankDataTest {

    private final ClasspathQuestionBank bank = TestBank.BANK;

    @Test
    void theBankHoldsAtLeastThreeHundredQuestions() {
        assertThat(bank.size()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void everyQuestionIsComplete() {
        assertThat(bank.all()).allSatisfy(q -> {
            assertThat(q.id()).as("id").matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(q.competency()).as(q.id()).isNotBlank();
            assertThat(q.text()).as(q.id()).isNotBlank().doesNotContain("{", "}");
            assertThat(q.expectedPoints()).as(q.id()).hasSizeBetween(3, 6).allSatisfy(p -> assertThat(p).isNotBlank());
            assertThat(q.followUps()).as(q.id()).hasSizeBetween(1, 3).allSatisfy(p -> assertThat(p).isNotBlank());
            assertThat(q.category()).as(q.id()).isNotIn(QuestionCategory.RESUME, QuestionCategory.CODING);
        });
    }

    @Test
    void questionTextsAreUnique() {
        List<String> texts = bank.all().stream().map(q -> Keywords.normalise(q.text())).toList();
        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void noTwoQuestionsAreNearDuplicates() {
        List<BankQuestion> all = bank.all();
        List<Set<String>> words = all.stream().map(q -> contentWords(q.text())).toList();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(jaccard(words.get(i), words.get(j)))
                        .as("%s vs %s", all.get(i).id(), all.get(j).id()).isLessThan(0.6);
            }
        }
    }

    private static final Set<String> STOP = Set.of("a", "an", "the", "you", "your", "how", "what", "do", "would",
            "to", "of", "and", "or", "in", "on", "for", "with", "is", "it", "that", "me", "about", "tell", "time", "i",
            "we", "this", "when", "did", "are", "be", "at", "by", "as", "from");

    private static Set<String> contentWords(String text) {
        return Arrays.stream(Keywords.normalise(text).split(" ")).filter(w -> !STOP.contains(w))
                .collect(Collectors.toSet());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }

    @Test
    void everyRoleHasEnoughQuestionsForAFortyFiveMinutePlanAtEverySeniority() {
        for (Role role : bank.roles()) {
            for (Seniority seniority : Seniority.values()) {
                assertThat(count(role, seniority, QuestionCategory.TECHNICAL)).as("%s %s technical", role.id(), seniority)
                        .isGreaterThanOrEqualTo(8);
                assertThat(count(role, seniority, QuestionCategory.BEHAVIOURAL))
                        .as("%s %s behavioural", role.id(), seniority).isGreaterThanOrEqualTo(8);
                assertThat(count(role, seniority, QuestionCategory.SITUATIONAL))
                        .as("%s %s situational", role.id(), seniority).isGreaterThanOrEqualTo(5);
                InterviewPlan plan = TestBank.planner().plan(TestBank.request(role.id(), seniority, 45, 11));
                assertThat(plan.steps().stream().filter(step -> !step.reserve()).mapToInt(PlannedQuestion::minutes)
                        .sum()).isEqualTo(45);
                assertThat(plan.steps().stream().filter(s -> s.category() == QuestionCategory.TECHNICAL).count())
                        .as("%s %s technical steps", role.id(), seniority).isGreaterThanOrEqualTo(3);
            }
            assertThat(bank.all()).as("%s system design", role.id())
                    .anyMatch(q -> q.forRole(role.id()) && q.industry() == null && q.systemDesign()
                            && q.suits(Seniority.SENIOR));
        }
    }

    private long count(Role role, Seniority seniority, QuestionCategory category) {
        return bank.all().stream().filter(q -> q.category() == category && q.industry() == null
                && q.forRole(role.id()) && q.suits(seniority)).count();
    }

    @Test
    void everyIndustryPackHasEnoughQuestions() {
        assertThat(bank.industries()).containsExactlyInAnyOrder("healthcare", "finance", "education",
                "public-sector");
        for (String industry : bank.industries()) {
            assertThat(bank.all().stream().filter(q -> industry.equals(q.industry())).count()).as(industry)
                    .isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void thereAreSeveralWarmUpCandidateQuestionAndClosingSteps() {
        for (QuestionCategory step : List.of(QuestionCategory.WARMUP, QuestionCategory.CANDIDATE_QUESTIONS,
                QuestionCategory.CLOSING)) {
            assertThat(bank.all().stream().filter(q -> q.category() == step).count()).as(step.name())
                    .isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void resumeTemplatesCoverEveryKindAndNameTheItem() {
        assertThat(bank.resumeTemplates().stream().map(ResumeTemplate::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("project", "skill", "employer", "title");
        assertThat(bank.resumeTemplates()).allSatisfy(t -> {
            assertThat(t.text()).contains("{item}");
            assertThat(t.expectedPoints()).hasSizeBetween(3, 6);
            assertThat(t.followUps()).hasSizeBetween(1, 3);
        });
        assertThat(bank.resumeTemplates().stream().map(ResumeTemplate::id).toList()).doesNotHaveDuplicates();
    }

    @Test
    void rolesHaveTitlesAndSayWhetherTheyCode() {
        assertThat(bank.roles().stream().map(Role::id).toList()).contains("backend", "frontend", "fullstack",
                "mobile", "data-analyst", "data-scientist", "devops", "qa", "product-manager", "designer");
        assertThat(bank.roles()).allSatisfy(r -> assertThat(r.title()).isNotBlank());
        assertThat(bank.roles()).anyMatch(Role::codes).anyMatch(r -> !r.codes());
    }

    @Test
    void questionsAreFoundById() {
        assertThat(bank.question("be-api-01")).map(PlannedQuestion::category).contains(QuestionCategory.TECHNICAL);
        assertThat(bank.question("nope")).isEmpty();
    }
}
