package com.interviewed.coding;

import java.util.List;

/**
 * The outcome of running code against a challenge's tests.
 *
 * @param message    one sentence for people (and the AI interviewer): "3 of 5 tests passed.", "Java is not installed
 *                   on this server."
 * @param output     what the program printed (stdout and stderr interleaved), capped and marked when truncated
 * @param durationMs wall time of the sandboxed process
 */
public record RunResult(RunStatus status, int passed, int failed, int total, List<CaseResult> cases, String message,
        String output, long durationMs) {

    public RunResult {
        cases = List.copyOf(cases);
    }

    /** A result from which no test ran. */
    static RunResult without(RunStatus status, String message, String output, long durationMs) {
        return new RunResult(status, 0, 0, 0, List.of(), message, output, durationMs);
    }
}
