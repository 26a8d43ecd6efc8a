package com.interviewed.resumes;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.interviewed.support.BrowserTestSupport;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResumeBrowserTest extends BrowserTestSupport {

    @BeforeEach
    void signInAsCandidate() {
        signInAsNewCandidate();
    }

    @Test
    void candidateUploadsReviewsAndCorrectsTheirResume() {
        page.navigate("/resumes");
        assertThat(page.getByText("You have not uploaded a resume yet.")).isVisible();

        page.getByLabel("Resume file").setInputFiles(new FilePayload("jane-doe.pdf", "application/pdf",
                ResumeFiles.pdf(ResumeFiles.sampleLines())));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and read")).click();

        assertThat(page).hasURL(Pattern.compile("/resumes/[0-9a-f-]{36}$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("We read your resume");
        Locator skills = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Skills we found"));
        assertThat(skills.getByText("Kubernetes", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(skills.getByText("C#", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByLabel("Employers")).hasValue("Acme Corp\nGlobex GmbH\nInitech");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/resume-review.png"))
                .setFullPage(true));

        Locator skillsField = page.getByLabel("Skills", new Page.GetByLabelOptions().setExact(true));
        String corrected = Arrays.stream(skillsField.inputValue().split("\n"))
                .map(skill -> skill.equals("C#") ? "Elixir" : skill)
                .collect(Collectors.joining("\n"));
        skillsField.fill(corrected);
        page.getByLabel("Years of experience").fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save corrections")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved");

        page.reload();
        assertThat(skills.getByText("Elixir", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(skills.getByText("C#", new Locator.GetByTextOptions().setExact(true))).hasCount(0);
        assertThat(page.getByLabel("Years of experience")).hasValue("10");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Your resumes")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("jane-doe.pdf"))).isVisible();
    }

    @Test
    void badFilesAreExplainedOnThePage() {
        page.navigate("/resumes");

        uploadExpecting(new FilePayload("locked.pdf", "application/pdf",
                ResumeFiles.encryptedPdf(ResumeFiles.sampleLines())), "password-protected");
        uploadExpecting(new FilePayload("scan.pdf", "application/pdf", ResumeFiles.imageOnlyPdf()),
                "no text layer");
        uploadExpecting(new FilePayload("photo.pdf", "application/pdf", ResumeFiles.png()),
                "Upload a PDF, a Word document (.docx) or a plain-text file");
        uploadExpecting(new FilePayload("empty.txt", "text/plain", new byte[0]), "The file is empty");
        uploadExpecting(new FilePayload("huge.pdf", "application/pdf", new byte[5 * 1024 * 1024 + 100_000]),
                "larger than 5 MB");

        assertThat(page.getByText("You have not uploaded a resume yet.")).isVisible();
    }

    @Test
    void withoutJavaScriptAnOversizedFileGetsAnExplanationPage() {
        try (var noScript = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl()).setJavaScriptEnabled(false))) {
            noScript.addCookies(context.cookies());
            Page plain = noScript.newPage();
            plain.navigate("/resumes");
            plain.getByLabel("Resume file").setInputFiles(new FilePayload("huge.pdf", "application/pdf",
                    new byte[5 * 1024 * 1024 + 100_000]));
            plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and read")).click();

            // The branded 413 page, not the upload form: the body was refused before the resumes module saw it.
            assertThat(plain.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("File too large")))
                    .isVisible();
            assertThat(plain.getByRole(AriaRole.ALERT)).containsText("The file is larger than 5 MB");
            plain.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to your resumes")).click();
            assertThat(plain).hasURL(Pattern.compile("/resumes$"));
        }
    }

    @Test
    void candidateDeletesAResume() {
        page.navigate("/resumes");
        page.getByLabel("Resume file").setInputFiles(new FilePayload("cv.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ResumeFiles.docx(ResumeFiles.sampleLines())));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and read")).click();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete this resume")).click();

        assertThat(page).hasURL(Pattern.compile("/resumes$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Resume deleted");
        assertThat(page.getByText("You have not uploaded a resume yet.")).isVisible();
    }

    private void uploadExpecting(FilePayload file, String message) {
        page.getByLabel("Resume file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and read")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText(message);
        assertThat(page.getByLabel("Resume file")).hasAttribute("aria-invalid", "true");
    }
}
