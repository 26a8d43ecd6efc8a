package com.interviewed.scoring;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long the embedded scorer takes on a 30-minute interview (about 3,800 candidate words in 15 answers, 29 minutes with the interviewer's turns and pauses),
 * embeddings included. Not a timed assertion: it prints its figures. Run with
 * {@code ./mvnw -B -q test -Dtest=ScoringBenchmark -Dtest.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class ScoringBenchmark {

    @Test
    void scoresAThirtyMinuteInterview() throws Exception {
        List<ReportTurn> transcript = thirtyMinuteTranscript();
        long candidateWords = transcript.stream().filter(t -> t.role().equals("candidate"))
                .mapToLong(t -> Text.words(t.text()).size()).sum();
        long modelStart = System.nanoTime();
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        embeddings.warmUp();
        long modelMs = (System.nanoTime() - modelStart) / 1_000_000;

        List<String> bank = new ArrayList<>();
        JsonNode root = calibration();
        root.get("questions").forEach(q -> {
            bank.add(q.get("question").asString());
            q.get("expectedPoints").forEach(p -> bank.add(p.asString()));
        });
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int run = 0; run < 3; run++) {
            // Cold: nothing cached, every question, expected point, reference question and sentence is embedded.
            SentenceEmbeddings empty = freshCache(embeddings);
            long start = System.nanoTime();
            new TranscriptEvaluator(new EmbeddedScorer(empty, Vocabulary.load()))
                    .evaluate("backend", null, "en", plan(root), transcript);
            cold.add((System.nanoTime() - start) / 1_000_000);
            // Typical: the question bank's questions and points are already cached; the answers are new.
            // The reference questions are embedded once at startup (warm-up), as in the application.
            SentenceEmbeddings bankCached = freshCache(embeddings);
            bankCached.embed(bank);
            EmbeddedScorer warmScorer = new EmbeddedScorer(bankCached, Vocabulary.load());
            warmScorer.warmUp();
            long cpuStart = os.getProcessCpuTime();
            start = System.nanoTime();
            TranscriptEvaluator.Evaluated result = new TranscriptEvaluator(warmScorer)
                    .evaluate("backend", null, "en", plan(root), transcript);
            warm.add((System.nanoTime() - start) / 1_000_000);
            cpu.add((os.getProcessCpuTime() - cpuStart) / 1_000_000);
            if (run == 0) {
                System.out.printf("Scored %d questions, overall %.1f%n", result.result().questions().size(),
                        result.result().overall());
            }
        }
        System.out.printf("30-minute transcript: %d turns, %d candidate words, %d s%n", transcript.size(),
                candidateWords, transcript.get(transcript.size() - 1).endMs() / 1000);
        System.out.printf("Model load (once per JVM): %d ms%n", modelMs);
        System.out.printf("Scoring, nothing cached (wall ms): %s%n", cold);
        System.out.printf("Scoring, question bank cached (wall ms): %s; process CPU ms: %s%n", warm, cpu);
        System.out.printf("Load average while measuring: %.1f on %d cores%n", os.getSystemLoadAverage(),
                os.getAvailableProcessors());
    }

    private static List<QuestionSegmenter.Prompt> plan(JsonNode root) {
        List<QuestionSegmenter.Prompt> prompts = new ArrayList<>();
        root.get("questions").forEach(q -> prompts.add(new QuestionSegmenter.Prompt(q.get("question").asString(),
                q.get("category").asString(), q.get("expectedPoints").valueStream().map(JsonNode::asString).toList())));
        return prompts;
    }

    private static JsonNode calibration() throws Exception {
        try (InputStream in = ScoringBenchmark.class.getResourceAsStream("/scoring/calibration.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private static SentenceEmbeddings freshCache(SentenceEmbeddings loaded) {
        return new SentenceEmbeddings(() -> loadedModel(loaded));
    }

    private static dev.langchain4j.model.embedding.EmbeddingModel model;

    private static synchronized dev.langchain4j.model.embedding.EmbeddingModel loadedModel(SentenceEmbeddings ignored) {
        if (model == null) {
            model = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel();
        }
        return model;
    }

    /** 15 questions from the calibration set, each answered by four of its answers in a row (~250 words). */
    private static List<ReportTurn> thirtyMinuteTranscript() throws Exception {
        JsonNode root = calibration();
        List<ReportTurn> turns = new ArrayList<>();
        long t = 0;
        List<JsonNode> questions = root.get("questions").valueStream().toList();
        for (int i = 0; i < 15; i++) {
            JsonNode q = questions.get(i % questions.size());
            String question = (i >= questions.size() ? "Coming back to this: " : "") + q.get("question").asString();
            turns.add(new ReportTurn("interviewer", "Alex", question, t, t += 5_000));
            t += 2_000;
            List<JsonNode> answers = q.get("answers").valueStream().toList();
            for (int a = 0; a < 4; a++) {
                String text = answers.get((i + a) % answers.size()).get("text").asString();
                long duration = Text.words(text).size() * 60_000L / 140;
                turns.add(new ReportTurn("candidate", "Ada", text, t, t += duration));
                t += 1_000;
            }
        }
        return turns;
    }
}
