package com.interviewed.scoring;

/** The five evaluation dimensions, each 1–10. */
public record Dimensions(double communication, double technicalDepth, double problemSolving, double confidence,
        double relevance) {

    /** Dimension keys as used in signals, JSON and CSV, in display order. */
    public static final java.util.List<String> KEYS = java.util.List.of("communication", "technicalDepth",
            "problemSolving", "confidence", "relevance");

    private static final java.util.Map<String, String> LABELS = java.util.Map.of("communication", "Communication",
            "technicalDepth", "Technical depth", "problemSolving", "Problem solving", "confidence", "Confidence",
            "relevance", "Relevance", "overall", "Overall");

    /** One dimension's score with its key and display name. */
    public record Score(String key, String label, double value) {
    }

    /** The five scores in display order, labelled: what pages iterate over. */
    public java.util.List<Score> scores() {
        return KEYS.stream().map(key -> new Score(key, label(key), get(key))).toList();
    }

    /** Display name of a dimension key, for example "Technical depth". */
    public static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    public double get(String key) {
        return switch (key) {
            case "communication" -> communication;
            case "technicalDepth" -> technicalDepth;
            case "problemSolving" -> problemSolving;
            case "confidence" -> confidence;
            case "relevance" -> relevance;
            default -> throw new IllegalArgumentException("unknown dimension " + key);
        };
    }

    /** How far the overall may rise above relevance. */
    public static final double ABOVE_RELEVANCE = 0.5;

    /**
     * The overall score: the weighted mean of the five, but at most half a point above relevance. An answer that
     * does not address the question cannot be rescued by delivery: raters judge an off-topic or evasive answer on
     * what it says about the question, not on how fluently it says something else. Out of fold on the development
     * set this ranks answers as the raters' overall labels do better than the mean alone (Spearman 0.753 against
     * 0.726); no cap at all (0.760) put one more adversarial answer above a strong one whose relevance the scorer
     * underrates (docs/scoring.md).
     */
    public double overall() {
        return round(Math.min(round(weightedMean()), relevance + ABOVE_RELEVANCE));
    }

    /** Relevance and technical depth weigh a little more than communication, problem solving and confidence. */
    public double weightedMean() {
        return 0.2 * communication + 0.25 * technicalDepth + 0.2 * problemSolving + 0.1 * confidence
                + 0.25 * relevance;
    }

    public static double round(double score) {
        return Math.round(score * 10) / 10.0;
    }
}
