package com.interviewed.coding;

import com.interviewed.accounts.SignedInUser;
import com.interviewed.questions.CodingChallenge;
import com.interviewed.questions.CodingChallenges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Coding challenges for signed-in users (or bearer tokens), and running code against their tests. */
@Tag(name = "Coding")
@RestController
@RequestMapping("/api/v1/coding")
class CodingApiController {

    private final CodingChallenges challenges;
    private final CodeRunner runner;
    private final CodingProperties properties;

    CodingApiController(CodingChallenges challenges, CodeRunner runner, CodingProperties properties) {
        this.challenges = challenges;
        this.runner = runner;
        this.properties = properties;
    }

    @Operation(summary = "List the coding challenges")
    @GetMapping("/challenges")
    List<ChallengeSummary> challenges() {
        return challenges.all().stream()
                .map(c -> new ChallengeSummary(c.id(), c.title(), c.difficulty()))
                .toList();
    }

    @Operation(summary = "A coding challenge's prompt and starter code per language (never its tests or solution)")
    @GetMapping("/challenges/{id}")
    ChallengeView challenge(@PathVariable String id) {
        CodingChallenge challenge = challenges.byId(id).orElseThrow(() -> new UnknownChallengeException(id));
        return new ChallengeView(challenge.id(), challenge.title(), challenge.difficulty(), challenge.prompt(),
                CodeRunner.LANGUAGES, challenge.starterCode());
    }

    @Operation(summary = "Run code against a challenge's tests in the sandbox")
    @PostMapping("/run")
    RunResult run(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody RunRequest request) {
        int bytes = request.code().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > properties.maxCodeBytes()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The code is " + bytes + " bytes; at most " + properties.maxCodeBytes() + " are accepted.");
            problem.setTitle("Code too large");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        return runner.run("user:" + user.id(), request.challengeId(), request.language(), request.code());
    }

    record ChallengeSummary(String id, String title, String difficulty) {
    }

    record ChallengeView(String id, String title, String difficulty, String prompt, List<String> languages,
            Map<String, String> starterCode) {
    }

    record RunRequest(@NotBlank String challengeId, @NotBlank String language, @NotNull String code) {
    }
}
