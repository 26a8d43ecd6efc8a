package com.interviewed.interviewer.harness;

/** Who takes which interview. */
record Scenario(Persona persona, String role, String mode, int minutes, boolean coding) {

    String label() {
        return persona.label() + " · " + role + (mode.equals("PANEL") ? " panel" : "") + " " + minutes + "m";
    }

    String fileName() {
        return persona.name().toLowerCase() + "-" + role + "-" + mode.toLowerCase() + "-" + minutes + ".txt";
    }
}
