package com.interviewed.support;

/** The recogniser's per-word confidences as stored in {@code transcript_turns.words_json}, for seeded answers. */
public final class RecognisedWords {

    private RecognisedWords() {
    }

    /** Every word of {@code heard} with confidence 0.9, except {@code unsure}, heard with 0.2. */
    public static String withOneUnsure(String heard, String unsure) {
        StringBuilder words = new StringBuilder("[");
        for (String word : heard.split(" ")) {
            words.append(words.length() > 1 ? "," : "").append("{\"word\":\"").append(word)
                    .append("\",\"confidence\":").append(word.equals(unsure) ? "0.2" : "0.9").append('}');
        }
        return words.append(']').toString();
    }
}
