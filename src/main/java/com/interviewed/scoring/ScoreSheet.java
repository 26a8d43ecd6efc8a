package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up signals per dimension from a neutral base, so that every point of a score is accounted for by a
 * named signal. Effects are rounded so the stored explanation matches the arithmetic.
 */
final class ScoreSheet {

    static final double BASE = 5.0;

    private final Map<String, Double> totals = new LinkedHashMap<>();
    private final List<Signal> signals = new ArrayList<>();

    ScoreSheet() {
        for (String key : Dimensions.KEYS) {
            totals.put(key, BASE);
        }
    }

    /** Records a signal; effects smaller than 0.05 are kept out of the explanation as noise. */
    void add(String dimension, String name, double value, double effect, String explanation) {
        double rounded = Math.round(effect * 100) / 100.0;
        if (Math.abs(rounded) < 0.05) {
            return;
        }
        totals.merge(dimension, rounded, Double::sum);
        signals.add(new Signal(dimension, name, Math.round(value * 1000) / 1000.0, rounded, explanation));
    }

    Dimensions dimensions() {
        return new Dimensions(clamp(totals.get("communication")), clamp(totals.get("technicalDepth")),
                clamp(totals.get("problemSolving")), clamp(totals.get("confidence")), clamp(totals.get("relevance")));
    }

    List<Signal> signals() {
        return List.copyOf(signals);
    }

    static double clamp(double score) {
        return Dimensions.round(Math.max(1, Math.min(10, score)));
    }

    static double limit(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
