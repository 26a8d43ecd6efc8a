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
 * A low-confidence word in Debian's Chromium, offline: the fake microphone says an answer with a made-up word the
 * recogniser cannot know, the room marks what it heard unsure (a "?" and an accessible name, not colour alone),
 * and the candidate clicks a marked word, corrects the answer, and the marks are gone.
 */
class TranscriptConfidenceBrowserTest extends BrowserTestSupport {

    private static Path microphone;

    @Override
    protected List<String> extraChromiumArgs() {
        return FakeMicrophone.chromiumArgs(microphoneWav());
    }

    @Test
    void theCandidateSeesWhichWordsWereUnclearClicksOneAndCorrectsTheAnswer() {
        signInAsNewCandidate();
        page.navigate("/practice");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create interview")).click();
        page.waitForURL(Pattern.compile(".*/interviews/[0-9a-f-]{36}$"));
        String interviewId = page.url().substring(page.url().lastIndexOf('/') + 1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join interview")).click();

        Locator answer = page.locator(".turn.candidate:not(.pending)").first();
        Locator unsure = answer.locator(".unsure-word");
        unsure.first().waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(answer.locator(".unsure-hint")).isVisible();
        String heard = answer.locator(".text").textContent();
        assertThat(unsure.count()).as("only the unsure words of '" + heard + "' are marked")
                .isLessThan(heard.split(" ").length);
        assertThat(unsure.first().getAttribute("aria-label")).contains("unsure");
        String word = unsure.first().textContent();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/unsure-words-marked.png")));

        // Clicking the marked word opens the correction with that word selected.
        unsure.first().click();
        Locator editor = answer.locator("textarea");
        assertThat(editor).isFocused();
        assertThat(editor).hasValue(heard);
        Object selected = page.evaluate("() => { const a = document.activeElement;"
                + " return a.value.substring(a.selectionStart, a.selectionEnd); }");
        assertThat(selected).isEqualTo(word);
        editor.fill("My last project used a Globotron queue.");
        answer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save correction")).click();

        assertThat(answer.locator(".tag")).hasText("corrected",
                new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertThat(answer.locator(".text")).hasText("My last project used a Globotron queue.");
        assertThat(answer.locator(".unsure-word")).hasCount(0);
        assertThat(answer.locator(".unsure-hint")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/unsure-words-corrected.png")));

        Map<String, Object> stored = jdbc.sql("""
                        select text, original_text, status, words_json from transcript_turns
                        where interview_id = ? and speaker_role = 'candidate' order by seq""")
                .param(UUID.fromString(interviewId)).query().listOfRows().get(0);
        assertThat(stored).containsEntry("status", "EDITED").containsEntry("original_text", heard)
                .containsEntry("words_json", null);
    }

    /** 16 s of silence (the greeting plays out), the answer, then 40 s of silence; Chromium loops the file. */
    private static synchronized Path microphoneWav() {
        if (microphone == null) {
            microphone = FakeMicrophone.recording(Duration.ofSeconds(16), Duration.ZERO, Duration.ofSeconds(40),
                    "rms", TranscriptConfidenceSocketTest.MUMBLED);
        }
        return microphone;
    }
}
