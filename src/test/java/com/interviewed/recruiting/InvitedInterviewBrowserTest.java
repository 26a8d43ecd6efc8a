package com.interviewed.recruiting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.BrowserTestSupport;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Across all modules, with nothing stubbed: a recruiter invites a candidate, the candidate (no account) opens the
 * emailed link, takes the interview by typing, and ends it; it is scored in the background and appears ranked in
 * the recruiter's pipeline, where its report opens.
 */
class InvitedInterviewBrowserTest extends BrowserTestSupport {

    private static final Pattern LINK = Pattern.compile("(/invite/[A-Za-z0-9_-]{43})");

    @Test
    void invitedCandidateInterviewsAndIsScoredInThePipeline() {
        String recruiter = registerAndGetToken("RECRUITER", uniqueEmail("hr"), "correct horse");
        String job = postJson("/api/v1/jobs", Map.of("title", "Backend engineer", "description", "Build our APIs.",
                "requirements", List.of("Java", "PostgreSQL"), "seniority", "MID", "mode", "SOLO",
                "durationMinutes", 15, "coding", false, "language", "en", "customQuestions", List.of(),
                "status", "OPEN"), recruiter).json().get("id").asString();
        String email = uniqueEmail("invitee");
        assertThat(postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails", List.of("Lin Ma <" + email + ">")),
                recruiter).status()).isEqualTo(201);
        String body = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select text_body from email_outbox where recipient = ?").param(email).query(String.class)
                .optional().orElse(null), java.util.Objects::nonNull);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();

        page.navigate(link.group(1));
        assertThat(page.getByText("Before you start: how your interview is used")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start interview")).click();
        page.waitForURL(Pattern.compile(".*/interviews/[0-9a-f-]{36}$"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join interview")).click();
        assertThat(page.locator(".turn.interviewer").first()).isVisible();
        for (String answer : List.of(
                "I have four years of backend experience with Java and PostgreSQL, mostly payment systems.",
                "I led the migration of our billing service to event sourcing, which cut reconciliation errors by "
                        + "eighty percent, and I measured it with weekly audits.")) {
            int before = page.locator(".turn.interviewer").count();
            page.getByLabel("Type your answer").fill(answer);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answer")).click();
            page.waitForFunction("n => document.querySelectorAll('.turn.interviewer').length > n", before);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End interview")).click();
        assertThat(page.locator("#ended")).containsText("the recruiting team will review it",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

        JsonNode ranked = Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                () -> get("/api/v1/jobs/" + job + "/candidates?sort=score", recruiter).json().get("items"),
                list -> list.size() == 1 && "SCORED".equals(list.get(0).path("status").asString()));
        assertThat(ranked.get(0).toString()).contains(email);

        signInAs(recruiter);
        page.navigate("/hire/jobs/" + job);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Lin Ma|" + email))).first()
                .click();
        assertThat(page.locator("#scorecard")).containsText("payment systems",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        // Each answered question says who asked it, as the candidate's own report does.
        assertThat(page.locator("#scorecard .asked-by").first()).hasText(Pattern.compile("Asked by \\S+"));
    }

    private void signInAs(String recruiterToken) {
        String email = get("/api/v1/me", recruiterToken).json().get("email").asString();
        context.clearCookies();
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/hire/dashboard");
    }
}
