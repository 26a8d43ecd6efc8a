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
        // Absent fields get what the job form starts with, so {title, description, requirements} is a whole job.
        // Absent coding means no coding challenge (Jackson 3 refuses a missing primitive).
        JobForm defaults = JobForm.blank();
        requirements = requirements == null ? List.of() : requirements;
        seniority = seniority == null ? defaults.seniority() : seniority;
        mode = mode == null ? defaults.mode() : mode;
        durationMinutes = durationMinutes == null ? defaults.durationMinutes() : durationMinutes;
        coding = Boolean.TRUE.equals(coding);
        language = language == null ? defaults.language() : language;
        customQuestions = customQuestions == null ? List.of() : customQuestions;
        status = status == null ? defaults.status() : status;
    }

    /**
     * A deadline must lie ahead, unless it is the one the job already had (saving a job whose deadline passed
     * must not force a new one on the recruiter who only wants to close it).
     */
    String deadlineProblem(Instant now, Instant previous) {
        if (deadline == null || deadline.equals(previous) || deadline.isAfter(now)) {
            return null;
        }
        return "The deadline has passed: choose a later date or leave it empty";
    }

    /**
     * Fields the frozen interview rests on. Once candidates are invited they stay as they are, or the people
     * invited later would get a different interview from those invited first.
     */
    java.util.List<String> changesToFrozenInterview(Job job) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        if (!job.planFrozen()) {
            return fields;
        }
        if (!seniority.equals(job.seniority())) {
            fields.add("seniority");
        }
        if (!mode.equals(job.mode())) {
            fields.add("mode");
        }
        if (durationMinutes != job.durationMinutes()) {
            fields.add("durationMinutes");
        }
        if (coding != job.coding()) {
            fields.add("coding");
        }
        if (!customQuestions.stream().map(String::strip).toList().equals(job.customQuestions())) {
            fields.add("customQuestions");
        }
        return fields;
    }

    static final String FROZEN = "The interview is fixed now that candidates are invited, so everyone gets the same";
}
