package com.interviewed.recruiting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.interview.InterviewEnded;
import com.interviewed.interview.InterviewSnapshot;
import com.interviewed.interview.Interviews;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.scoring.InterviewScored;
import com.interviewed.support.BrowserTestSupport;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16's done-when, in Chromium: two candidates invited to one job start their interviews through their links
 * and get the same questions and coding task; the compare page says so; an interview that ended without answers
 * is flagged Incomplete in the pipeline.
 */
class StructuredInterviewBrowserTest extends BrowserTestSupport {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

    @Autowired
    Interviews interviews;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoCandidatesGetTheSameInterviewCompareSaysSoAndAnIncompleteOneIsFlagged() {
        String email = uniqueEmail("hr");
        String token = registerAndGetToken("RECRUITER", email, "correct horse");
        String job = postJson("/api/v1/jobs", Map.of("title", "Backend engineer", "description", "Java services",
                "requirements", List.of("Java"), "coding", true), token).json().get("id").asString();
        signIn(email);

        // The recruiter sees the proposed interview, then invites two candidates, which freezes it.
        page.navigate("/hire/jobs/" + job);
        assertThat(page.locator("#interview")).containsText("Proposed by the planner");
        page.navigate("/hire/jobs/" + job + "/invites");
        page.getByLabel("Candidates' email addresses").fill("Ada Lovelace <ada@example.com>\ngrace@example.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invites")).click();
        page.navigate("/hire/jobs/" + job);
        assertThat(page.locator("#interview")).containsText("every candidate of this job gets these");

        UUID ada = startInBrowser(link("ada@example.com"), "Ada Lovelace");
        UUID grace = startInBrowser(link("grace@example.com"), "Grace Hopper");
        InterviewSnapshot first = interviews.find(ada).orElseThrow();
        InterviewSnapshot second = interviews.find(grace).orElseThrow();
        assertThat(first.plan().steps()).isEqualTo(second.plan().steps());
        assertThat(first.plan().steps()).extracting(PlannedQuestion::challengeId).filteredOn(id -> id != null)
                .hasSize(1);

        // Ada's interview is cut short with nothing answered; both are scored.
        UUID adaInvite = inviteId(job, "ada@example.com");
        UUID graceInvite = inviteId(job, "grace@example.com");
        jdbc.sql("update interviews set status = 'ENDED', ended_at = started_at where id = ?").param(ada).update();
        publish(new InterviewEnded(ada, null, adaInvite, Instant.now()));
        publish(new InterviewScored(ada, adaInvite, 6.0, 6, 6, 6, 6, 6));
        publish(new InterviewScored(grace, graceInvite, 7.0, 7, 7, 7, 7, 7));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from invites where job_id = ? and status = 'SCORED'").param(UUID.fromString(job))
                .query(Integer.class).single() == 2);

        page.navigate("/hire/jobs/" + job);
        Locator adaRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Ada Lovelace"));
        assertThat(adaRow).containsText("Incomplete");
        assertThat(adaRow).containsText("0 of");
        Locator graceRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Grace Hopper"));
        assertThat(graceRow).not().containsText("Incomplete");

        page.getByLabel("Compare Ada Lovelace").check();
        page.getByLabel("Compare Grace Hopper").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare selected")).click();
        assertThat(page.locator(".fairness")).containsText("Every candidate compared here answered the same "
                + "structured interview");
        assertThat(page.locator(".fairness")).containsText("the same coding challenge");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Completeness")))
                .containsText("Incomplete");
    }

    private void signIn(String email) {
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/hire/dashboard");
    }

    /** The candidate's own browser: open the link, type a name, start. Returns the interview id from the URL. */
    private UUID startInBrowser(String link, String name) {
        BrowserContext candidate = page.context().browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(baseUrl()));
        try {
            Page tab = candidate.newPage();
            tab.navigate(link);
            tab.getByLabel("Your name").fill(name);
            tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start interview")).click();
            tab.waitForURL(Pattern.compile(".*/interviews/[0-9a-f-]{36}$"));
            return UUID.fromString(tab.url().substring(tab.url().lastIndexOf('/') + 1));
        } finally {
            candidate.close();
        }
    }

    private String link(String email) {
        String body = jdbc.sql("select text_body from email_outbox where recipient = ? order by created_at desc limit 1")
                .param(email).query(String.class).single();
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).isTrue();
        return "/invite/" + matcher.group(1);
    }

    private UUID inviteId(String job, String email) {
        return jdbc.sql("select id from invites where job_id = ? and email = ?").params(UUID.fromString(job), email)
                .query(UUID.class).single();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
