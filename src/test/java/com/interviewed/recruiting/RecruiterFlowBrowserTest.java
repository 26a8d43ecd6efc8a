package com.interviewed.recruiting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.interviewed.interview.InterviewEnded;
import com.interviewed.interview.InterviewStarted;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.Seniority;
import com.interviewed.scoring.InterviewScored;
import com.interviewed.support.BrowserTestSupport;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The recruiter's ten minutes, in a real browser with a real SMTP server: sign up, create a job, invite in bulk,
 * the candidate follows the emailed link and starts, the interview is scored, the pipeline shows it, compare, export.
 */
class RecruiterFlowBrowserTest extends BrowserTestSupport {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("interviewed.notifications.poll-interval", () -> "200ms");
    }

    /** Records what recruiting asks of the interview module, then lets the real module do it. */
    @TestConfiguration
    static class RecordingLauncherConfiguration {

        @Bean
        @Primary
        RecordingLauncher recordingLauncher(com.interviewed.interview.Interviews interviews) {
            return new RecordingLauncher(interviews);
        }
    }

    static class RecordingLauncher implements InterviewLauncher {

        final List<Started> started = new CopyOnWriteArrayList<>();
        private final com.interviewed.interview.Interviews interviews;

        RecordingLauncher(com.interviewed.interview.Interviews interviews) {
            this.interviews = interviews;
        }

        @Override
        public UUID start(UUID inviteId, String candidateName, InterviewPlan plan, String mode) {
            UUID interviewId = interviews.startInvited(inviteId, candidateName, plan, mode);
            started.add(new Started(interviewId, inviteId, candidateName, plan, mode));
            return interviewId;
        }

        @Override
        public void grantAccess(HttpSession session, UUID interviewId) {
            interviews.grantAccess(session, interviewId);
        }

        record Started(UUID interviewId, UUID inviteId, String candidateName, InterviewPlan plan, String mode) {
        }
    }

    @Autowired
    RecordingLauncher launcher;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void recruiterGoesFromANewJobToComparingScoredCandidates() throws Exception {
        // Sign up and in as a recruiter.
        String email = uniqueEmail("owner");
        page.navigate("/signup?role=RECRUITER");
        page.getByLabel("Name").fill("Grace Recruiter");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse");
        page.getByLabel("Organisation").fill("Acme Robotics");
        button(page, "Create account").click();
        // Signed in at once after sign-up.
        assertThat(page).hasURL(Pattern.compile("/hire/dashboard$"));

        // Create a job.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New job")).click();
        page.getByLabel("Title").fill("Backend engineer");
        page.getByLabel("Requirements").fill("Java, PostgreSQL");
        page.getByLabel("Seniority").selectOption("SENIOR");
        page.getByLabel("Include a live coding challenge").check();
        page.getByLabel("Custom questions").fill("Why Acme?");
        button(page, "Create job").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Job created");
        String jobId = page.url().replaceAll(".*/hire/jobs/([0-9a-f-]{36})/invites$", "$1");

        // Bulk invite, with mistakes.
        page.getByLabel("Candidates' email addresses").fill("""
                ada@example.com, Grace Hopper <grace@example.com>
                not-an-email
                ADA@example.com""");
        button(page, "Send invites").click();
        Locator report = page.locator("#invite-report");
        assertThat(report).containsText("2 invites sent.");
        assertThat(report.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("not-an-email")))
                .containsText("Not an email address: no @");
        assertThat(report.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("ADA@example.com")))
                .containsText("Duplicate: already in this list");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/recruiting-invites.png")));

        // The invitation arrives over SMTP.
        assertThat(SMTP.waitForIncomingEmail(20_000, 2)).isTrue();
        MimeMessage invitation = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipient(m).equals("grace@example.com")).findFirst().orElseThrow();
        assertThat(invitation.getSubject()).isEqualTo("Acme Robotics invites you to interview for Backend engineer");
        String text = textPart(invitation);
        Matcher link = Pattern.compile("http://localhost:\\d+/invite/[A-Za-z0-9_-]{43}").matcher(text);
        assertThat(link.find()).as(text).isTrue();

        // The candidate, with no account, follows the link.
        BrowserContext candidateBrowser = newContext();
        Page candidate = candidateBrowser.newPage();
        candidate.navigate(link.group());
        assertThat(candidate.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Backend engineer");
        assertThat(candidate.getByText("Before you start: how your interview is used")).isVisible();
        assertThat(candidate.locator(".consent")).containsText("makes the decision");
        button(candidate, "Test my microphone").click();
        assertThat(candidate.locator("#mic-status")).containsText("type your answers");
        assertThat(candidate.getByLabel("Your name")).hasValue("Grace Hopper");
        candidate.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/recruiting-invite-landing.png")));
        button(candidate, "Start interview").click();

        assertThat(candidate).hasURL(Pattern.compile("/interviews/[0-9a-f-]{36}$"));
        RecordingLauncher.Started started = launcher.started.get(launcher.started.size() - 1);
        assertThat(candidate.url()).endsWith("/interviews/" + started.interviewId());
        assertThat(started.candidateName()).isEqualTo("Grace Hopper");
        assertThat(started.mode()).isEqualTo("SOLO");
        InterviewPlan plan = started.plan();
        assertThat(plan.role()).isEqualTo("backend");
        assertThat(plan.seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(plan.durationMinutes()).isEqualTo(30);
        assertThat(plan.steps()).anyMatch(step -> step.challengeId() != null);
        assertThat(plan.steps()).anyMatch(step -> step.text().equals("Why Acme?"));
        candidateBrowser.close();

        // The recruiter watches the pipeline while the interviews finish and are scored.
        page.navigate("/hire/jobs/" + jobId);
        Locator graceRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("grace@example.com"));
        assertThat(graceRow).containsText("Opened");
        UUID grace = started.inviteId();
        UUID ada = jdbc.sql("select id from invites where email = 'ada@example.com' and job_id = ?")
                .param(UUID.fromString(jobId)).query(UUID.class).single();
        // Scores are scripted here, so the events name an interview the scoring module does not know: it leaves
        // them alone (the real interview above has no answers and would be scored as such).
        UUID scripted = UUID.randomUUID();
        publish(new InterviewStarted(scripted, null, grace));
        publish(new InterviewEnded(scripted, null, grace, Instant.now()));
        publish(new InterviewScored(scripted, grace, 8.2, 8.0, 8.5, 7.9, 7.0, 9.1));
        publish(new InterviewEnded(UUID.randomUUID(), null, ada, Instant.now()));
        publish(new InterviewScored(UUID.randomUUID(), ada, 6.1, 6.0, 5.5, 6.5, 7.0, 5.0));

        // Arrives through htmx polling (every 5 s), no reload.
        assertThat(graceRow).containsText("Scored", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(graceRow).containsText("8.2");
        assertThat(graceRow).containsText("Strong");
        Locator adaRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("ada@example.com"));
        assertThat(adaRow).containsText("Mixed");
        assertThat(page.locator("tbody tr").first()).containsText("Grace Hopper");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/recruiting-pipeline.png")));

        // Compare the two.
        page.getByLabel("Compare Grace Hopper").check();
        page.getByLabel("Compare ada@example.com").check();
        button(page, "Compare selected").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Compare candidates");
        Locator depth = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Technical depth"));
        assertThat(depth).containsText("8.5");
        assertThat(depth).containsText("5.5");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/recruiting-compare.png")));

        // Export.
        page.navigate("/hire/jobs/" + jobId);
        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export CSV")).click());
        List<String> csv = Files.readAllLines(download.path());
        assertThat(csv.get(0)).startsWith("\uFEFFName,Email,Status,Overall,Band");
        assertThat(csv.get(1)).startsWith("Grace Hopper,grace@example.com,Scored,8.2,Strong");
        assertThat(csv.get(2)).startsWith(",ada@example.com,Scored,6.1,Mixed");
    }

    private BrowserContext newContext() {
        return page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl()));
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textPart(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textPart(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
