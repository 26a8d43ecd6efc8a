package com.interviewed.interviewer;

import com.interviewed.interviewer.AnswerUnderstanding.Kind;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a candidate turn against the question it answers ({@link AnswerUnderstanding}). Works on recogniser
 * output: words are compared as fuzzy stems, requests as fuzzy phrases, and, when a sentence model is available,
 * meaning by embedding similarity, so a mangled word or a synonym does not turn an answer into "off topic".
 * Thresholds were tuned on the examples in {@code src/test/resources/interviewer/answers-tune.json} and checked on
 * {@code answers-held-out.json} ({@code AnswerReaderTest}).
 */
public final class AnswerReader {

    /** Below this similarity to the question and its points (with almost no shared words) an answer is off topic. */
    static final double OFF_TOPIC_SIMILARITY = 0.22;
    /** From this similarity to one sentence of the answer an expected point counts as covered. */
    static final double POINT_SIMILARITY = 0.55;
    /** Share of an earlier answer's stems that makes this one "the same answer again". */
    static final double REPEAT_OVERLAP = 0.7;

    private static final Set<String> GENERIC = Set.of("explain", "name", "nam", "describ", "describe", "mention",
            "give", "giv", "use", "us", "discuss", "justif", "justify", "consider", "appropriat", "correct",
            "consistent", "concrete", "specific", "clear", "clearly", "example", "exampl", "answer", "candidate",
            "candidat", "talk", "show", "shows", "identif", "includ", "such", "how", "why", "what", "point", "own");

    private static final Set<String> BUZZWORDS = Set.of("leverag", "synerg", "synergy", "synergies", "impactful",
            "holistic", "paradigm", "seamless", "seamlessly", "cuttingedge", "gamechanger", "empower", "alignment",
            "align", "best", "practice", "value", "valueadd", "robust", "scalabl", "innovat", "innovative",
            "stakeholder", "stakeholders", "driv", "drive", "ecosystem", "streamlin", "optimiz", "excellence",
            "passionate", "dynamic");

    private static final List<String> REPHRASE = List.of("rephrase", "what do you mean", "dont understand",
            "not sure what you mean", "in other words", "explain the question", "say it differently",
            "put it another way", "different words", "not clear what", "what exactly do you mean");
    private static final List<String> STUCK = List.of("im stuck", "i am stuck", "stuck", "no idea", "dont know",
            "do not know", "dunno", "not sure", "no clue", "cant think", "drawing a blank", "blank", "not familiar",
            "never done", "havent done", "cant remember", "dont remember", "lost");
    private static final List<String> REFUSAL = List.of("rather not", "prefer not", "dont want to", "not comfortable",
            "no comment", "skip", "pass", "next question", "move on", "lets move on", "go to the next");
    private static final List<String> DONE = List.of("thats all", "that is all", "thats it", "that is it",
            "nothing else", "nothing more", "im done", "i am done", "thats everything", "all done",
            "nothing to add", "i think thats it", "no thats all");
    private static final List<String> CLARIFY = List.of("do you mean", "you mean", "should i", "shall i",
            "can i assume", "may i assume", "is it ok if", "is it okay if", "are you asking", "is this about",
            "specifically", "which kind", "what kind of", "in what context", "does it have to", "do i need",
            "can i use", "should it", "do you want", "are we talking", "for which", "in general or");
    private static final Pattern QUESTION_START = Pattern.compile(
            "^(what|how|who|when|where|why|which|do|does|did|is|are|can|could|would|will|should|may|i was "
                    + "wondering|im curious|can i ask|could i ask)\\b");
    /** Words that open a sentence before its real first word: "Hmm, What they learned…", "Well, The cache…". */
    private static final Pattern INTERJECTION = Pattern.compile(
            "(?i)(hmm+|um+|uh+|er+|well|so|yes|yeah|no|okay|ok|right|sure|honestly|actually|basically),?");
    private static final Pattern HEDGED_START = Pattern.compile("^(im not sure|i am not sure|i dont know|no idea|"
            + "i dont really know|not sure)\\b");
    private static final Pattern TECH_TOKEN = Pattern.compile("\\b([a-z]+[0-9]+[a-z0-9]*|[a-z]*[A-Z][a-z]+[A-Z]\\w*)\\b");

    private final SentenceSimilarity similarity;

    public AnswerReader(SentenceSimilarity similarity) {
        this.similarity = similarity == null ? SentenceSimilarity.NONE : similarity;
    }

    /**
     * @param step           the step being answered
     * @param later          planned steps not asked yet, which this turn may already cover
     * @param text           the candidate's turn, as recognised or typed
     * @param earlierAnswers the candidate's earlier turns, to notice the same answer given again
     */
    public AnswerUnderstanding read(PlannedQuestion step, List<PlannedQuestion> later, String text,
            List<String> earlierAnswers) {
        String said = FuzzyText.normalise(text);
        int words = FuzzyText.words(said).size();
        Kind request = request(said, text, words, step);
        List<String> points = step.expectedPoints() == null ? List.of() : step.expectedPoints();
        if (request != null) {
            return new AnswerUnderstanding(request, words, List.of(), points, 0, false, false, List.of(), "");
        }
        List<String> stems = ContentWords.of(text);
        List<String> covered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> sentences = sentences(text);
        for (String point : points) {
            (covers(point, stems, sentences) ? covered : missing).add(point);
        }
        List<String> topic = ContentWords.of(topicText(step));
        int hits = ContentWords.overlap(stems, topic);
        double lexical = stems.isEmpty() ? 0 : (double) hits / stems.size();
        double semantic = similarity.similarity(text, topicText(step));
        double relevance = Double.isNaN(semantic) ? lexical : Math.max(lexical, semantic);
        AnswerAssessment evidence = AnswerAssessment.of(text);
        Kind kind = contentKind(step, stems, covered, hits, topic.size(), semantic, words, earlierAnswers);
        List<String> coveredLater = kind == Kind.ANSWER || kind == Kind.THIN ? coveredLater(later, stems)
                : List.of();
        return new AnswerUnderstanding(kind, words, List.copyOf(covered), List.copyOf(missing), relevance,
                evidence.hasExample(), evidence.hasResult(), coveredLater, mention(text, stems, topic));
    }

    /** "I'm stuck, I don't know where to start": a short turn saying the candidate cannot get going. */
    static boolean soundsStuck(String said) {
        // Not "not sure": "I'm thinking of a loop, but I'm not sure yet" is thinking aloud, not being stuck.
        return FuzzyText.words(said).size() <= 15 && FuzzyText.containsAny(said, List.of("im stuck", "i am stuck",
                "stuck", "no idea", "dont know where", "dont know how", "no clue", "cant think", "drawing a blank",
                "lost"));
    }

    private Kind request(String said, String original, int words, PlannedQuestion step) {
        if (words == 0) {
            return Kind.THIN;
        }
        if (words <= 12 && FuzzyText.containsAny(said, REPHRASE)) {
            return Kind.REPHRASE_REQUEST;
        }
        if (SpokenIntent.REPEAT.matches(said, 12)) {
            return Kind.REPEAT_REQUEST;
        }
        if (SpokenIntent.WAIT.matches(said, 8)) {
            return Kind.TIME_REQUEST;
        }
        if (words <= 12 && (FuzzyText.containsAny(said, STUCK) || SpokenIntent.DONT_KNOW.matches(said, 12))
                && !said.contains("not sure if")) {
            return Kind.STUCK;
        }
        // "I'm not sure. I think I would just try something and see if it works.": opens by saying so and offers
        // nothing of the question's own; a hint helps more than a harder follow-up.
        if (words <= 20 && HEDGED_START.matcher(said).find() && ContentWords.overlap(ContentWords.of(said),
                ContentWords.of(topicText(step))) == 0) {
            return Kind.STUCK;
        }
        if (words <= 10 && FuzzyText.containsAny(said, REFUSAL)) {
            return Kind.REFUSAL;
        }
        if (words <= 10 && (FuzzyText.containsAny(said, DONE) || SpokenIntent.NO.matches(said, 6))) {
            return Kind.DONE;
        }
        boolean asks = original != null && original.strip().endsWith("?") || QUESTION_START.matcher(said).find();
        if (asks && words <= 30) {
            boolean clarifies = FuzzyText.containsAny(said, CLARIFY)
                    || ContentWords.overlap(ContentWords.of(said), ContentWords.of(step.text())) > 0
                    && !said.contains("team") && !said.contains("company") && !said.contains("you ");
            return clarifies ? Kind.CLARIFICATION : Kind.QUESTION_TO_INTERVIEWER;
        }
        return null;
    }

    private Kind contentKind(PlannedQuestion step, List<String> stems, List<String> covered, int hits,
            int topicSize, double semantic, int words, List<String> earlierAnswers) {
        // An answer that covers this question's own points answers it, however much it shares with earlier ones.
        for (String earlier : covered.isEmpty() && earlierAnswers != null ? earlierAnswers : List.<String>of()) {
            List<String> before = ContentWords.of(earlier);
            if (stems.size() >= 5 && before.size() >= 5
                    && ContentWords.overlap(stems, before) >= REPEAT_OVERLAP * Math.max(stems.size(), before.size())) {
                return Kind.REPEATED;
            }
        }
        // Without a sentence model only an answer sharing no word at all with the topic counts as off topic.
        // (and only when the step says enough about its topic to tell).
        boolean unrelated = Double.isNaN(semantic) ? hits == 0 && stems.size() >= 8 && topicSize >= 12
                : semantic < OFF_TOPIC_SIMILARITY && hits <= 2 && stems.size() >= 5;
        // "Tell me about yourself" and the closing questions have no wrong subject.
        boolean openQuestion = step.category() == QuestionCategory.WARMUP
                || step.category() == QuestionCategory.CLOSING;
        if (!openQuestion && covered.isEmpty() && unrelated) {
            return Kind.OFF_TOPIC;
        }
        List<String> questionStems = ContentWords.of(step.text());
        long fresh = stems.stream().filter(s -> !ContentWords.containsMatch(questionStems, s))
                .filter(s -> !BUZZWORDS.contains(s)).count();
        if (!openQuestion && stems.size() >= 2 && covered.isEmpty() && fresh <= 1 && words < 25) {
            return Kind.KEYWORD_ECHO;
        }
        long buzz = stems.stream().filter(BUZZWORDS::contains).count();
        if (covered.isEmpty() && buzz >= 2 && buzz * 4 >= stems.size()) {
            return Kind.EVASIVE;
        }
        return words < 25 ? Kind.THIN : Kind.ANSWER;
    }

    private boolean covers(String point, List<String> answerStems, List<String> sentences) {
        List<String> pointStems = ContentWords.of(point).stream().filter(s -> !GENERIC.contains(s)).toList();
        int matched = ContentWords.overlap(pointStems, answerStems);
        if (matched >= 2 || pointStems.size() <= 2 && matched >= 1 && pointStems.size() > 0) {
            return true;
        }
        if (answerStems.size() < 4) {
            return false;
        }
        for (String sentence : sentences) {
            double s = similarity.similarity(sentence, point);
            if (!Double.isNaN(s) && s >= POINT_SIMILARITY) {
                return true;
            }
        }
        return false;
    }

    /**
     * Later steps this turn already answered: a resume question whose item the turn talks about at length, or a
     * question at least half of whose expected points it covers.
     */
    static List<String> coveredSteps(List<PlannedQuestion> later, String text) {
        return coveredLater(later, ContentWords.of(text));
    }

    private static List<String> coveredLater(List<PlannedQuestion> later, List<String> stems) {
        List<String> ids = new ArrayList<>();
        for (PlannedQuestion step : later == null ? List.<PlannedQuestion>of() : later) {
            if (!isQuestion(step)) {
                continue;
            }
            if (step.category() == QuestionCategory.RESUME) {
                List<String> item = itemStems(step.text());
                if (!item.isEmpty() && ContentWords.overlap(item, stems) == item.size() && stems.size() >= 12) {
                    ids.add(step.id());
                }
                continue;
            }
            List<String> points = step.expectedPoints() == null ? List.of() : step.expectedPoints();
            long covered = points.stream().filter(p -> coversLexically(p, stems)).count();
            List<String> question = ContentWords.of(step.text());
            boolean sameSubject = ContentWords.overlap(question, stems) >= Math.max(2, 0.4 * question.size());
            // Most of a question's specific points said unprompted is the answer to it, whatever words it used.
            boolean mostPoints = points.size() >= 3 && covered * 5 >= points.size() * 4;
            if (points.size() >= 2 && covered * 2 >= points.size() && (sameSubject || mostPoints)) {
                ids.add(step.id());
            }
        }
        return ids;
    }

    private static boolean coversLexically(String point, List<String> answerStems) {
        List<String> pointStems = ContentWords.of(point).stream().filter(s -> !GENERIC.contains(s)).toList();
        int matched = ContentWords.overlap(pointStems, answerStems);
        return matched >= 2 || pointStems.size() <= 2 && matched >= 1 && pointStems.size() > 0;
    }

    /** The names in a question about the candidate's resume ("Tell me about Ledgerly…" → "ledgerly"). */
    static List<String> itemStems(String questionText) {
        List<String> stems = new ArrayList<>();
        for (String name : names(questionText)) {
            stems.addAll(ContentWords.of(name));
        }
        return stems;
    }

    private static boolean isQuestion(PlannedQuestion step) {
        return switch (step.category()) {
            case RESUME, TECHNICAL, BEHAVIOURAL, SITUATIONAL -> true;
            default -> false;
        };
    }

    static String topicText(PlannedQuestion step) {
        StringBuilder text = new StringBuilder(step.text() == null ? "" : step.text());
        if (step.competency() != null) {
            text.append(' ').append(step.competency());
        }
        for (String point : step.expectedPoints() == null ? List.<String>of() : step.expectedPoints()) {
            text.append(' ').append(point);
        }
        for (String followUp : step.followUps() == null ? List.<String>of() : step.followUps()) {
            text.append(' ').append(followUp);
        }
        return text.toString();
    }

    /** Runs of capitalised words that do not start a sentence: names of products, tools, employers. */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        String[] tokens = text.split("\\s+");
        StringBuilder run = new StringBuilder();
        boolean sentenceStart = true;
        for (String raw : tokens) {
            String word = raw.replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9+#]+$", "");
            boolean name = !sentenceStart && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && word.length() > 1 && !word.startsWith("I'") && !"I".equals(word);
            if (name) {
                run.append(run.isEmpty() ? "" : " ").append(word);
            }
            if (!name || raw.matches(".*[,;:()\\]\\[].*")) {
                if (!run.isEmpty()) {
                    names.add(run.toString());
                    run.setLength(0);
                }
            }
            sentenceStart = raw.matches(".*[.!?:]$") || raw.startsWith("(")
                    || sentenceStart && INTERJECTION.matcher(raw).matches();
        }
        if (!run.isEmpty()) {
            names.add(run.toString());
        }
        return names;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : (text == null ? "" : text).split("(?<=[.!?;])\\s+|,\\s+(?:and|but|so|then)\\s+")) {
            if (FuzzyText.words(FuzzyText.normalise(s)).size() >= 3) {
                out.add(s.strip());
            }
            if (out.size() == 8) {
                break;
            }
        }
        if (out.isEmpty() && text != null && !text.isBlank()) {
            out.add(text.strip());
        }
        return out;
    }

    /**
     * Something specific the candidate said: a name they typed with a capital (Kafka, Ledgerly), a technical token,
     * else the first of their words that is also the question's topic. Empty when nothing stands out.
     */
    static String mention(String text, List<String> stems, List<String> topic) {
        if (text == null) {
            return "";
        }
        List<String> names = names(text);
        if (!names.isEmpty()) {
            return names.get(0);
        }
        Matcher tech = TECH_TOKEN.matcher(text);
        if (tech.find()) {
            return tech.group(1);
        }
        return "";
    }
}
