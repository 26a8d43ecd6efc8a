package com.interviewed.interview;

import com.interviewed.questions.Seniority;
import java.util.UUID;

/** A candidate's choices for a practice interview. */
record PracticeRequest(String role, String mode, Seniority seniority, int durationMinutes, String industry,
        boolean includeCoding, UUID resumeId) {
}
