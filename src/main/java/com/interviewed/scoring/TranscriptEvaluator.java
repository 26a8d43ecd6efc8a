package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * From a transcript (and, if known, the planned questions and the coding step's code) to scores and speech
 * analytics: segments the transcript into questions and answers, runs the configured scorer, adds what the
 * transcript knows about each question (who asked it, its kind, the final code and its tests) and measures the
 * speech. Used by background scoring and by the stateless API alike, so both give the same result for the same
 * input.
 */
@Component
class TranscriptEvaluator {

    private final Scorer scorer;

    TranscriptEvaluator(Scorer scorer) {
        this.scorer = scorer;
    }

    record Evaluated(ScoreResult result, SpeechAnalytics speech) {
    }

    Evaluated evaluate(String role, String jobDescription, String language, List<QuestionSegmenter.Prompt> plan,
            List<ReportTurn> transcript) {
        return evaluate(role, jobDescription, language, plan, transcript, List.of());
    }

    Evaluated evaluate(String role, String jobDescription, String language, List<QuestionSegmenter.Prompt> plan,
            List<ReportTurn> transcript, List<CodeEvidence> code) {
        List<QuestionSegmenter.Segment> segments = QuestionSegmenter.segment(transcript, plan);
        ScoringRequest request = new ScoringRequest(role, jobDescription, language,
                segments.stream().map(QuestionSegmenter.Segment::toScore).toList());
        ScoreResult scored = scorer.score(request);
        List<ScoredQuestion> questions = new ArrayList<>();
        boolean codeScored = false;
        for (int i = 0; i < scored.questions().size(); i++) {
            ScoredQuestion q = scored.questions().get(i);
            if (i < segments.size()) {
                QuestionSegmenter.Segment segment = segments.get(i);
                q = q.asked(segment.askedBy(), segment.prompt().category());
                CodeEvidence written = codeFor(segment.prompt(), code);
                if (written != null) {
                    q = CodeScoring.apply(q, written);
                    codeScored = true;
                }
            }
            questions.add(q);
        }
        // The interview's scores are the mean of its questions'; only a coding question's change moves them.
        Dimensions mean = codeScored ? EmbeddedScorer.mean(questions) : scored.dimensions();
        ScoreResult result = new ScoreResult(scored.scorer(), scored.scorerNote(),
                codeScored ? mean.overall() : scored.overall(), mean, questions);
        SpeechAnalytics speech = SpeechAnalyzer.analyze(transcript,
                segments.stream().map(QuestionSegmenter.Segment::answerTurns).toList(), language);
        return new Evaluated(result, speech);
    }

    /** The code written for a coding question: its challenge's, or the only code there is. */
    private static CodeEvidence codeFor(QuestionSegmenter.Prompt prompt, List<CodeEvidence> code) {
        if (!"CODING".equals(prompt.category()) || code.isEmpty()) {
            return null;
        }
        return code.stream().filter(c -> Objects.equals(c.challengeId(), prompt.challengeId())).findFirst()
                .orElse(code.size() == 1 && prompt.challengeId() == null ? code.get(0) : null);
    }
}
