package com.interviewed.interviewer.harness;

/** One line of a harness transcript; {@code kind} is the scripted candidate's intent for candidate lines. */
record Line(String role, String speaker, String text, String kind, long atMillis) {

    boolean interviewer() {
        return "interviewer".equals(role);
    }
}
