package com.interviewed.interviewer;

import java.util.List;

/**
 * Requests a candidate makes instead of answering, recognised by phrases rather than exact text. Each has a longest
 * utterance it can be: "one second" inside a 40-word answer is a measurement, not a request to wait.
 */
enum SpokenIntent {
    REPEAT(12, List.of("repeat", "say that again", "say it again", "come again", "pardon", "sorry what",
            "once more", "didnt catch", "didnt hear", "didnt get that", "what was the question", "missed that",
            "what did you say", "huh", "excuse me")),
    WAIT(8, List.of("give me a moment", "give me a second", "give me a minute", "let me think", "one second",
            "one sec", "one moment", "just a moment", "just a second", "hold on", "bear with me", "hang on",
            "a moment please", "need a moment", "think about it")),
    DONT_KNOW(8, List.of("dont know", "dont no", "dont now", "dunno", "no idea", "not sure", "no clue",
            "cant remember", "dont remember",
            "havent done", "never done", "not familiar", "cant think of", "i am not sure", "im stuck", "stuck")),
    MOVE_ON(8, List.of("skip", "next question", "move on", "lets move on", "pass", "go to the next")),
    DONE(8, List.of("im done", "i am done", "finished", "thats it", "that is it", "done", "im ready",
            "thats my solution", "complete", "all done")),
    NO(6, List.of("no", "nope", "nothing", "thats all", "that is all", "im good", "no questions", "all good",
            "i think thats it", "not really", "none", "no thanks", "no thank you", "thats everything")),
    YES(6, List.of("yes", "yeah", "yep", "sure", "okay", "ok", "go ahead", "please", "sounds good", "lets do that",
            "alright", "i do"));

    private final int maxWords;
    private final List<String> phrases;

    SpokenIntent(int maxWords, List<String> phrases) {
        this.maxWords = maxWords;
        this.phrases = phrases;
    }

    /**
     * Whether the utterance is this request. {@code wordLimit} caps {@link #maxWords} (configured
     * {@code intent-max-words}).
     */
    boolean matches(String normalised, int wordLimit) {
        int words = FuzzyText.words(normalised).size();
        return words > 0 && words <= Math.min(maxWords, wordLimit) && FuzzyText.containsAny(normalised, phrases);
    }
}
