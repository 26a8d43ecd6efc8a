package com.interviewed.scoring;

import static com.interviewed.scoring.ScoreSheet.limit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The offline, deterministic scorer: every dimension starts at a neutral 5 and measured signals of the answer
 * move it (see docs/scoring.md for the list and the calibration). Densities rather than counts keep length from
 * driving scores: a long rambling answer loses on focus, repetition and filler while gaining nothing by volume.
 */
final class EmbeddedScorer implements Scorer {

    static final String NAME = "embedded";

    private static final Pattern BEHAVIOURAL = Pattern.compile(
            "tell me about a time|describe a time|give (me )?an example|a situation (where|when)|how did you (handle|deal)"
                    + "|have you ever|a time when|a time you|conflict|disagree|mistake|failure|proud",
            Pattern.CASE_INSENSITIVE);

    /** Sentences shorter than this are embedded together with their neighbours. */
    static final int MIN_UNIT_WORDS = 12;

    private final SentenceEmbeddings embeddings;
    private final Vocabulary vocabulary;

    EmbeddedScorer(SentenceEmbeddings embeddings, Vocabulary vocabulary) {
        this.embeddings = embeddings;
        this.vocabulary = vocabulary;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScoreResult score(ScoringRequest request) {
        Lexicon lexicon = Lexicon.forLanguage(request.language());
        List<String> skills = vocabulary.skillsFor(request.role(), request.jobDescription());
        Set<String> known = new LinkedHashSet<>(vocabulary.technologies());
        known.addAll(skills);
        List<ScoredQuestion> scored = new ArrayList<>();
        for (QuestionToScore question : request.questions()) {
            scored.add(scoreQuestion(question, lexicon, known, skills));
        }
        Dimensions mean = mean(scored);
        String note = Lexicon.curated(request.language()) ? null
                : "No word lists for language '" + request.language() + "': English lists were used.";
        return new ScoreResult(NAME, note, mean.overall(), mean, scored);
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

    ScoredQuestion scoreQuestion(QuestionToScore q, Lexicon lexicon, Set<String> known, List<String> skills) {
        String answer = q.answer();
        if (Text.words(answer).isEmpty()) {
            Dimensions none = new Dimensions(1, 1, 1, 1, 1);
            return new ScoredQuestion(q.question(), answer, none.overall(), none,
                    "No answer was given to this question.", List.of(), q.expectedPoints(),
                    List.of(new Signal("relevance", "no answer", 0, -4, "The candidate did not answer.")));
        }
        List<String> sentences = new ArrayList<>();
        for (String turn : q.answerTurns()) {
            sentences.addAll(Text.units(turn, MIN_UNIT_WORDS));
        }
        LexicalFeatures lex = LexicalFeatures.of(answer, q.question(), known, lexicon);
        boolean behavioural = isBehavioural(q);
        SemanticFeatures sem = SemanticFeatures.of(q.question(), q.expectedPoints(), answer, sentences, embeddings,
                lexicon, point -> {
                    String part = behavioural ? StoryParts.partOf(point) : null;
                    return part == null || !lex.starParts().contains(part) ? null
                            : StoryParts.sentenceShowing(part, sentences, lexicon);
                });
        ScoreSheet sheet = new ScoreSheet();
        // Warm-up and resume questions ask for a personal account, which, like a story, shares few words with the question.
        boolean narrative = behavioural || isNarrative(q);
        relevance(sheet, lex, sem, narrative);
        technicalDepth(sheet, lex, sem, skills, behavioural);
        problemSolving(sheet, lex, sem, behavioural);
        communication(sheet, lex, sem, narrative);
        confidence(sheet, lex);
        Dimensions dimensions = sheet.dimensions();
        List<String> evidence = evidence(sem, lex, sentences);
        String feedback = Feedback.write(sheet.signals(), sem, lex, behavioural);
        return new ScoredQuestion(q.question(), answer, dimensions.overall(), dimensions, feedback, evidence,
                sem.missingPoints(), sheet.signals());
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

    static boolean isNarrative(QuestionToScore q) {
        String c = q.category() == null ? "" : q.category().toUpperCase(Locale.ROOT);
        return c.equals("WARMUP") || c.equals("RESUME");
    }

    private static void relevance(ScoreSheet sheet, LexicalFeatures lex, SemanticFeatures sem, boolean behavioural) {
        double sim = sem.questionSimilarity();
        double coverage = sem.coverage();
        boolean echoes = echoes(lex, sem);
        // A story about a real event shares few words with "tell me about a time…", so similarity counts less there;
        // and similarity bought by repeating the question's words is not relevance.
        double pivot = behavioural ? 0.15 : 0.4;
        double effect = limit((behavioural ? 4 : 8) * (sim - pivot), behavioural ? -1.5 : -3, echoes ? 0 : 1.5);
        sheet.add("relevance", "similarity to the question", sim, effect,
                "How close the answer's meaning is to the question (sentence embeddings, 0–1).");
        if (!Double.isNaN(coverage)) {
            sheet.add("relevance", "expected-point coverage", coverage, limit(5 * (coverage - 0.35), -2, 3),
                    "Share of the question's expected points the answer covers.");
        }
        if (!behavioural) {
            sheet.add("relevance", "off-topic sentences", sem.offTopicShare(), -4 * sem.offTopicShare(),
                    "Share of sentences that relate to neither the question nor its expected points.");
        }
        if (echoes) {
            sheet.add("relevance", "repeats the question", lex.echo(), -limit(7 * (lex.echo() - 0.2), 0, 4.5),
                    "Many of the answer's words are the question's own, without covering what it asks.");
        }
        if (lex.words() < 12) {
            sheet.add("relevance", "too short", lex.words(), -1.5, "Fewer than 12 words cannot answer a question.");
        }
    }

    private static void technicalDepth(ScoreSheet sheet, LexicalFeatures lex, SemanticFeatures sem,
            List<String> skills, boolean behavioural) {
        double coverage = sem.coverage();
        if (!Double.isNaN(coverage)) {
            sheet.add("technicalDepth", "expected-point coverage", coverage, limit(5 * (coverage - 0.35), -2, 3),
                    "Share of the question's expected points the answer covers.");
        }
        double onTopic = 1 - sem.offTopicShare();
        int tech = lex.technologies().size();
        sheet.add("technicalDepth", "named technologies", tech, Math.min(tech, 4) * (behavioural ? 0.25 : 0.45) * onTopic,
                "Distinct technologies, practices or skills named that the question did not name: "
                        + String.join(", ", lex.technologies()) + ".");
        long roleSkills = skills.stream().filter(lex.technologies()::contains).count();
        sheet.add("technicalDepth", "role skills", roleSkills, Math.min(roleSkills, 3) * 0.3 * onTopic,
                "Skills expected for the role that the answer shows.");
        int why = Math.min(lex.reasoning().size() + lex.tradeOffs().size(), 4);
        sheet.add("technicalDepth", "reasoning and trade-offs", why, why * 0.3 * substance(sem),
                "Explaining why, and what was traded off, shows depth beyond naming things (weighted by coverage).");
        double specificity = specificity(lex);
        sheet.add("technicalDepth", "specificity", specificity, limit(0.35 * (specificity - 3), -1.5, 1.5),
                "Numbers, named technologies and first-person actions per 100 words (ideal: 3 or more).");
        if (lex.words() < 20) {
            sheet.add("technicalDepth", "too short", lex.words(), -2, "Under 20 words leaves no room to show depth.");
        }
        if (echoes(lex, sem)) {
            sheet.add("technicalDepth", "repeats the question", lex.echo(), -1.5,
                    "Restating the question's terms shows no knowledge of them.");
        }
    }

    private static void problemSolving(ScoreSheet sheet, LexicalFeatures lex, SemanticFeatures sem,
            boolean behavioural) {
        int reasons = Math.min(lex.reasoning().size(), 3);
        double substance = substance(sem);
        sheet.add("problemSolving", "reasoning markers", reasons, reasons * 0.55 * substance,
                "Causal links such as \"because\", \"so that\", \"to avoid\": " + String.join(", ", distinct(lex.reasoning())) + ".");
        int tradeOffs = Math.min(lex.tradeOffs().size(), 3);
        sheet.add("problemSolving", "trade-offs", tradeOffs, tradeOffs * 0.7 * substance,
                "Weighing options (\"instead of\", \"the downside\", \"it depends\"): " + String.join(", ", distinct(lex.tradeOffs())) + ".");
        int steps = Math.min(lex.sequence().size(), 3);
        sheet.add("problemSolving", "structured steps", steps, steps * 0.3,
                "Sequencing words that lay out an approach step by step.");
        if (behavioural) {
            int star = lex.starParts().size();
            sheet.add("problemSolving", "STAR structure", star, 0.75 * star - 1.5,
                    "Parts of Situation–Task–Action–Result present: " + String.join(", ", lex.starParts()) + ".");
        }
        double coverage = sem.coverage();
        if (!Double.isNaN(coverage)) {
            sheet.add("problemSolving", "expected-point coverage", coverage, limit(4 * (coverage - 0.35), -1.5, 2),
                    "Share of the question's expected points the answer covers.");
        }
        if (lex.words() < 20) {
            sheet.add("problemSolving", "too short", lex.words(), -1.5, "Under 20 words shows no approach.");
        }
        if (lex.saysDoesNotKnow()) {
            sheet.add("problemSolving", "no attempt", 1, -1.5, "The answer says it does not know rather than reasoning it out.");
        }
    }

    private static void communication(ScoreSheet sheet, LexicalFeatures lex, SemanticFeatures sem,
            boolean behavioural) {
        double fillers = lex.fillerDensity();
        sheet.add("communication", "filler words", fillers, -limit(0.45 * (fillers - 1), 0, 3),
                "Filler words per 100 words (" + String.join(", ", distinct(lex.fillers())) + "); under 1 is clean.");
        if (fillers < 1 && lex.words() >= 20 && lex.hedgeDensity() < 3) {
            sheet.add("communication", "clean delivery", fillers, 1.2,
                    "No filler words and few hedges across a full answer.");
        }
        if (!behavioural) {
            sheet.add("communication", "focus", sem.focus(), limit(7 * (sem.focus() - 0.38), -2.5, 1.5),
                    "How closely each sentence sticks to the question and its expected points (0–1).");
        }
        sheet.add("communication", "repetition", lex.repetition(), -limit(7 * (lex.repetition() - 0.3), 0, 2),
                "Share of content words that repeat earlier ones.");
        if (lex.averageSentenceWords() > 32) {
            sheet.add("communication", "run-on sentences", lex.averageSentenceWords(),
                    -limit((lex.averageSentenceWords() - 32) / 15, 0, 1.5), "Average sentence length in words; long run-ons are hard to follow.");
        }
        int covered = sem.coveredPoints().size();
        double wordsPerPoint = lex.words() / (double) Math.max(covered, 1);
        if (lex.words() > 120 && wordsPerPoint > 90) {
            sheet.add("communication", "words per point made", wordsPerPoint, -limit((wordsPerPoint - 90) / 60, 0, 1.5),
                    "Many words for each expected point covered: the answer could be tighter.");
        }
        int steps = Math.min(lex.sequence().size(), 2);
        sheet.add("communication", "signposting", steps, steps * 0.3, "Signposts such as \"first\", \"then\", \"finally\".");
        if (echoes(lex, sem)) {
            sheet.add("communication", "repeats the question", lex.echo(), -1.5,
                    "The answer restates the question instead of saying something new.");
        }
        if (lex.words() < 12) {
            sheet.add("communication", "too short", lex.words(), -1.5, "A one-line answer says too little.");
        }
    }

    private static void confidence(ScoreSheet sheet, LexicalFeatures lex) {
        double hedges = lex.hedgeDensity();
        sheet.add("confidence", "hedging", hedges, -limit(0.6 * (hedges - 0.5), 0, 3.5),
                "Hedges per 100 words (" + String.join(", ", distinct(lex.hedges())) + ").");
        if (lex.hedges().isEmpty() && lex.words() >= 15 && !lex.saysDoesNotKnow()) {
            sheet.add("confidence", "no hedging", 0, 1.5, "A full answer stated without hedges.");
        }
        int actions = Math.min(lex.actions().size(), 4);
        sheet.add("confidence", "first-person actions", actions, actions * 0.45,
                "Statements of what the candidate did or would do: " + String.join("; ", distinct(lex.actions()).stream().limit(4).toList()) + ".");
        double fillers = lex.fillerDensity();
        sheet.add("confidence", "filler words", fillers, -limit(0.25 * (fillers - 1), 0, 1.5),
                "Filler words per 100 words.");
        int metrics = Math.min(lex.metrics().size(), 3);
        sheet.add("confidence", "concrete figures", metrics, metrics * 0.3, "Numbers stated plainly: " + String.join(", ", distinct(lex.metrics()).stream().limit(4).toList()) + ".");
        if (lex.saysDoesNotKnow()) {
            sheet.add("confidence", "says does not know", 1, -1.5, "The answer says \"I don't know\" or similar.");
        }
    }

    /** The answer mostly restates the question's words without covering what it asks. */
    static boolean echoes(LexicalFeatures lex, SemanticFeatures sem) {
        double coverage = sem.coverage();
        return lex.echo() > 0.3 && (Double.isNaN(coverage)
                ? sem.questionSimilarity() < 0.5 || lex.echo() > 0.45 : coverage < 0.34);
    }

    /** 0.4–1: how much of what the question is after the answer covers; markers of reasoning count that much. */
    private static double substance(SemanticFeatures sem) {
        double coverage = sem.coverage();
        double base = Double.isNaN(coverage) ? limit(2 * (sem.focus() - 0.1), 0, 1) : coverage;
        return 0.4 + 0.6 * base;
    }

    static double specificity(LexicalFeatures lex) {
        double count = lex.metrics().size() + lex.technologies().size() + 0.7 * lex.actions().size();
        return count * 100 / Math.max(lex.words(), 40);
    }

    private static List<String> evidence(SemanticFeatures sem, LexicalFeatures lex, List<String> sentences) {
        Set<String> quotes = new LinkedHashSet<>();
        for (SemanticFeatures.CoveredPoint point : sem.coveredPoints()) {
            quotes.add(point.sentence());
        }
        if (quotes.size() < 3) {
            for (String sentence : sentences) {
                String n = Text.normalise(sentence);
                boolean specific = lex.metrics().stream().anyMatch(m -> n.contains(m.toLowerCase(Locale.ROOT)))
                        || lex.technologies().stream().anyMatch(t -> Text.countPhrase(n, t) > 0);
                if (specific) {
                    quotes.add(sentence);
                    break;
                }
            }
        }
        if (quotes.isEmpty() && !sem.bestSentence().isBlank()) {
            quotes.add(sem.bestSentence());
        }
        return quotes.stream().limit(3).map(EmbeddedScorer::shorten).toList();
    }

    /** Keeps a quote readable while still a verbatim substring: the first ~35 words. */
    static String shorten(String sentence) {
        List<String> words = Text.words(sentence);
        if (words.size() <= 35) {
            return sentence;
        }
        int cut = 0;
        int seen = 0;
        var m = Pattern.compile("\\S+").matcher(sentence);
        while (m.find() && seen < 35) {
            cut = m.end();
            seen++;
        }
        return sentence.substring(0, cut);
    }

    private static List<String> distinct(List<String> items) {
        return List.copyOf(new LinkedHashSet<>(items));
    }
}
