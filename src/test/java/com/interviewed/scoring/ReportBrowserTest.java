package com.interviewed.scoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.BrowserTestSupport;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report page in a real browser: chart, cards, evidence, exports, live progress and the progress page. */
class ReportBrowserTest extends BrowserTestSupport {

    @Autowired
    InterviewScoring scoring;

    private UUID signInWithSeededInterview() {
        String email = uniqueEmail("report");
        registerAndGetToken("CANDIDATE", email, "correct horse");
        UUID interview = SeededInterview.insert(jdbc, SeededInterview.userId(jdbc, email));
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile("/dashboard$"));
        return interview;
    }

    @Test
    void showsTheScoredReportWithChartCardsEvidenceAndExports() {
        UUID interview = signInWithSeededInterview();
        scoring.score(interview);

        page.navigate("/interviews/" + interview + "/report");

        assertThat(page.locator(".radar canvas")).hasCount(1);
        assertThat(page.locator(".question-card")).hasCount(3);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(SeededInterview.CACHE_QUESTION)))
                .isVisible();
        assertThat(page.locator(".question-card").nth(1).locator(".evidence-quote").first()).isVisible();
        String quote = page.locator(".question-card").nth(1).locator(".evidence-quote").first().innerText();
        assertThat(SeededInterview.CACHE_ANSWER_1 + " " + SeededInterview.CACHE_ANSWER_2 + " "
                + SeededInterview.FOLLOW_UP_ANSWER).contains(quote.replaceAll("^“|”$", ""));
        assertThat(page.locator(".speech-table")).containsText("Speaking pace");
        assertThat(page.locator(".transcript li")).hasCount(SeededInterview.TURNS.size());
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/interview-report.png"))
                .setFullPage(true));

        APIResponse pdf = context.request().get("/interviews/" + interview + "/report.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        APIResponse csv = context.request().get("/interviews/" + interview + "/report.csv");
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("position,question,answer,overall").contains(SeededInterview.CACHE_QUESTION);
        APIResponse json = context.request().get("/interviews/" + interview + "/report.json");
        assertThat(json.text()).contains("\"evidence\"");
    }

    @Test
    void showsProgressWhileScoringAndTheReportOnceDone() {
        UUID interview = signInWithSeededInterview();

        page.navigate("/interviews/" + interview + "/report");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("queued for scoring");

        scoring.score(interview);

        assertThat(page.locator(".radar canvas")).hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions
                .HasCountOptions().setTimeout(15_000));
        assertThat(page.locator(".question-card")).hasCount(3);
    }

    @Test
    void progressPageChartsScoredSessions() {
        UUID interview = signInWithSeededInterview();
        scoring.score(interview);

        page.navigate("/progress");

        assertThat(page.locator(".progress-chart canvas")).hasCount(1);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open report"))).hasCount(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/progress.png")));
    }

    @Test
    void anotherCandidateGetsNotFound() {
        UUID someoneElses = signInWithSeededInterview();
        context.clearCookies();
        signInWithSeededInterview();

        assertThat(context.request().get("/interviews/" + someoneElses + "/report").status()).isEqualTo(404);
        assertThat(context.request().get("/interviews/" + someoneElses + "/report.pdf").status()).isEqualTo(404);
    }
}
