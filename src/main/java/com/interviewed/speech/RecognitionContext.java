package com.interviewed.speech;

import java.util.List;
import java.util.Objects;

/**
 * What an interview knows before the candidate speaks, so the recogniser can expect it: the words it should know
 * (technologies, employers, projects: written as people write them, "K8s", "CI/CD", "PostgreSQL") and sentences
 * like the ones it will hear (the questions, their expected points and follow-ups, the job description). Terms
 * the dictionary lacks are added with a pronunciation, and the language model is biased toward both.
 *
 * @param terms     words and short phrases, each likely to be said
 * @param sentences running text the answers will resemble
 */
public record RecognitionContext(List<String> terms, List<String> sentences) {

    private static final RecognitionContext NONE = new RecognitionContext(List.of(), List.of());

    public RecognitionContext {
        terms = terms == null ? List.of() : terms.stream().filter(Objects::nonNull).toList();
        sentences = sentences == null ? List.of() : sentences.stream().filter(Objects::nonNull).toList();
    }

    /** General English: the recogniser's base vocabulary and language model. */
    public static RecognitionContext none() {
        return NONE;
    }

    public boolean isEmpty() {
        return terms.stream().allMatch(String::isBlank) && sentences.stream().allMatch(String::isBlank);
    }
}
