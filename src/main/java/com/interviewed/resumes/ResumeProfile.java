package com.interviewed.resumes;

import java.util.List;

/** What was extracted from a resume (and corrected by its owner). */
public record ResumeProfile(List<String> skills, List<String> titles, List<String> employers, List<String> projects,
        Integer yearsOfExperience, List<String> education) {

    public static ResumeProfile empty() {
        return new ResumeProfile(List.of(), List.of(), List.of(), List.of(), null, List.of());
    }
}
