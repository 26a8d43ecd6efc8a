package com.interviewed.recruiting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The job form: requirements separated by commas or lines, custom questions one per line, deadline a date
 * (the campaign closes at the end of that day, UTC).
 */
record JobForm(
        @NotBlank(message = "Give the job a title") @Size(max = 200) String title,
        @Size(max = 10_000) String description,
        @Size(max = 4000) String requirements,
        @NotBlank @Pattern(regexp = "JUNIOR|MID|SENIOR|LEAD") String seniority,
        @NotBlank @Pattern(regexp = "SOLO|PANEL") String mode,
        @NotNull(message = "Choose a length") @AllowedDuration Integer durationMinutes,
        boolean coding,
        @NotBlank @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "Use a language code such as en") String language,
        @Size(max = 10_000) String customQuestions,
        @NotBlank @Pattern(regexp = "DRAFT|OPEN|CLOSED") String status,
        @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
        LocalDate deadline) {

    static JobForm blank() {
        return new JobForm("", "", "", "MID", "SOLO", 30, false, "en", "", "OPEN", null);
    }

    static JobForm of(Job job) {
        return new JobForm(job.title(), job.description(), String.join(", ", job.requirements()), job.seniority(),
                job.mode(), job.durationMinutes(), job.coding(), job.language(),
                String.join("\n", job.customQuestions()), job.status(),
                // The deadline is stored as the end of its day (the next midnight, UTC): show that day, not the next.
                job.deadline() == null ? null : LocalDate.ofInstant(job.deadline().minusNanos(1), ZoneOffset.UTC));
    }

    JobDraft toDraft() {
        List<String> skills = requirements == null ? List.of()
                : Arrays.stream(requirements.split("[,;\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.length() > 80 ? s.substring(0, 80) : s).distinct().limit(50).toList();
        return new JobDraft(title, description, skills, seniority, mode, durationMinutes, coding, language,
                JobRepository.splitLines(customQuestions).stream().limit(20).toList(), status,
                deadline == null ? null : deadline.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
