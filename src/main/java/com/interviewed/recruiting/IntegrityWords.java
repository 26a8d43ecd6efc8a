package com.interviewed.recruiting;

import com.interviewed.interview.IntegrityFlag;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Integrity signals as a reviewer reads them: "Pasted 1,240 characters at once", "Away from the interview tab for
 * 2 min 5 s". The browser records them as a kind and a small JSON detail ({@code {"chars":1240}},
 * {@code {"awayMs":125000}}); older records whose detail was lost still say what happened.
 */
final class IntegrityWords {

    private static final Pattern CHARS = Pattern.compile("\"chars\"\\s*:\\s*(\\d+)");
    private static final Pattern AWAY = Pattern.compile("\"awayMs\"\\s*:\\s*(\\d+)");

    private IntegrityWords() {
    }

    /** @param kind {@code paste} or {@code away}; {@code amount} characters or milliseconds, 0 when unknown */
    record Described(String kind, long amount, String words, Instant at) {
    }

    /** {@code null} for signals that only mark a moment (leaving the tab; its return says for how long). */
    static Described describe(IntegrityFlag flag) {
        String detail = flag.detail() == null ? "" : flag.detail();
        return switch (flag.kind()) {
            case "large-paste" -> {
                long chars = number(CHARS, detail);
                yield new Described("paste", chars, chars > 0
                        ? "Pasted " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(chars)
                                + " characters at once"
                        : "Pasted a large block of text at once", flag.at());
            }
            case "tab-returned" -> {
                long away = number(AWAY, detail);
                yield new Described("away", away, away > 0 ? "Away from the interview tab for " + duration(away)
                        : "Left the interview tab and came back", flag.at());
            }
            case "tab-hidden" -> null;
            default -> new Described("other", 0, flag.kind().replace('-', ' '), flag.at());
        };
    }

    static List<Described> describeAll(List<IntegrityFlag> flags) {
        return flags.stream().map(IntegrityWords::describe).filter(d -> d != null).toList();
    }

    /** "2 large pastes (largest 1,240 characters); away from the tab 3 times (4 min 10 s in all)". */
    static String summary(List<Described> signals) {
        if (signals.isEmpty()) {
            return null;
        }
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        StringBuilder words = new StringBuilder();
        List<Described> pastes = signals.stream().filter(d -> d.kind().equals("paste")).toList();
        if (!pastes.isEmpty()) {
            long largest = pastes.stream().mapToLong(Described::amount).max().orElse(0);
            words.append(pastes.size() == 1 ? "1 large paste" : pastes.size() + " large pastes");
            if (largest > 0) {
                words.append(" (").append(pastes.size() == 1 ? "" : "largest ").append(numbers.format(largest))
                        .append(" characters)");
            }
        }
        List<Described> away = signals.stream().filter(d -> d.kind().equals("away")).toList();
        if (!away.isEmpty()) {
            long total = away.stream().mapToLong(Described::amount).sum();
            append(words, "away from the tab " + (away.size() == 1 ? "once" : away.size() + " times")
                    + (total > 0 ? " (" + duration(total) + (away.size() == 1 ? ")" : " in all)") : ""));
        }
        signals.stream().filter(d -> d.kind().equals("other")).map(Described::words).distinct()
                .forEach(other -> append(words, other));
        String text = words.toString();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void append(StringBuilder words, String part) {
        words.append(words.isEmpty() ? "" : "; ").append(part);
    }

    static String duration(long millis) {
        Duration d = Duration.ofMillis(millis);
        long minutes = d.toMinutes();
        long seconds = d.toSecondsPart();
        return minutes == 0 ? Math.max(1, seconds) + " s" : seconds == 0 ? minutes + " min" : minutes + " min " + seconds + " s";
    }

    private static long number(Pattern pattern, String detail) {
        Matcher m = pattern.matcher(detail);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
