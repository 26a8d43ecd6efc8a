package com.interviewed.interview;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.BrowserTestSupport;
import com.interviewed.support.FakeMicrophone;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A whole voice interview in Debian's Chromium, offline: the candidate's microphone is a WAV file of an answer
 * synthesised with flite (Chromium plays it as the fake capture device, in a loop), the server recognises it with
 * pocketsphinx, and the interviewer's voice comes back as audio the page plays.
 */
class VoiceInterviewBrowserTest extends BrowserTestSupport {

    /**
     * Said with a 0.9 s thinking pause between the two sentences. The first is said over the greeting, which
     * Chromium's echo cancellation muffles, so only a word or two of it may be recognised.
     */
    private static final String ANSWER_START = "I built a payment service in Java with a team of five engineers.";
    private static final String ANSWER_END = "We reduced the checkout time by half.";
    private static final String[] START_WORDS = {"built", "payment", "service", "team", "five", "engineers", "java"};
    private static final String[] END_WORDS = {"reduced", "checkout", "time", "half"};
    private static Path microphone;

    @Override
    protected List<String> extraChromiumArgs() {
        return FakeMicrophone.chromiumArgs(microphoneWav());
    }

    @Test
    void candidateHearsTheInterviewerAnswersByVoiceAndGetsTheNextQuestion() {
        signInAsNewCandidate();
        page.navigate("/practice");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create interview")).click();
        page.waitForURL(Pattern.compile(".*/interviews/[0-9a-f-]{36}$"));
        String interviewId = page.url().substring(page.url().lastIndexOf('/') + 1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join interview")).click();

        Locator interviewerTurns = page.locator(".turn.interviewer");
        assertThat(interviewerTurns.first()).isVisible();
        page.waitForFunction("() => window.__interview.audioChunksPlayed > 0");
        assertThat(page.locator("#mic-status")).containsText("Microphone on");

        Locator candidateTurns = page.locator(".turn.candidate:not(.pending)");
        candidateTurns.first().waitFor(new Locator.WaitForOptions().setTimeout(40_000));
        // The pause ends the first sentence as an answer and the interviewer starts replying; the rest of the
        // sentence continues that answer, so the page shows one answer and the interviewer replies to all of it.
        try {
            page.waitForFunction("() => { const first = document.querySelector('.turn.candidate:not(.pending) .text');"
                    + " return first && /reduc|checkout|time|half/.test(first.textContent.toLowerCase()); }", null,
                    new Page.WaitForFunctionOptions().setTimeout(20_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("the answer's second sentence never joined its first; the room shows:\n"
                    + page.locator(".turn").allInnerTexts(), e);
        }
        String heard = candidateTurns.first().locator(".text").textContent().toLowerCase();
        assertThat(heard).containsAnyOf(START_WORDS).containsAnyOf(END_WORDS);
        try {
            // Whether the greeting counts as interrupted depends on how much of the first words the echo
            // cancellation lets through, so the test waits for a reply after the answer that was not talked over.
            page.waitForFunction("() => document.querySelector("
                    + "'.turn.candidate ~ .turn.interviewer:not([data-status=INTERRUPTED])') !== null", null,
                    new Page.WaitForFunctionOptions().setTimeout(20_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("the interviewer never replied to the answer; the room shows:\n"
                    + page.locator(".turn").evaluateAll("turns => turns.map(t => t.dataset.status + ' ' + t.innerText)"), e);
        }
        assertThat(page.locator(".turn.candidate")).hasCount(1);

        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/interview-room.png")));
        List<Map<String, Object>> stored = jdbc.sql("""
                        select speaker_role, text from transcript_turns where interview_id = ? order by seq""")
                .param(UUID.fromString(interviewId)).query().listOfRows();
        assertThat(stored).extracting(row -> row.get("speaker_role")).contains("interviewer", "candidate");
        List<String> answers = stored.stream().filter(row -> "candidate".equals(row.get("speaker_role")))
                .map(row -> ((String) row.get("text")).toLowerCase()).toList();
        assertThat(answers).singleElement().asString().containsAnyOf(START_WORDS).containsAnyOf(END_WORDS);
    }

    @Test
    void candidateTypesAnAnswerCorrectsItAndEndsTheInterview() {
        signInAsNewCandidate();
        page.navigate("/practice");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create interview")).click();
        page.waitForURL(Pattern.compile(".*/interviews/[0-9a-f-]{36}$"));
        String interviewId = page.url().substring(page.url().lastIndexOf('/') + 1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join interview")).click();
        assertThat(page.locator(".turn.interviewer").first()).isVisible();

        page.getByLabel("Type your answer").fill("I mostly work with cooper netties and Postgres.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answer")).click();
        Locator typed = page.locator(".turn.candidate", new Page.LocatorOptions().setHasText("cooper netties"));
        assertThat(typed).isVisible();
        typed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Correct this answer")).click();
        typed.locator("textarea").fill("I mostly work with Kubernetes and Postgres.");
        typed.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save correction")).click();
        assertThat(page.locator(".turn.candidate", new Page.LocatorOptions().setHasText("Kubernetes"))
                .locator(".tag")).hasText("corrected");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End interview")).click();
        // The interviewer says goodbye first.
        assertThat(page.locator("#ended")).containsText("The interview has ended",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your report")).click();
        assertThat(page.locator(".report .radar")).isAttached(
                new LocatorAssertions.IsAttachedOptions().setTimeout(60_000));
        assertThat(page.locator(".report")).containsText("Kubernetes");

        Map<String, Object> corrected = jdbc.sql("""
                        select text, original_text, status from transcript_turns
                        where interview_id = ? and status = 'EDITED'""")
                .param(UUID.fromString(interviewId)).query().singleRow();
        assertThat(corrected.get("original_text")).isEqualTo("I mostly work with cooper netties and Postgres.");
        assertThat(jdbc.sql("select status from interviews where id = ?").param(UUID.fromString(interviewId))
                .query(String.class).single()).isIn("ENDED", "SCORED");
    }

    /**
     * 7 s of silence (the greeting plays), the answer with a 0.9 s pause in it, then 25 s of silence; Chromium
     * loops the file.
     */
    private static synchronized Path microphoneWav() {
        if (microphone == null) {
            microphone = FakeMicrophone.recording(Duration.ofSeconds(7), Duration.ofMillis(900), Duration.ofSeconds(25),
                    "rms", ANSWER_START, ANSWER_END);
        }
        return microphone;
    }
}
