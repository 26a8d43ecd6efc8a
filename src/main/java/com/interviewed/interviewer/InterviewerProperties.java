package com.interviewed.interviewer;

import com.interviewed.questions.QuestionCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param provider              which adapter answers: {@code deterministic} (embedded default) or {@code openai}
 * @param followUps             when the deterministic interviewer asks a follow-up
 * @param intentMaxWords        recognised speech up to this many words may be a request ("repeat that") rather
 *                              than an answer
 * @param silence               how silence escalates
 * @param maxCandidateQuestions questions the candidate may ask at the candidate-questions step before closing
 * @param openai                the OpenAI-compatible Chat Completions endpoint
 * @param understanding         how answers are read
 */
@Validated
@ConfigurationProperties("interviewed.interviewer")
record InterviewerProperties(
        @NotNull Provider provider,
        @Valid @NotNull FollowUps followUps,
        @Min(1) int intentMaxWords,
        @Valid @NotNull Silence silence,
        @Min(1) int maxCandidateQuestions,
        @Valid @NotNull OpenAi openai,
        @Valid @NotNull Understanding understanding) {

    /** @param embeddings read answers with MiniLM sentence embeddings besides word overlap */
    record Understanding(boolean embeddings) {
    }

    enum Provider {
        DETERMINISTIC,
        OPENAI
    }

    /**
     * @param minAnswerWords     an answer shorter than this gets a follow-up
     * @param maxPerStep         follow-ups per plan step
     * @param evidenceCategories steps whose answers also need a concrete example and a result
     */
    record FollowUps(@Min(1) int minAnswerWords, @Min(0) int maxPerStep,
            @NotNull Set<QuestionCategory> evidenceCategories) {
    }

    /**
     * @param promptAfter        silence before a gentle prompt
     * @param offerMoveOnAfter   silence before offering to move on
     * @param codingCheckInAfter silence at a coding step before checking in
     */
    record Silence(@NotNull Duration promptAfter, @NotNull Duration offerMoveOnAfter,
            @NotNull Duration codingCheckInAfter) {
    }

    /**
     * @param baseUrl        up to and including {@code /v1}; {@code /chat/completions} is appended
     * @param apiKey         bearer token, may be empty for local servers; never logged
     * @param model          for example {@code gpt-4o-mini} or {@code llama3.1:8b}
     * @param connectTimeout connection timeout
     * @param readTimeout    the longest wait for the whole answer
     * @param temperature    sampling temperature
     * @param maxTokens      upper bound on the reply length
     */
    record OpenAi(@NotBlank String baseUrl, String apiKey, @NotBlank String model, @NotNull Duration connectTimeout,
            @NotNull Duration readTimeout, double temperature, @Min(16) int maxTokens) {

        /** Keeps the key out of logs and error messages that print the configuration. */
        @Override
        public String toString() {
            return "OpenAi[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "" : "***")
                    + ", model=" + model + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                    + ", temperature=" + temperature + ", maxTokens=" + maxTokens + "]";
        }
    }
}
