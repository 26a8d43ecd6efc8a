package com.interviewed.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Real-browser tests: Debian's Chromium (installed by bin/setup) driven by Playwright. Playwright never
 * downloads a browser here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD is set by the build).
 */
public abstract class BrowserTestSupport extends HttpTestSupport {

    public static final Path CHROMIUM = Path.of(System.getProperty("interviewed.test.chromium", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    /** Flags Chromium needs on this kind of machine: headless, as root, with no network beyond localhost. */
    protected static List<String> chromiumArgs() {
        return new ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage"));
    }

    /** Subclasses may add flags, for example a fake microphone. */
    protected List<String> extraChromiumArgs() {
        return List.of();
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException(CHROMIUM + " is missing: run bin/setup (installs Debian's chromium)");
            }
            List<String> args = chromiumArgs();
            args.addAll(extraChromiumArgs());
            playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(args));
        }
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl()));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        // Assertions wait as long as actions: on a loaded machine the room's first line can take more than the
        // 5 s Playwright allows by default (it waits on speech synthesis), which is slowness, not failure.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Signs in through the form as a new candidate; returns the email. */
    protected String signInAsNewCandidate() {
        String email = uniqueEmail("cand");
        registerAndGetToken("CANDIDATE", email, "correct horse");
        page.navigate("/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/dashboard");
        return email;
    }
}
