package com.interviewed.questions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param dataLocation           where the bank's data files live (roles, personas, question packs); a Spring
 *                               resource location such as {@code classpath:questions}
 * @param defaultDurationMinutes used when a plan request names no duration (0)
 */
@Validated
@ConfigurationProperties("interviewed.questions")
record QuestionsProperties(
        @NotBlank String dataLocation,
        @Min(10) @Max(90) int defaultDurationMinutes) {
}
