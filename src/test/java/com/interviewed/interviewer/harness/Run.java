package com.interviewed.interviewer.harness;

import java.util.List;

/**
 * One scripted interview and what came of it.
 *
 * @param coveredEarly     a later step the candidate answered ahead of time (two questions at once), or null
 * @param simulatedMillis  conversation time at a realistic speaking pace
 */
record Run(Scenario scenario, List<Step> steps, List<String> interviewers, String candidateFirstName,
        List<Line> lines, boolean ended, Step coveredEarly, long simulatedMillis) {

    double minutes() {
        return simulatedMillis / 60_000.0;
    }

    /** The interviewer's line that answered the candidate line at {@code index}, or null. */
    Line replyTo(int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (lines.get(i).interviewer()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
