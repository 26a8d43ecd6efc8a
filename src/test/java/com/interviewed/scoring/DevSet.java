package com.interviewed.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled development set (src/test/resources/scoring/devset/*.json and calibration.json, then the two
 * folded-in fresh sets; rubric in docs/scoring.md). Two adversarial kinds are derived, not written, for every question: an off-topic answer
 * (the strong answer written for a question half the list away: fluent, specific, about something else) and a
 * recognition-garbled copy of the strong answer (lower case, no punctuation, misheard terms, dropped words, as
 * the offline recogniser produces). Their labels follow the rubric's rules for those kinds.
 */
final class DevSet {

    /** Labels in the order communication, technicalDepth, problemSolving, confidence, relevance, overall. */
    record Answer(String questionId, String role, String category, String question, List<String> points,
            String jobDescription, String kind, double[] labels, String text) {

        QuestionToScore toScore() {
            return new QuestionToScore(question, category, points, List.of(text));
        }
    }

    record Question(String id, String role, String category, String question, List<String> points,
            String jobDescription, List<Answer> answers) {
    }

    private DevSet() {
    }

    static List<String> questionTexts() {
        return ANSWERS.stream().map(Answer::question).distinct().toList();
    }

    /**
     * The two fresh sets (sixth pass): each was scored once as an out-of-sample check and is no longer clean, so
     * their 80 answers to 10 questions enlarge the development set. Their off-topic answers are hand-written, so
     * nothing is derived for them, and they are left out of the derivations of the other questions, whose
     * answers stay those the earlier passes measured.
     */
    static final List<String> FOLDED_IN = List.of("/scoring/fresh/fresh.json", "/scoring/fresh2/fresh2.json");

    /** Whether an answer belongs to the original development set (not to a folded-in fresh set). */
    static boolean original(Answer answer) {
        return !FOLDED_IN_IDS.contains(answer.questionId());
    }

    private static List<Answer> load() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Question> questions = new TreeMap<>();
        try {
            List<Resource> files = new ArrayList<>(List.of(new PathMatchingResourcePatternResolver()
                    .getResources("classpath:scoring/devset/*.json")));
            files.add(new PathMatchingResourcePatternResolver().getResource("classpath:scoring/calibration.json"));
            files.sort(Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    for (JsonNode q : json.readTree(in).get("questions")) {
                        Question question = question(q);
                        if (questions.put(question.id(), question) != null) {
                            throw new IllegalStateException("Duplicate question id " + question.id());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Question> ordered = List.copyOf(questions.values());
        List<Answer> all = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Question q = ordered.get(i);
            all.addAll(q.answers());
            Answer strong = strong(q);
            Answer elsewhere = strong(ordered.get((i + ordered.size() / 2) % ordered.size()));
            all.add(new Answer(q.id(), q.role(), q.category(), q.question(), q.points(), q.jobDescription(),
                    "off-topic", new double[] {6, 2, 2, 6, 1, 2.3}, elsewhere.text()));
            double[] l = strong.labels();
            all.add(new Answer(q.id(), q.role(), q.category(), q.question(), q.points(), q.jobDescription(),
                    "garbled", new double[] {Math.max(1, l[0] - 1), l[1], l[2], l[3], l[4], l[5] - 0.3},
                    garble(strong.text())));
        }
        for (String id : FOLDED_IN_IDS) {
            if (questions.containsKey(id)) {
                throw new IllegalStateException("Duplicate question id " + id);
            }
        }
        all.addAll(FOLDED_IN_ANSWERS);
        return List.copyOf(all);
    }

    private static Answer strong(Question q) {
        return q.answers().stream().filter(a -> a.kind().equals("strong")).findFirst()
                .orElseThrow(() -> new IllegalStateException(q.id() + " has no strong answer"));
    }

    static Question question(JsonNode q) {
        String id = q.get("id").asString();
        String role = q.get("role").asString();
        String category = q.get("category").asString();
        String text = q.get("question").asString();
        List<String> points = q.path("expectedPoints").valueStream().map(JsonNode::asString).toList();
        String jd = q.path("jobDescription").asString("");
        List<Answer> answers = new ArrayList<>();
        for (JsonNode a : q.get("answers")) {
            double[] labels = a.get("labels").valueStream().mapToDouble(JsonNode::asDouble).toArray();
            if (labels.length == 5) {
                // calibration.json predates the overall label: the rubric's weighting gives it (the weighted mean,
                // as when those labels were written; the scorer's overall rule is not a label).
                double overall = Dimensions.round(
                        new Dimensions(labels[0], labels[1], labels[2], labels[3], labels[4]).weightedMean());
                labels = new double[] {labels[0], labels[1], labels[2], labels[3], labels[4], overall};
            }
            answers.add(new Answer(id, role, category, text, points, jd, kind(a.get("kind").asString()), labels,
                    a.get("text").asString()));
        }
        return new Question(id, role, category, text, points, jd, answers);
    }

    /** calibration.json's kinds under the development set's names. */
    private static String kind(String kind) {
        return switch (kind) {
            case "short-precise" -> "short-excellent";
            case "rambling" -> "long-empty";
            case "keyword-echo" -> "echo";
            case "vague-hedging" -> "weak";
            default -> kind;
        };
    }

    private static final Map<String, String> MISHEARD = Map.ofEntries(Map.entry("cache", "cash"),
            Map.entry("redis", "red is"), Map.entry("kubernetes", "cooper netties"), Map.entry("sql", "sequel"),
            Map.entry("api", "a p i"), Map.entry("queue", "cue"), Map.entry("kafka", "cough ca"),
            Map.entry("postgres", "post grass"), Map.entry("latency", "late and see"), Map.entry("idempotent", "idem potent"),
            Map.entry("their", "there"), Map.entry("two", "to"), Map.entry("four", "for"), Map.entry("write", "right"),
            Map.entry("roll", "role"), Map.entry("key", "ski"), Map.entry("data", "dater"), Map.entry("model", "module"),
            Map.entry("users", "uses"), Map.entry("test", "text"), Map.entry("which", "witch"), Map.entry("would", "wood"));

    private static final List<Answer> FOLDED_IN_ANSWERS = FOLDED_IN.stream()
            .flatMap(resource -> UnseenSet.load(resource).stream()).toList();
    private static final Set<String> FOLDED_IN_IDS = FOLDED_IN_ANSWERS.stream().map(Answer::questionId)
            .collect(Collectors.toUnmodifiableSet());

    /** Declared after the word map that {@link #garble} needs, so static initialisation runs in order. */
    static final List<Answer> ANSWERS = load();

    /** What the offline recogniser makes of a fluent answer: no case or punctuation, misheard and dropped words. */
    static String garble(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]+", " ").trim().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i % 11 == 5) {
                continue;
            }
            String w = MISHEARD.getOrDefault(words[i], words[i]);
            out.append(w).append(' ');
            if (i % 23 == 17) {
                out.append("uh ");
            }
        }
        return out.toString().trim();
    }
}
