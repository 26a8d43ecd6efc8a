package com.interviewed.recruiting;

import com.interviewed.questions.CodingChallenge;
import com.interviewed.questions.CodingChallenges;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.InterviewPlanner;
import com.interviewed.questions.PlanRequest;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import com.interviewed.questions.QuestionBank;
import com.interviewed.questions.Seniority;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job's one structured interview. The planner proposes it once from the job (role, seniority, length, coding,
 * custom questions); the recruiter may ask for another proposal or pick the coding challenge; the first invite
 * freezes it, and from then on every candidate of the job gets exactly this plan, so their answers and scores
 * compare. Practice interviews never come here and keep their variety.
 */
@Component
class JobPlans {

    /** Words in a job's title or requirements that point to a role, most specific first. */
    private static final Map<String, List<String>> ROLE_HINTS = roleHints();
    private static final String DEFAULT_ROLE = "backend";
    private static final SecureRandom SEEDS = new SecureRandom();

    private final ObjectProvider<QuestionBank> questionBank;
    private final InterviewPlanner planner;
    private final ObjectProvider<CodingChallenges> challenges;
    private final JobRepository jobs;
    private final JsonMapper json;

    JobPlans(ObjectProvider<QuestionBank> questionBank, InterviewPlanner planner,
            ObjectProvider<CodingChallenges> challenges, JobRepository jobs, JsonMapper json) {
        this.questionBank = questionBank;
        this.planner = planner;
        this.challenges = challenges;
        this.jobs = jobs;
        this.json = json;
    }

    /** The job's plan; a job from before plans were stored gets its proposal now. */
    InterviewPlan planOf(Job job) {
        if (job.planJson() != null) {
            return json.readValue(job.planJson(), InterviewPlan.class);
        }
        InterviewPlan plan = propose(job, seedOf(job.id()));
        if (!jobs.storePlan(job.id(), job.organizationId(), json.writeValueAsString(plan))) {
            // Frozen by someone else meanwhile: theirs stands.
            return jobs.findById(job.id()).map(this::planOf).orElse(plan);
        }
        return plan;
    }

    /**
     * After the job was created or edited: the planner proposes again from the job's new fields (keeping the seed,
     * so an edit that changes nothing the planner reads keeps the same questions). A frozen plan never changes.
     */
    void refresh(Job job) {
        if (job.planFrozen()) {
            return;
        }
        long seed = job.planJson() == null ? seedOf(job.id()) : planOf(job).seed();
        jobs.storePlan(job.id(), job.organizationId(), json.writeValueAsString(propose(job, seed)));
    }

    /** "Propose another set": a different draw from the same competencies. */
    boolean reshuffle(Job job) {
        return !job.planFrozen()
                && jobs.storePlan(job.id(), job.organizationId(), json.writeValueAsString(propose(job, SEEDS.nextLong())));
    }

    /** The recruiter picks the coding challenge instead of the planner's draw. */
    boolean pickChallenge(Job job, String challengeId) {
        CodingChallenges catalog = challenges.getIfAvailable();
        if (job.planFrozen() || catalog == null) {
            return false;
        }
        CodingChallenge challenge = catalog.byId(challengeId).orElse(null);
        InterviewPlan plan = planOf(job);
        if (challenge == null || plan.steps().stream().noneMatch(s -> s.category() == QuestionCategory.CODING)) {
            return false;
        }
        List<PlannedQuestion> steps = plan.steps().stream().map(step -> step.category() != QuestionCategory.CODING
                ? step
                : new PlannedQuestion("coding-" + challenge.id(), step.category(),
                        "Let's do a short coding exercise: " + (challenge.title() == null ? challenge.id()
                                : challenge.title())
                                + ". Read the problem, talk me through your approach, then write and run your solution.",
                        step.competency(), step.expectedPoints(), step.followUps(), challenge.id(), step.panelRole(),
                        step.minutes())).toList();
        InterviewPlan picked = new InterviewPlan(plan.role(), plan.seniority(), plan.durationMinutes(), plan.seed(),
                steps);
        return jobs.storePlan(job.id(), job.organizationId(), json.writeValueAsString(picked));
    }

    List<CodingChallenge> challenges() {
        CodingChallenges catalog = challenges.getIfAvailable();
        return catalog == null ? List.of()
                : catalog.all().stream().sorted(java.util.Comparator.comparing(CodingChallenge::id)).toList();
    }

    /** The coding challenge of a plan, or {@code null}. */
    static String challengeOf(InterviewPlan plan) {
        return plan.steps().stream().filter(s -> s.challengeId() != null).map(PlannedQuestion::challengeId)
                .findFirst().orElse(null);
    }

    /** Two plans are the same interview when they ask the same steps in the same order with the same challenge. */
    static boolean sameInterview(InterviewPlan a, InterviewPlan b) {
        return a != null && b != null && a.steps().stream().map(JobPlans::fingerprint).toList()
                .equals(b.steps().stream().map(JobPlans::fingerprint).toList());
    }

    private static String fingerprint(PlannedQuestion step) {
        return step.id() + "|" + step.text() + "|" + step.challengeId();
    }

    private InterviewPlan propose(Job job, long seed) {
        String description = job.description()
                + (job.requirements().isEmpty() ? "" : "\nRequirements: " + String.join(", ", job.requirements()));
        return planner.plan(new PlanRequest(roleFor(job), Seniority.valueOf(job.seniority()), null,
                job.durationMinutes(), description, null, job.customQuestions(), job.coding(),
                "PANEL".equals(job.mode()), seed));
    }

    private static long seedOf(UUID jobId) {
        return jobId.getMostSignificantBits() ^ jobId.getLeastSignificantBits();
    }

    /** The question bank's role whose id or title the job mentions; otherwise the best keyword match. */
    String roleFor(Job job) {
        String text = (job.title() + " " + String.join(" ", job.requirements())).toLowerCase(Locale.ROOT);
        List<com.interviewed.questions.Role> roles = knownRoles();
        for (com.interviewed.questions.Role role : roles) {
            String title = role.title().toLowerCase(Locale.ROOT).replace(" engineer", "").replace(" developer", "");
            if (text.contains(role.id().toLowerCase(Locale.ROOT)) || (!title.isBlank() && text.contains(title))) {
                return role.id();
            }
        }
        List<String> ids = roles.stream().map(com.interviewed.questions.Role::id).toList();
        for (Map.Entry<String, List<String>> hint : ROLE_HINTS.entrySet()) {
            if ((ids.isEmpty() || ids.contains(hint.getKey()))
                    && hint.getValue().stream().anyMatch(text::contains)) {
                return hint.getKey();
            }
        }
        return ids.isEmpty() || ids.contains(DEFAULT_ROLE) ? DEFAULT_ROLE : ids.get(0);
    }

    private List<com.interviewed.questions.Role> knownRoles() {
        QuestionBank bank = questionBank.getIfAvailable();
        return bank == null ? List.of() : new ArrayList<>(bank.roles());
    }

    private static Map<String, List<String>> roleHints() {
        Map<String, List<String>> hints = new LinkedHashMap<>();
        hints.put("fullstack", List.of("full-stack", "fullstack", "full stack"));
        hints.put("frontend", List.of("frontend", "front-end", "front end", "react", "angular", "vue", "css",
                "typescript", "ui engineer", "web developer"));
        hints.put("backend", List.of("backend", "back-end", "back end", "java", "spring", "kotlin", "golang",
                "python", "api", "microservice", "sql", "server"));
        return hints;
    }
}
