package com.interviewed.voice.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits interviewer text into sentences so the first can be synthesised and played while the rest is made. */
final class SentenceSplitter {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])\\s+(?=[\"'A-Z0-9(])");
    private static final int MAX_SENTENCE = 240;

    private SentenceSplitter() {
    }

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : BOUNDARY.split(text.strip())) {
            String s = sentence.strip();
            while (s.length() > MAX_SENTENCE) {
                int cut = s.lastIndexOf(", ", MAX_SENTENCE);
                cut = cut > 40 ? cut + 1 : s.lastIndexOf(' ', MAX_SENTENCE);
                if (cut <= 0) {
                    cut = MAX_SENTENCE;
                }
                sentences.add(s.substring(0, cut).strip());
                s = s.substring(cut).strip();
            }
            if (!s.isEmpty()) {
                sentences.add(s);
            }
        }
        return sentences;
    }
}
