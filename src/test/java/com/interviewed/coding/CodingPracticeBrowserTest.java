package com.interviewed.coding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.interviewed.support.BrowserTestSupport;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CodingPracticeBrowserTest extends BrowserTestSupport {

    @Test
    void candidateSolvesAChallengeInTheEditorAndRunsTheTests() {
        signInAsNewCandidate();

        page.navigate("/practice/coding");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Find the pair"))).click();

        assertThat(page).hasURL(Pattern.compile("challenge=find-pair"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Find the pair"))).isVisible();
        assertThat(page.getByLabel("Language")).hasValue("python");
        Locator code = page.locator(".monaco-editor .view-lines");
        assertThat(code).containsText("find_pair");
        assertThat(code).containsText("is not written yet");

        pasteCode(code, """
                def find_pair(numbers, target):
                    # Remember where each value was first seen; the first complement found ends the search.
                    seen = {}
                    for i, n in enumerate(numbers):
                        if target - n in seen:
                            return [seen[target - n], i]
                        seen.setdefault(n, i)
                """);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run tests")).click();

        Locator results = page.locator(".code-results");
        assertThat(results).hasAttribute("role", "status");
        assertThat(results).hasAttribute("aria-live", "polite");
        assertThat(results).containsText("Passed: All 5 tests passed.", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/coding-practice-passed.png"))
                .setFullPage(true));

        assertThat(page.getByText(Pattern.compile("Pasted \\d+ characters at once."))).isVisible();

        typeCode(code, "def find_pair(numbers, target): return [0, 1]");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run tests")).click();

        assertThat(results).containsText("Failed: 1 of 5 tests passed.", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(results).containsText("find_pair([-4, 8, 1, 3], -1) returned [0, 1], expected [0, 3]");
    }

    @Test
    void switchingLanguageShowsThatLanguagesStarterCodeAndLeavingTheTabIsNoted() {
        signInAsNewCandidate();

        page.navigate("/practice/coding?challenge=merge-meetings");
        Locator code = page.locator(".monaco-editor .view-lines");
        assertThat(code).containsText("merge_meetings");

        page.getByLabel("Language").selectOption("java");

        assertThat(code).containsText("class Solution");
        assertThat(code).containsText("mergeMeetings");

        page.evaluate("() => { Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});"
                + " document.dispatchEvent(new Event('visibilitychange')); }");
        assertThat(page.getByText("Left the tab.")).isVisible();

        page.navigate("/practice/coding?challenge=no-such-challenge");
        assertThat(page.getByText("That challenge does not exist.")).isVisible();
    }

    /** Replaces the editor's text by pasting, which Monaco inserts verbatim (typing would be auto-indented). */
    private void pasteCode(Locator code, String text) {
        context.grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
        page.evaluate("text => navigator.clipboard.writeText(text)", text);
        code.click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Control+V");
    }

    private void typeCode(Locator code, String line) {
        code.click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText(line);
    }
}
