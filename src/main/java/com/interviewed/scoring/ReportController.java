package com.interviewed.scoring;

import com.interviewed.accounts.SignedInUser;
import com.interviewed.interview.InterviewSnapshot;
import com.interviewed.interview.Interviews;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The candidate's report on one interview, its exports, and the progress panel htmx polls while scoring runs.
 * Only the interview's own candidate may see it; anyone else gets 404.
 */
@Controller
class ReportController {

    private final Interviews interviews;
    private final Evaluations evaluations;
    private final ReportExports exports;

    ReportController(Interviews interviews, Evaluations evaluations, ReportExports exports) {
        this.interviews = interviews;
        this.evaluations = evaluations;
        this.exports = exports;
    }

    @GetMapping("/interviews/{id}/report")
    String report(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model) {
        InterviewSnapshot interview = owned(id, user);
        model.addAttribute("interview", interview);
        evaluations.forInterview(id).ifPresentOrElse(e -> model.addAttribute("evaluation", e),
                () -> model.addAttribute("status", evaluations.status(id)));
        return "scoring/report-page";
    }

    /** Polled every 2 s by the pending page: the progress panel, or a full refresh once the report exists. */
    @GetMapping("/interviews/{id}/report/status")
    String status(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletResponse response) {
        InterviewSnapshot interview = owned(id, user);
        EvaluationStatus status = evaluations.status(id);
        if (status == EvaluationStatus.DONE) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("interview", interview);
        model.addAttribute("status", status);
        return "scoring/report :: progress";
    }

    @GetMapping("/interviews/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        EvaluationReport report = stored(id, user);
        return download(exports.pdf(report), MediaType.APPLICATION_PDF, "interview-report-" + id + ".pdf");
    }

    @GetMapping("/interviews/{id}/report.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        EvaluationReport report = stored(id, user);
        return download(exports.csv(report).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), "interview-report-" + id + ".csv");
    }

    @GetMapping("/interviews/{id}/report.json")
    ResponseEntity<byte[]> json(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        EvaluationReport report = stored(id, user);
        return download(exports.json(report).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON,
                "interview-report-" + id + ".json");
    }

    private EvaluationReport stored(UUID id, SignedInUser user) {
        owned(id, user);
        return evaluations.forInterview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "The report is not ready yet."));
    }

    private InterviewSnapshot owned(UUID id, SignedInUser user) {
        return interviews.find(id).filter(i -> user.id().equals(i.candidateId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such interview."));
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
