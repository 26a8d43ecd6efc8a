package com.interviewed.recruiting;

/**
 * How the pipeline colours an overall score. Always shown with its label as well, never by colour alone.
 */
enum ScoreBand {
    STRONG("Strong", "band-strong"),
    MIXED("Mixed", "band-mixed"),
    WEAK("Weak", "band-weak");

    static final double STRONG_FROM = 7.5;
    static final double MIXED_FROM = 5.0;

    private final String label;
    private final String cssClass;

    ScoreBand(String label, String cssClass) {
        this.label = label;
        this.cssClass = cssClass;
    }

    static ScoreBand of(double score) {
        return score >= STRONG_FROM ? STRONG : score >= MIXED_FROM ? MIXED : WEAK;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return cssClass;
    }
}
