package com.interviewed.cloud;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tokens used per interview connection (from Nova's usageEvent), logged and kept in {@code cloud_usage}. */
class UsageRecorder {

    private static final Logger log = LoggerFactory.getLogger(UsageRecorder.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    UsageRecorder(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(UUID interviewId, String modelId, int sessions, long inputTokens, long outputTokens) {
        log.info("Nova Sonic usage for interview {}: {} session(s), {} input tokens, {} output tokens",
                interviewId, sessions, inputTokens, outputTokens);
        try {
            jdbc.sql("""
                    insert into cloud_usage (id, interview_id, provider, model_id, sessions, input_tokens,
                        output_tokens, recorded_at)
                    values (:id, :interview, 'nova-sonic', :model, :sessions, :input, :output, :at)""")
                    .param("id", UUID.randomUUID()).param("interview", interviewId).param("model", modelId)
                    .param("sessions", sessions).param("input", inputTokens).param("output", outputTokens)
                    .param("at", java.sql.Timestamp.from(clock.instant())).update();
        } catch (RuntimeException e) {
            // Accounting must never break an interview; the log line above still has the figures.
            log.warn("Could not store Nova usage for interview {}: {}", interviewId, e.getMessage());
        }
    }

    /** Totals for an interview: sessions, input tokens, output tokens. */
    long[] totals(UUID interviewId) {
        return jdbc.sql("""
                select coalesce(sum(sessions), 0), coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0)
                from cloud_usage where interview_id = :interview""")
                .param("interview", interviewId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }
}
