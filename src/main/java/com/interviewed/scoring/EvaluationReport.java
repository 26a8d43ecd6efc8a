package com.interviewed.scoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored evaluation with everything the report shows. */
public record EvaluationReport(UUID id, UUID interviewId, String role, String scorer, String scorerNote,
        double overall, Dimensions dimensions, List<ScoredQuestion> questions, SpeechAnalytics speech,
        List<ReportTurn> transcript, Instant createdAt) {

    /** Whether {@code quote} (a question's evidence) contains words the recogniser was unsure it heard. */
    public boolean unsureQuote(String quote) {
        return UnsureQuotes.unsure(quote, transcript);
    }
}
