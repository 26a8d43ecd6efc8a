package com.interviewed.recruiting;

/** The five dimensions and the overall score of a scored interview, each 1–10. */
record Scores(double overall, double communication, double technicalDepth, double problemSolving,
        double confidence, double relevance) {

    public ScoreBand band() {
        return ScoreBand.of(overall);
    }

    /** The five dimensions in the order the pipeline's columns show them. */
    public java.util.List<Double> dimensions() {
        return java.util.List.of(communication, technicalDepth, problemSolving, confidence, relevance);
    }
}
