package com.interviewed.scoring;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * From a transcript (and, if known, the planned questions) to scores and speech analytics: segments the
 * transcript into questions and answers, runs the configured scorer and measures the speech. Used by background
 * scoring and by the stateless API alike, so both give the same result for the same input.
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
        List<QuestionSegmenter.Segment> segments = QuestionSegmenter.segment(transcript, plan);
        ScoringRequest request = new ScoringRequest(role, jobDescription, language,
                segments.stream().map(QuestionSegmenter.Segment::toScore).toList());
        ScoreResult result = scorer.score(request);
        SpeechAnalytics speech = SpeechAnalyzer.analyze(transcript,
                segments.stream().map(QuestionSegmenter.Segment::answerTurns).toList(), language);
        return new Evaluated(result, speech);
    }
}
