package com.interviewed.interviewer.harness;

import java.util.List;

/** A plan step as the simulated candidate knows it (read from the stored plan). */
record Step(String id, String category, String text, List<String> expectedPoints, List<String> followUps) {

    boolean isContent() {
        return switch (category) {
            case "RESUME", "TECHNICAL", "BEHAVIOURAL", "SITUATIONAL" -> true;
            default -> false;
        };
    }
}
