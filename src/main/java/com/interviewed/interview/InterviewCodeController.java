package com.interviewed.interview;

import com.interviewed.accounts.SignedInUser;
import com.interviewed.coding.CodeRunner;
import com.interviewed.coding.RunResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Run tests" during an interview: runs the candidate's code in the sandbox, stores it with the outcome, and tells
 * the interviewer so it can discuss the result. Open to invited candidates (no account) through their invite grant.
 */
@Tag(name = "Interviews")
@RestController
class InterviewCodeController {

    private final InterviewRepository repository;
    private final InterviewAccess access;
    private final CodeRunner runner;
    private final InterviewSessions sessions;
    private final Clock clock;

    InterviewCodeController(InterviewRepository repository, InterviewAccess access, CodeRunner runner,
            InterviewSessions sessions, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.runner = runner;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Operation(summary = "Run your code against the interview's coding challenge tests")
    @PostMapping("/api/v1/interviews/{id}/code/run")
    RunResult run(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, HttpServletRequest http,
            @Valid @RequestBody RunRequest request) {
        InterviewRow row = access.require(repository.find(id), user, http.getSession(false));
        if (row.ended()) {
            // The stored code is what recruiters review: it must not change after the interview.
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "This interview has ended; its code can no longer be run or changed.");
            problem.setTitle("Interview ended");
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
        }
        // An invited candidate has no account: their interview is what the quota counts.
        String owner = user != null ? "user:" + user.id() : "interview:" + row.id();
        RunResult result = runner.run(owner, request.challengeId(), request.language(), request.code());
        repository.saveCode(row.id(), request.challengeId(), request.language(), request.code(), result.message(),
                clock.instant());
        sessions.codeRun(row.id(), request.language(), request.code(), result.message());
        return result;
    }

    record RunRequest(@NotBlank @Size(max = 80) String challengeId, @NotBlank @Size(max = 20) String language,
            @NotNull @Size(max = 65_536) String code) {
    }
}
