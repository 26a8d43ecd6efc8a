package com.interviewed.recruiting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A job as the recruiter writes it, from the form or the API. Requirements and questions: one per entry. */
record JobDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 10_000) String description,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 80) String> requirements,
        @NotBlank @Pattern(regexp = "JUNIOR|MID|SENIOR|LEAD", message = "must be JUNIOR, MID, SENIOR or LEAD")
        String seniority,
        @NotBlank @Pattern(regexp = "SOLO|PANEL", message = "must be SOLO or PANEL") String mode,
        @NotNull @AllowedDuration Integer durationMinutes,
        Boolean coding,
        @NotBlank @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "must be a language code such as en")
        String language,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 500) String> customQuestions,
        @NotBlank @Pattern(regexp = "DRAFT|OPEN|CLOSED", message = "must be DRAFT, OPEN or CLOSED") String status,
        Instant deadline) {

    JobDraft {
        // Absent means no coding challenge (Jackson 3 refuses a missing primitive).
        coding = Boolean.TRUE.equals(coding);
    }
}
