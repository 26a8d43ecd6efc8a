package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Everything measured about one answer: the model's feature values (indexed by {@link Feature#ordinal()}, NaN
 * where a feature does not apply, such as expected-point coverage for a question without expected points) and
 * the lexical and semantic measurements behind them, which feedback and evidence quote.
 */
record AnswerFeatures(double[] values, LexicalFeatures lex, SemanticFeatures sem, List<String> sentences,
        List<String> platitudes, List<String> evasions, List<String> redFlags, List<String> dismissive,
        boolean behavioural) {

    double get(Feature feature) {
        return values[feature.ordinal()];
    }

    static AnswerFeatures of(QuestionToScore q, List<String> sentences, boolean behavioural, Set<String> known,
            Lexicon lexicon, SentenceEmbeddings embeddings, ReferenceQuestions references) {
        String answer = q.answer();
        LexicalFeatures lex = LexicalFeatures.of(answer, q.question(), known, lexicon);
        SemanticFeatures sem = SemanticFeatures.of(q.question(), q.expectedPoints(), answer, sentences, embeddings,
                lexicon, point -> PointEvidence.sentenceFor(point, sentences, lex, lexicon, behavioural));
        String normalised = Text.normalise(answer);
        List<String> platitudes = AnswerCues.found(normalised, AnswerCues.PLATITUDES);
        List<String> evasions = AnswerCues.found(normalised, AnswerCues.EVASION);
        List<String> redFlags = AnswerCues.redFlags(normalised);
        List<String> dismissive = AnswerCues.found(normalised, AnswerCues.DISMISSIVE);

        List<String> parts = parts(q.question());
        String withoutQuestionWords = withoutQuestionWords(answer, q.question(), lexicon);
        List<String> texts = new ArrayList<>(parts);
        texts.add(q.question());
        texts.add(withoutQuestionWords.isBlank() ? "-" : withoutQuestionWords);
        texts.addAll(GENERIC_ANSWERS);
        List<float[]> v = embeddings.embed(texts);
        float[] question = v.get(parts.size());
        float[] novel = v.get(parts.size() + 1);

        double[] x = new double[Feature.values().length];
        double similarity = sem.questionSimilarity();
        x[Feature.QUESTION_SIMILARITY.ordinal()] = similarity;
        x[Feature.ADDRESSES_THIS_QUESTION.ordinal()] = references.standing(sem.answerVector(), q.question(), similarity);
        x[Feature.SENTENCES_HERE.ordinal()] = references.sentenceStanding(sem.sentenceVectors(), question, q.question());
        x[Feature.NEW_CONTENT.ordinal()] = withoutQuestionWords.isBlank() ? 0 : SentenceEmbeddings.cosine(novel, question);
        double generic = v.subList(parts.size() + 2, v.size()).stream()
                .mapToDouble(g -> SentenceEmbeddings.cosine(g, question)).average().orElse(0);
        x[Feature.ABOVE_GENERIC.ordinal()] = similarity - generic;
        x[Feature.QUESTION_WORDS_USED.ordinal()] = questionWordsUsed(answer, q.question(), lexicon);
        x[Feature.BEST_SENTENCE.ordinal()] = sem.sentenceVectors().stream()
                .mapToDouble(s -> SentenceEmbeddings.cosine(s, question)).max().orElse(0);
        x[Feature.ECHO.ordinal()] = lex.echo();
        x[Feature.POINT_COVERAGE.ordinal()] = sem.coverage();
        x[Feature.PARTS_COVERED.ordinal()] = partsCovered(v.subList(0, parts.size()), sem.sentenceVectors());
        x[Feature.FOCUS.ordinal()] = sem.focus();
        x[Feature.OFF_TOPIC.ordinal()] = sem.offTopicShare();
        x[Feature.FIGURES.ordinal()] = Math.log1p(lex.metrics().size());
        x[Feature.ACTIONS.ordinal()] = Math.log1p(lex.actions().size());
        x[Feature.REASONING.ordinal()] = Math.log1p(lex.reasoning().size());
        x[Feature.TRADE_OFFS.ordinal()] = Math.log1p(lex.tradeOffs().size());
        x[Feature.STEPS.ordinal()] = Math.log1p(lex.sequence().size());
        x[Feature.TECHNOLOGIES.ordinal()] = Math.log1p(lex.technologies().size());
        x[Feature.KEYWORD_LIST.ordinal()] = Math.max(0, 0.35 - functionWordShare(answer, lexicon));
        x[Feature.STORY.ordinal()] = behavioural ? lex.starParts().size() : Double.NaN;
        x[Feature.RESULTS.ordinal()] = Math.log1p(Text.countPhrases(normalised, lexicon.result()));
        x[Feature.FILLERS.ordinal()] = Math.min(lex.fillerDensity(), 15);
        x[Feature.HEDGING.ordinal()] = Math.min(lex.hedgeDensity(), 15);
        x[Feature.REPETITION.ordinal()] = lex.repetition();
        x[Feature.RUN_ON.ordinal()] = Math.min(Math.max(0, lex.averageSentenceWords() - 30), 30);
        x[Feature.LENGTH.ordinal()] = Math.log1p(lex.words());
        x[Feature.TOO_SHORT.ordinal()] = Math.max(0, 25 - lex.words()) / 25.0;
        x[Feature.PLATITUDES.ordinal()] = Math.min(lex.per100(platitudes.size()), 20);
        x[Feature.EVASION.ordinal()] = Math.log1p(evasions.size());
        x[Feature.RED_FLAGS.ordinal()] = Math.min(redFlags.size(), 3);
        x[Feature.DOES_NOT_KNOW.ordinal()] = lex.saysDoesNotKnow() ? 1 : 0;
        x[Feature.DISMISSIVE.ordinal()] = Math.log1p(dismissive.size());
        x[Feature.SPECIFICITY.ordinal()] = Math.min(EmbeddedScorer.specificity(lex), 20);
        return new AnswerFeatures(x, lex, sem, sentences, platitudes, evasions, redFlags, dismissive, behavioural);
    }

    /** Answers that would fit any interview question: how close one of those comes is this question's baseline. */
    static final List<String> GENERIC_ANSWERS = List.of(
            "I would approach it carefully, communicate with the team and make sure everyone is aligned.",
            "In my experience it depends on the situation, and I always try to learn and improve.",
            "I am passionate about my work and I believe teamwork and communication are the key to success.",
            "I have done this many times in my previous jobs and it always worked out well in the end.");

    /** The question's own sentences ("What happened?", "What did you learn?"): each is a part to answer. */
    static List<String> parts(String question) {
        List<String> parts = Text.sentences(question).stream().filter(s -> Text.words(s).size() >= 3).toList();
        return parts.isEmpty() ? List.of(question) : parts;
    }

    private static double partsCovered(List<float[]> parts, List<float[]> sentences) {
        if (sentences.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (float[] part : parts) {
            double best = sentences.stream().mapToDouble(s -> SentenceEmbeddings.cosine(s, part)).max().orElse(0);
            sum += Math.max(0, Math.min(1, (best - 0.2) / 0.4));
        }
        return sum / parts.size();
    }

    /** The answer with every word that shares a stem with the question's content words removed. */
    static String withoutQuestionWords(String answer, String question, Lexicon lexicon) {
        Set<String> questionStems = Text.contentStemSet(question, lexicon);
        StringBuilder out = new StringBuilder();
        for (String w : Text.words(answer)) {
            if (!questionStems.contains(Text.stem(w))) {
                out.append(w).append(' ');
            }
        }
        return out.toString().trim();
    }

    static double questionWordsUsed(String answer, String question, Lexicon lexicon) {
        Set<String> questionStems = Text.contentStemSet(question, lexicon);
        if (questionStems.isEmpty()) {
            return Double.NaN;
        }
        Set<String> answerStems = Text.contentStemSet(answer, lexicon);
        return (double) questionStems.stream().filter(answerStems::contains).count() / questionStems.size();
    }

    /** Share of words that are function words: a keyword salad has almost none. */
    static double functionWordShare(String answer, Lexicon lexicon) {
        List<String> words = Text.words(answer);
        if (words.isEmpty()) {
            return 0;
        }
        long function = words.stream().filter(w -> lexicon.stopwords().contains(w)
                || lexicon.stopwords().contains(w.replace("'", ""))).count();
        return (double) function / words.size();
    }
}
