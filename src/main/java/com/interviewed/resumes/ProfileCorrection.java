package com.interviewed.resumes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The owner's corrected profile (body of {@code PUT /api/v1/resumes/{id}}, and the review form). Every list is
 * required, so a PUT always says what each field should be; blank entries and repeats are dropped when saved.
 */
record ProfileCorrection(
        @NotNull @Size(max = 200, message = "at most 200 skills") List<@NotNull @Size(max = 100) String> skills,
        @NotNull @Size(max = 50, message = "at most 50 titles") List<@NotNull @Size(max = 200) String> titles,
        @NotNull @Size(max = 50, message = "at most 50 employers") List<@NotNull @Size(max = 200) String> employers,
        @NotNull @Size(max = 50, message = "at most 50 projects") List<@NotNull @Size(max = 200) String> projects,
        @Min(value = 0, message = "must be 0 or more") @Max(value = 70, message = "must be 70 or less")
        Integer yearsOfExperience,
        @NotNull @Size(max = 30, message = "at most 30 entries") List<@NotNull @Size(max = 300) String> education) {

    ResumeProfile toProfile() {
        return new ResumeProfile(skills, titles, employers, projects, yearsOfExperience, education);
    }
}
