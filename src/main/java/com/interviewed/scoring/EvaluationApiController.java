package com.interviewed.scoring;

import com.interviewed.accounts.SignedInUser;
import com.interviewed.interview.Interviews;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation API: score any transcript on demand (stateless, nothing stored), and read the stored
 * evaluation of one of your interviews.
 */
@RestController
class EvaluationApiController {

    private final TranscriptEvaluator evaluator;
    private final Evaluations evaluations;
    private final Interviews interviews;
    private final ScoringProperties properties;

    EvaluationApiController(TranscriptEvaluator evaluator, Evaluations evaluations, Interviews interviews,
            ScoringProperties properties) {
        this.evaluator = evaluator;
        this.evaluations = evaluations;
        this.interviews = interviews;
        this.properties = properties;
    }

    record QuestionInput(@NotBlank @Size(max = 2000) String question,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> expectedPoints, String category) {
    }

    /**
     * @param name   who spoke (a panelist's name, for example), shown as who asked each question; optional
     * @param status {@code SPOKEN} (the default), {@code TYPED} (left out of the time-based speech metrics) or
     *               {@code INTERRUPTED} (an interviewer turn cut off by the candidate)
     * @param intendedText for an interrupted interviewer turn, what the interviewer meant to say; optional
     */
    record TurnInput(@NotNull @Pattern(regexp = "interviewer|candidate") String speaker, @NotNull String text,
            @PositiveOrZero Long startMs, @PositiveOrZero Long endMs, @Size(max = 120) String name,
            @Pattern(regexp = "SPOKEN|TYPED|INTERRUPTED|EDITED") String status,
            @Size(max = 20_000) String intendedText) {
    }

    record EvaluationRequest(@NotBlank @Size(max = 100) String role, @Size(max = 20_000) String jobDescription,
            @Pattern(regexp = "[a-z]{2}") String language, List<@Valid @NotNull QuestionInput> questions,
            @NotNull List<@Valid @NotNull TurnInput> transcript) {
    }

    record EvaluationResponse(UUID interviewId, EvaluationStatus status, String scorer, String scorerNote,
            double overall, Dimensions dimensions, List<ScoredQuestion> questions, SpeechAnalytics speech) {
    }

    @PostMapping("/api/v1/evaluations")
    EvaluationResponse evaluate(@Valid @RequestBody EvaluationRequest request) {
        check(request);
        List<QuestionSegmenter.Prompt> plan = request.questions() == null ? List.of()
                : request.questions().stream().map(q -> new QuestionSegmenter.Prompt(q.question(), q.category(),
                        q.expectedPoints() == null ? List.of() : q.expectedPoints())).toList();
        List<ReportTurn> turns = request.transcript().stream()
                .map(t -> new ReportTurn(t.speaker(), t.name(), t.text(),
                        t.startMs(), t.endMs(), t.status(), t.intendedText())).toList();
        TranscriptEvaluator.Evaluated evaluated = evaluator.evaluate(request.role(), request.jobDescription(),
                request.language(), plan, turns);
        ScoreResult r = evaluated.result();
        if (r.questions().isEmpty()) {
            throw badInput("No answers could be matched to a question.");
        }
        return new EvaluationResponse(null, EvaluationStatus.DONE, r.scorer(), r.scorerNote(), r.overall(),
                r.dimensions(), r.questions(), evaluated.speech());
    }

    /**
     * 200 with the evaluation once stored; 202 with {@code {interviewId, status}} (and {@code Retry-After: 2})
     * while it is pending, running or failed (failed runs are retried); 404 unless it is your interview.
     */
    @GetMapping("/api/v1/interviews/{id}/evaluation")
    ResponseEntity<?> stored(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser user) {
        boolean mine = interviews.find(id).map(i -> user.id().equals(i.candidateId())).orElse(false);
        if (!mine) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such interview."), null);
        }
        return evaluations.forInterview(id)
                .<ResponseEntity<?>>map(e -> ResponseEntity.ok(new EvaluationResponse(id, EvaluationStatus.DONE,
                        e.scorer(), e.scorerNote(), e.overall(), e.dimensions(), e.questions(), e.speech())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.ACCEPTED).header("Retry-After", "2")
                        .body(Map.of("interviewId", id, "status", evaluations.status(id))));
    }

    private void check(EvaluationRequest request) {
        ScoringProperties.Limits limits = properties.limits();
        if (request.transcript().size() > limits.maxTurns()) {
            throw badInput("The transcript has " + request.transcript().size() + " turns; at most "
                    + limits.maxTurns() + " are accepted.");
        }
        long characters = request.transcript().stream().mapToLong(t -> t.text().length()).sum();
        if (characters > limits.maxTranscriptCharacters()) {
            throw badInput("The transcript has " + characters + " characters; at most "
                    + limits.maxTranscriptCharacters() + " are accepted.");
        }
        if (request.questions() != null && request.questions().size() > limits.maxQuestions()) {
            throw badInput("At most " + limits.maxQuestions() + " questions are accepted.");
        }
        boolean candidateSpoke = request.transcript().stream()
                .anyMatch(t -> t.speaker().equals("candidate") && !Text.words(t.text()).isEmpty());
        if (!candidateSpoke) {
            throw badInput("The transcript has no candidate turns with words: there is nothing to score.");
        }
        for (TurnInput t : request.transcript()) {
            if (t.startMs() != null && t.endMs() != null && t.endMs() < t.startMs()) {
                throw badInput("A turn ends (endMs " + t.endMs() + ") before it starts (startMs " + t.startMs() + ").");
            }
        }
    }

    static ErrorResponseException badInput(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
