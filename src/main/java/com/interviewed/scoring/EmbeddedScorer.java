package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline, deterministic scorer. It measures each answer ({@link AnswerFeatures}: does it address this
 * question rather than echo it or answer another, which expected points and parts of the question it covers, how
 * concrete it is, hedging, evasion, red flags…) and a learned linear model ({@link ScoringModel}, fitted with
 * cross-validation grouped by question on the labelled development set) turns the measurements into five scores.
 * Every feature's contribution is listed as a signal, so each score can be explained.
 */
final class EmbeddedScorer implements Scorer {

    static final String NAME = "embedded";

    private static final Pattern BEHAVIOURAL = Pattern.compile(
            "tell me about a time|describe a time|give (me )?an example|a situation (where|when)|how did you (handle|deal)"
                    + "|have you ever|a time when|a time you|conflict|disagree|mistake|failure|proud",
            Pattern.CASE_INSENSITIVE);
    /** Questions about a past event, where a story with a result is the expected shape. */
    private static final Pattern PAST_EXPERIENCE = Pattern.compile(
            "tell me about|describe a|give (me )?an example|have you ever|a time (you|when)|did you|what happened"
                    + "|you received|you made|you handled|you dealt|you had to", Pattern.CASE_INSENSITIVE);

    /** Sentences shorter than this are embedded together with their neighbours. */
    static final int MIN_UNIT_WORDS = 12;
    /** Contributions smaller than this are left out of the explanation as noise. */
    private static final double SHOWN = 0.1;

    private final SentenceEmbeddings embeddings;
    private final Vocabulary vocabulary;
    private final ReferenceQuestions references;
    private final ScoringModel model;

    EmbeddedScorer(SentenceEmbeddings embeddings, Vocabulary vocabulary) {
        this(embeddings, vocabulary, new ReferenceQuestions(ReferenceQuestions.bankQuestions(), embeddings),
                ScoringModel.load());
    }

    EmbeddedScorer(SentenceEmbeddings embeddings, Vocabulary vocabulary, ReferenceQuestions references,
            ScoringModel model) {
        this.embeddings = embeddings;
        this.vocabulary = vocabulary;
        this.references = references;
        this.model = model;
    }

    @Override
    public String name() {
        return NAME;
    }

    void warmUp() {
        embeddings.warmUp();
        references.warmUp();
    }

    @Override
    public ScoreResult score(ScoringRequest request) {
        Lexicon lexicon = Lexicon.forLanguage(request.language());
        Set<String> known = known(request);
        List<ScoredQuestion> scored = new ArrayList<>();
        for (QuestionToScore question : request.questions()) {
            scored.add(scoreQuestion(question, lexicon, known));
        }
        Dimensions mean = mean(scored);
        String note = Lexicon.curated(request.language()) ? null
                : "No word lists for language '" + request.language() + "': English lists were used.";
        return new ScoreResult(NAME, note, mean.overall(), mean, scored);
    }

    Set<String> known(ScoringRequest request) {
        Set<String> known = new LinkedHashSet<>(vocabulary.technologies());
        known.addAll(vocabulary.skillsFor(request.role(), request.jobDescription()));
        return known;
    }

    static Dimensions mean(List<ScoredQuestion> scored) {
        if (scored.isEmpty()) {
            return new Dimensions(1, 1, 1, 1, 1);
        }
        double[] sums = new double[5];
        for (ScoredQuestion q : scored) {
            for (int i = 0; i < 5; i++) {
                sums[i] += q.dimensions().get(Dimensions.KEYS.get(i));
            }
        }
        int n = scored.size();
        return new Dimensions(Dimensions.round(sums[0] / n), Dimensions.round(sums[1] / n),
                Dimensions.round(sums[2] / n), Dimensions.round(sums[3] / n), Dimensions.round(sums[4] / n));
    }

    /** The answer as scored: requests and meta-talk taken out. */
    static QuestionToScore cleaned(QuestionToScore q) {
        return new QuestionToScore(q.question(), q.category(), q.expectedPoints(), AnswerText.clean(q.answerTurns()));
    }

    /** The model's inputs for one answer (also what the development-set harness fits on). */
    AnswerFeatures features(QuestionToScore q, Lexicon lexicon, Set<String> known) {
        List<String> sentences = new ArrayList<>();
        for (String turn : q.answerTurns()) {
            sentences.addAll(Text.units(turn, MIN_UNIT_WORDS));
        }
        return AnswerFeatures.of(q, sentences, isBehavioural(q), known, lexicon, embeddings, references);
    }

    ScoredQuestion scoreQuestion(QuestionToScore original, Lexicon lexicon, Set<String> known) {
        QuestionToScore q = cleaned(original);
        String answer = q.answer();
        if (Text.words(answer).isEmpty()) {
            Dimensions none = new Dimensions(1, 1, 1, 1, 1);
            return new ScoredQuestion(q.question(), answer, none.overall(), none,
                    "No answer was given to this question.", List.of(), q.expectedPoints(),
                    List.of(new Signal("relevance", "no answer", 0, -4, "The candidate did not answer.")));
        }
        AnswerFeatures f = features(q, lexicon, known);
        return scored(q, f, model);
    }

    /** Scores measured features with the given model: the five dimensions, their signals, feedback and evidence. */
    static ScoredQuestion scored(QuestionToScore q, AnswerFeatures f, ScoringModel model) {
        double[] scores = new double[5];
        List<Signal> signals = new ArrayList<>();
        var predictions = model.predictAll(f.values());
        for (int i = 0; i < 5; i++) {
            String key = Dimensions.KEYS.get(i);
            ScoringModel.Prediction p = predictions.get(key);
            scores[i] = Dimensions.round(p.score());
            p.contributions().stream().filter(c -> Math.abs(c.effect()) >= SHOWN)
                    .sorted(Comparator.comparingDouble((ScoringModel.Contribution c) -> -Math.abs(c.effect())))
                    .forEach(c -> signals.add(new Signal(key, c.feature().label(), round3(c.value()),
                            Math.round(c.effect() * 100) / 100.0, explanation(c.feature(), f)
                                    + (c.onTopic() ? " Counted as far as the answer addresses the question." : ""))));
        }
        Dimensions dimensions = new Dimensions(scores[0], scores[1], scores[2], scores[3], scores[4]);
        boolean pastExperience = f.behavioural() && PAST_EXPERIENCE.matcher(q.question()).find();
        String feedback = Feedback.write(signals, f, dimensions, pastExperience);
        return new ScoredQuestion(q.question(), q.answer(), dimensions.overall(), dimensions, feedback,
                evidence(f, q.answer()), f.sem().missingPoints(), signals);
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The feature's explanation with what was found, so the reader can check it. */
    private static String explanation(Feature feature, AnswerFeatures f) {
        LexicalFeatures lex = f.lex();
        String found = switch (feature) {
            case FIGURES -> list(lex.metrics());
            case ACTIONS -> list(lex.actions());
            case REASONING -> list(lex.reasoning());
            case TRADE_OFFS -> list(lex.tradeOffs());
            case STEPS -> list(lex.sequence());
            case TECHNOLOGIES -> list(List.copyOf(lex.technologies()));
            case STORY -> list(List.copyOf(lex.starParts()));
            case FILLERS -> list(lex.fillers());
            case HEDGING -> list(lex.hedges());
            case PLATITUDES -> list(f.platitudes());
            case EVASION -> list(f.evasions());
            case RED_FLAGS -> list(f.redFlags());
            case DISMISSIVE -> list(f.dismissive());
            case POINT_COVERAGE -> f.sem().coveredPoints().size() + " of "
                    + (f.sem().coveredPoints().size() + f.sem().missingPoints().size()) + " covered";
            default -> "";
        };
        return found.isEmpty() ? feature.explanation() : feature.explanation() + " Found: " + found + ".";
    }

    private static String list(List<String> items) {
        return String.join(", ", new LinkedHashSet<>(items).stream().limit(5).toList());
    }

    static boolean isBehavioural(QuestionToScore q) {
        if (q.category() != null) {
            String c = q.category().toUpperCase(Locale.ROOT);
            if (c.equals("BEHAVIOURAL") || c.equals("BEHAVIORAL") || c.equals("SITUATIONAL")) {
                return true;
            }
            if (c.equals("TECHNICAL") || c.equals("CODING")) {
                return false;
            }
        }
        return BEHAVIOURAL.matcher(q.question()).find();
    }

    static double specificity(LexicalFeatures lex) {
        double count = lex.metrics().size() + lex.technologies().size() + 0.7 * lex.actions().size();
        return count * 100 / Math.max(lex.words(), 40);
    }

    /**
     * Up to three quotes of the answer, verbatim and never cut: the sentences (short ones merged with their
     * neighbours) that covered expected points, then the most specific sentence, then the one closest to the question.
     */
    static List<String> evidence(AnswerFeatures f, String answer) {
        Set<String> quotes = new LinkedHashSet<>();
        List<String> sentences = Text.sentences(answer);
        for (SemanticFeatures.CoveredPoint point : f.sem().coveredPoints()) {
            quotes.add(point.sentence());
        }
        LexicalFeatures lex = f.lex();
        if (quotes.size() < 3) {
            for (String sentence : sentences) {
                String n = Text.normalise(sentence);
                boolean specific = lex.metrics().stream().anyMatch(m -> n.contains(m.toLowerCase(Locale.ROOT)))
                        || lex.technologies().stream().anyMatch(t -> Text.countPhrase(n, t) > 0);
                if (specific && quotes.stream().noneMatch(q -> q.contains(sentence))) {
                    quotes.add(sentence);
                    break;
                }
            }
        }
        if (quotes.isEmpty() && !f.sem().bestSentence().isBlank()) {
            quotes.add(f.sem().bestSentence());
        }
        return quotes.stream().limit(3).toList();
    }
}
