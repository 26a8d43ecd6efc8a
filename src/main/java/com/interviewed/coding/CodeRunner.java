package com.interviewed.coding;

/**
 * Runs candidate code against a challenge's reference tests in the sandbox. Blocks the calling thread until the
 * run ends (at most the language's wall-time limit plus the wait for a free slot), so call it off the WebSocket's
 * I/O thread.
 */
public interface CodeRunner {

    /** The languages code can be written in: {@code python}, {@code javascript}, {@code java}. */
    java.util.List<String> LANGUAGES = java.util.List.of("python", "javascript", "java");

    /**
     * @param owner       whose run it is ({@code user:<id>}, or {@code interview:<id>} for an invited candidate): each
     *                    owner has at most {@code max-concurrent-runs-per-user} runs in progress
     * @param challengeId a challenge id from {@code CodingChallenges}
     * @param language    one of {@link #LANGUAGES}
     * @param code        the candidate's whole source
     * @throws UnknownChallengeException   if there is no such challenge
     * @throws UnsupportedLanguageException if the language is not one of {@link #LANGUAGES}
     * @throws RunQuotaExceededException   if the owner already has as many runs in progress as allowed
     */
    RunResult run(String owner, String challengeId, String language, String code);
}
