package com.interviewed.speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One interview's context made ready for a decoder: the words its dictionary lacks with their pronunciations,
 * and a small language model of the interview's text. Built once per stream, before a decoder is taken, since
 * guessing pronunciations runs flite's {@code t2p}; applying it to a decoder is then only native calls.
 *
 * @param added words missing from cmudict → pocketsphinx phones
 * @param arpa  the interview model (terms and sentences as spoken words)
 * @param words distinct words of the interview text
 */
record InterviewVocabulary(Map<String, String> added, String arpa, int words) {

    /**
     * Terms count {@value #TERM_REPEATS} times as often as a sentence's words: they are the words the base model
     * knows least, and a skill named once in a resume may be the centre of an answer.
     */
    static final int TERM_REPEATS = 2;

    static InterviewVocabulary of(RecognitionContext context, SpokenForms forms, Pronunciations pronunciations) {
        List<List<String>> sentences = new ArrayList<>();
        for (String text : context.sentences()) {
            for (String sentence : text.split("(?<=[.?!])\\s+|\\n+")) {
                List<String> words = forms.words(sentence);
                if (!words.isEmpty()) {
                    sentences.add(words);
                }
            }
        }
        for (String term : context.terms()) {
            List<String> words = forms.words(term);
            for (int i = 0; i < TERM_REPEATS && !words.isEmpty(); i++) {
                sentences.add(words);
            }
        }
        Map<String, String> added = new LinkedHashMap<>();
        List<List<String>> kept = new ArrayList<>();
        for (List<String> sentence : sentences) {
            List<String> sayable = new ArrayList<>();
            for (String word : sentence) {
                if (pronunciations.known(word) || added.containsKey(word)) {
                    sayable.add(word);
                } else {
                    pronunciations.guess(word).ifPresent(phones -> {
                        added.put(word, phones);
                        sayable.add(word);
                    });
                }
            }
            if (!sayable.isEmpty()) {
                kept.add(sayable);
            }
        }
        long distinct = kept.stream().flatMap(List::stream).distinct().count();
        return new InterviewVocabulary(Map.copyOf(added), InterviewLanguageModel.arpa(kept), (int) distinct);
    }

    boolean isEmpty() {
        return words == 0;
    }
}
