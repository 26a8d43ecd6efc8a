package com.interviewed.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.interviewed.support.BrowserTestSupport;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import com.microsoft.playwright.Page;

class SignUpBrowserTest extends BrowserTestSupport {

    @Test
    void candidateSignsUpSignsInAndReachesDashboard() {
        String email = uniqueEmail("browser");
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start practising free")).click();

        page.getByLabel("Name").fill("Ada Browser");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

        // Signed in at once: nobody types the password they just chose again (issue 16).
        assertThat(page).hasURL(Pattern.compile("/dashboard$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Ada Browser");
        assertThat(page.getByText("You have not taken a practice interview yet.")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/candidate-dashboard.png")));
    }

    @Test
    void recruiterSignsUpAndReachesRecruiterDashboard() {
        String email = uniqueEmail("hr");
        page.navigate("/hire");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a recruiter account")).click();

        assertThat(page.getByLabel("hiring")).isChecked();
        page.getByLabel("Name").fill("Grace Hopper");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByLabel("Organisation").fill("Acme Robotics");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

        assertThat(page).hasURL(Pattern.compile("/hire/dashboard$"));
        assertThat(page.getByText("Acme Robotics")).isVisible();
        assertThat(page.getByText("No scored candidate is waiting for a decision.")).isVisible();
    }

    @Test
    void signUpFormExplainsEachMistake() {
        page.navigate("/signup");
        page.getByLabel("Email").fill("not an email");
        page.getByLabel("Password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

        assertThat(page.locator("#name-error")).hasText("Enter your name");
        assertThat(page.locator("#email-error")).hasText("Enter a valid email address");
        assertThat(page.locator("#password-error")).hasText("Use 8 to 128 characters");
        assertThat(page.getByLabel("Email")).hasAttribute("aria-invalid", "true");
    }

    @Test
    void wrongPasswordShowsAnErrorAndKeepsYouSignedOut() {
        page.navigate("/login");
        page.getByLabel("Email").fill(uniqueEmail("nobody"));
        page.getByLabel("Password").fill("wrong password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Wrong email or password.");
        page.navigate("/dashboard");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void keyboardUserCanSkipToContent() {
        page.navigate("/");
        page.keyboard().press("Tab");

        assertThat(page.getByText("Skip to content")).isFocused();
    }
}
