package com.interviewed.interviewer.harness;

/**
 * Who takes which interview. The seed fixes the plan (and so the interviewer persona), so every run replays the
 * same interviews; {@code heldOut} scenarios were written after the interviewer was tuned and never tuned on.
 */
record Scenario(Persona persona, String role, String mode, int minutes, boolean coding, long seed, boolean heldOut) {

    Scenario(Persona persona, String role, String mode, int minutes, boolean coding, long seed) {
        this(persona, role, mode, minutes, coding, seed, false);
    }

    String label() {
        return persona.label() + " · " + role + (mode.equals("PANEL") ? " panel" : "") + " " + minutes + "m"
                + (heldOut ? " (held out)" : "");
    }

    String fileName() {
        return persona.name().toLowerCase() + "-" + role + "-" + mode.toLowerCase() + "-" + minutes
                + (heldOut ? "-held-out" : "") + ".txt";
    }
}
