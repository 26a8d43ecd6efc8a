package com.interviewed.recruiting;

import com.interviewed.questions.PlanRequest;
import com.interviewed.questions.QuestionBank;
import com.interviewed.questions.Seniority;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns a job campaign into the planner's request for one invited candidate. Every candidate of a job gets the
 * same role, seniority, length, coding and custom questions, so their scores compare; the seed (from the invite)
 * only varies the order and choice within the same competencies.
 */
@Component
class JobPlans {

    /** Words in a job's title or requirements that point to a role, most specific first. */
    private static final Map<String, List<String>> ROLE_HINTS = roleHints();
    private static final String DEFAULT_ROLE = "backend";

    private final ObjectProvider<QuestionBank> questionBank;

    JobPlans(ObjectProvider<QuestionBank> questionBank) {
        this.questionBank = questionBank;
    }

    PlanRequest planFor(Job job, UUID inviteId) {
        String description = job.description()
                + (job.requirements().isEmpty() ? "" : "\nRequirements: " + String.join(", ", job.requirements()));
        return new PlanRequest(roleFor(job), Seniority.valueOf(job.seniority()), null, job.durationMinutes(),
                description, null, job.customQuestions(), job.coding(), "PANEL".equals(job.mode()),
                inviteId.getMostSignificantBits() ^ inviteId.getLeastSignificantBits());
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
