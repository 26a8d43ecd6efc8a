package com.interviewed.questions;

import java.util.Map;

/**
 * A coding problem with starter code and reference tests per language ({@code python}, {@code javascript},
 * {@code java}).
 */
public record CodingChallenge(String id, String title, String difficulty, String prompt,
        Map<String, String> starterCode, Map<String, String> tests) {
}
