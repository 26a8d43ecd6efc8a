package com.interviewed.scoring;

import java.util.Map;

/** Display names of the dimensions, used by pages and exports alike. */
final class ReportLabels {

    private static final Map<String, String> LABELS = Map.of("communication", "Communication", "technicalDepth",
            "Technical depth", "problemSolving", "Problem solving", "confidence", "Confidence", "relevance",
            "Relevance");

    private ReportLabels() {
    }

    static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }
}
