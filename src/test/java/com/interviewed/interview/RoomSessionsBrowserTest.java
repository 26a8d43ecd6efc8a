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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The room in Debian's Chromium across tabs and reloads: one tab holds the microphone, a reload resumes without
 * pressing Join, and the code draft, mute state and transcript come back as they were, with no new resume line.
 */
class RoomSessionsBrowserTest extends BrowserTestSupport {

    private static final String STRONG_ANSWER = "In my last role I led a team of four and we rebuilt the billing "
            + "service in Java. For example, I introduced idempotency keys, which cut duplicate charges by ninety "
            + "percent, and I measured the result with weekly reports to the finance team.";
    private static Path silence;

    @Override
    protected List<String> extraChromiumArgs() {
        return FakeMicrophone.chromiumArgs(silentWav());
    }

    private String createAndJoin() {
        signInAsNewCandidate();
        page.navigate("/practice");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create interview")).click();
        page.waitForURL(Pattern.compile(".*/interviews/[0-9a-f-]{36}$"));
        assertThat(page.locator("#answer-form")).isHidden(); // nothing to type into before joining
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join interview")).click();
        assertThat(page.locator(".turn.interviewer").first()).isVisible();
        page.waitForFunction("() => window.__interview.microphoneOn === true");
        return page.url();
    }

    @Test
    void aSecondTabTakesTheMicrophoneAndTheFirstCanContinueThere() {
        String url = createAndJoin();

        Page second = context.newPage();
        second.navigate(url);
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join interview")).click();

        assertThat(page.locator("#replaced-panel")).containsText("open in another tab");
        page.waitForFunction("() => window.__interview.microphoneOn === false");
        second.waitForFunction("() => window.__interview.microphoneOn === true");
        assertThat(page.locator("#answer-form")).isHidden();
        assertThat(page.locator("#ended")).isHidden();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue here")).click();

        assertThat(second.locator("#replaced-panel")).containsText("open in another tab");
        second.waitForFunction("() => window.__interview.microphoneOn === false");
        page.waitForFunction("() => window.__interview.microphoneOn === true");
        assertThat(page.locator("#replaced-panel")).isHidden();
        assertThat(page.locator("#answer-form")).isVisible();
    }

    @Test
    void aReloadMidCodeResumesWithoutJoinKeepingTheDraftMuteAndTranscript() {
        String url = createAndJoin();
        UUID interviewId = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
        for (int answers = 0; page.locator("#code-panel").isHidden() && answers < 15; answers++) {
            int before = page.locator(".turn.interviewer").count();
            page.getByLabel("Type your answer").fill(STRONG_ANSWER);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answer")).click();
            page.waitForFunction("n => document.querySelectorAll('.turn.interviewer').length > n", before,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
        }
        Locator code = page.locator(".monaco-editor .view-lines");
        code.click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText("# my draft survives reloads\n");
        Awaitility.await("the draft is stored").atMost(15, TimeUnit.SECONDS).until(() -> jdbc.sql(
                        "select count(*) from interview_code where interview_id = ? and code like '%my draft%'")
                .param(interviewId).query(Integer.class).single() == 1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mute")).click();
        int storedBefore = storedTurns(interviewId);
        int shownBefore = page.locator(".turn").count();

        page.reload();

        // No Join press: the tab knew it had joined.
        assertThat(page.locator("#join-panel")).isHidden();
        page.waitForFunction("() => window.__interview.events.includes('audio.start')");
        assertThat(page.locator(".monaco-editor .view-lines")).containsText("my draft survives reloads",
                new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator("#mute")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#mic-status")).containsText("Muted");
        assertThat(page.locator("#answer-form")).isVisible();
        // The interviewer picked the question up again aloud, but nothing new was stored.
        assertThat(storedTurns(interviewId)).isEqualTo(storedBefore);
        assertThat(page.locator(".turn")).hasCount(shownBefore + 1);
        assertThat(jdbc.sql("select count(*) from transcript_turns where interview_id = ? and text like '%continue where%'")
                .param(interviewId).query(Integer.class).single()).isZero();
    }

    @Test
    void theRoomShowsElapsedTimeAndQuestionNOfMLiveAndAfterAReload() {
        createAndJoin();
        Locator progress = page.locator("#question-progress");
        Locator elapsed = page.locator("#elapsed");
        assertThat(progress).hasText(Pattern.compile("Question 1 of \\d+"));
        assertThat(page.locator("#room-clock")).containsText(Pattern.compile("of \\d+ min"));
        String first = elapsed.textContent();
        assertThat(first).matches("\\d+:\\d\\d");
        // Live: the clock moves on its own.
        assertThat(elapsed).not().hasText(first, new LocatorAssertions.HasTextOptions().setTimeout(5_000));
        for (int answers = 0; progress.textContent().startsWith("Question 1 ") && answers < 4; answers++) {
            int before = page.locator(".turn.interviewer").count();
            page.getByLabel("Type your answer").fill(STRONG_ANSWER);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send answer")).click();
            page.waitForFunction("n => document.querySelectorAll('.turn.interviewer').length > n", before,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
        }
        assertThat(progress).hasText(Pattern.compile("Question 2 of \\d+"));
        String shown = progress.textContent();
        int secondsBefore = seconds(elapsed.textContent());

        page.reload();

        // The same position and a clock that kept counting from the interview's start, not from the reload.
        assertThat(progress).hasText(shown, new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        assertThat(page.locator("#room-clock")).isVisible();
        assertThat(seconds(elapsed.textContent())).isGreaterThanOrEqualTo(secondsBefore);
    }

    private static int seconds(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private int storedTurns(UUID interviewId) {
        return jdbc.sql("select count(*) from transcript_turns where interview_id = ?").param(interviewId)
                .query(Integer.class).single();
    }

    /** 3 s of silence, looped by Chromium: a microphone that hears nothing. */
    private static synchronized Path silentWav() {
        if (silence == null) {
            silence = FakeMicrophone.silent(Duration.ofSeconds(3));
        }
        return silence;
    }
}
