package com.interviewed.scoring;

import java.util.Locale;

/**
 * One speech measurement with a plain explanation and the range considered comfortable.
 *
 * @param key         stable key, for example {@code wordsPerMinute}
 * @param value       the measured value in {@code unit}, or {@code null} when the transcript has no timings
 * @param low         lower end of the reference range, or {@code null}
 * @param high        upper end of the reference range, or {@code null}
 * @param assessment  {@code low}, {@code ok}, {@code high} or {@code unknown}
 */
public record SpeechMetric(String key, String label, Double value, String unit, Double low, Double high,
        String assessment, String explanation) {

    /** The value as a reader says it: "138 words a minute", "62% of the talk", "1.5 seconds". */
    public String valueInWords() {
        return value == null ? "not measured" : inWords(value);
    }

    /** The comfortable range in words: "110 to 170 words a minute", "55% to 80% of the talk". */
    public String rangeInWords() {
        if (low == null || high == null) {
            return "";
        }
        return amount(low) + " to " + inWords(high);
    }

    private String inWords(double v) {
        return switch (unit == null ? "" : unit) {
            case "words/min" -> amount(v) + " words a minute";
            case "per min" -> amount(v) + " a minute";
            case "of talk" -> amount(v) + " of the talk";
            case "s" -> amount(v) + (v == 1 ? " second" : " seconds");
            case "pauses" -> amount(v) + (v == 1 ? " pause" : " pauses");
            default -> amount(v) + " " + unit;
        };
    }

    private String amount(double v) {
        if ("of talk".equals(unit)) {
            return Math.round(v * 100) + "%";
        }
        if ("words/min".equals(unit) || "pauses".equals(unit) || v == Math.rint(v)) {
            return String.valueOf(Math.round(v));
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
