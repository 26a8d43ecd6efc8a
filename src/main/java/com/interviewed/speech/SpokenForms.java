package com.interviewed.speech;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns written text into the lower-case words a person says and the recogniser writes: "K8s" → "kubernetes",
 * "p99" → "p ninety nine", "CI/CD" → "c i c d", "AWS" → "a w s", "200" → "two hundred". Listed forms come from
 * {@code speech/spoken-forms.txt}; numbers and short acronyms follow rules. Thread-safe (immutable).
 */
final class SpokenForms {

    static final String RESOURCE = "/speech/spoken-forms.txt";
    private static final Pattern TOKEN_EDGES = Pattern.compile("^[\\p{Punct}&&[^.#%]]+|[\\p{Punct}&&[^+#%]]+$");
    private static final Pattern PARTS = Pattern.compile("[a-z']+|[0-9]+|%");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,4}s?|[a-z][A-Z]{2,4}");
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    private final Map<String, List<String>> listed;

    private SpokenForms(Map<String, List<String>> listed) {
        this.listed = listed;
    }

    static SpokenForms load() {
        Map<String, List<String>> listed = new HashMap<>();
        try (InputStream in = SpokenForms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int eq = line.indexOf(" = ");
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                listed.put(line.substring(0, eq).trim().toLowerCase(Locale.ROOT),
                        List.of(line.substring(eq + 3).trim().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpokenForms(Map.copyOf(listed));
    }

    /** The spoken words of {@code text}, in order. */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : text.split("[\\s,;:!?()\\[\\]{}\"“”]+")) {
            String token = TOKEN_EDGES.matcher(raw).replaceAll("");
            if (token.isEmpty()) {
                continue;
            }
            List<String> known = listed.get(token.toLowerCase(Locale.ROOT));
            if (known != null) {
                words.addAll(known);
            } else if (ACRONYM.matcher(token).matches() && !token.matches("[A-Z][a-z]*")) {
                spell(token, words);
            } else {
                byRule(token.toLowerCase(Locale.ROOT), words);
            }
        }
        return words;
    }

    /** "AWS" → a w s, "gRPC" → g r p c, "EC2" → e c two, "APIs" → a p is. */
    private void spell(String token, List<String> words) {
        boolean plural = token.length() > 2 && token.endsWith("s") && Character.isUpperCase(token.charAt(token.length() - 2));
        String core = plural ? token.substring(0, token.length() - 1) : token;
        Matcher parts = PARTS.matcher(core.toLowerCase(Locale.ROOT));
        while (parts.find()) {
            String part = parts.group();
            if (Character.isDigit(part.charAt(0))) {
                number(part, words);
            } else {
                for (char c : part.toCharArray()) {
                    words.add(String.valueOf(c));
                }
            }
        }
        if (plural && !words.isEmpty()) {
            words.set(words.size() - 1, words.get(words.size() - 1) + "s");
        }
    }

    private void byRule(String token, List<String> words) {
        Matcher parts = PARTS.matcher(token);
        boolean mixed = token.matches(".*[a-z].*") && token.matches(".*[0-9].*");
        while (parts.find()) {
            String part = parts.group();
            List<String> known = listed.get(part);
            if (known != null) {
                words.addAll(known);
            } else if (Character.isDigit(part.charAt(0))) {
                number(part, words);
            } else if (mixed && part.length() <= 3 && !part.equals("x")) {
                for (char c : part.toCharArray()) {
                    words.add(String.valueOf(c));
                }
            } else if (mixed && part.equals("x")) {
                words.add("times");
            } else {
                String word = part.replaceAll("^'+|'+$", "");
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
    }

    /** Digits as words: 7, 42, 300, 1500, 2019 (as "twenty nineteen"), longer runs digit by digit. */
    static void number(String digits, List<String> words) {
        if (digits.length() > 7) {
            for (char c : digits.toCharArray()) {
                words.add(ONES[c - '0']);
            }
            return;
        }
        long n = Long.parseLong(digits);
        if (digits.length() == 4 && n >= 1100 && n < 2100 && n % 100 != 0 && (n < 2000 || n >= 2010)) {
            below100((int) (n / 100), words);
            if (n % 100 < 10) {
                words.add("oh");
            }
            below100((int) (n % 100), words);
            return;
        }
        if (n == 0) {
            words.add("zero");
            return;
        }
        if (n >= 1_000_000) {
            below1000((int) (n / 1_000_000), words);
            words.add("million");
            n %= 1_000_000;
        }
        if (n >= 1000) {
            below1000((int) (n / 1000), words);
            words.add("thousand");
            n %= 1000;
        }
        if (n > 0) {
            below1000((int) n, words);
        }
    }

    private static void below1000(int n, List<String> words) {
        if (n >= 100) {
            words.add(ONES[n / 100]);
            words.add("hundred");
            n %= 100;
        }
        if (n > 0) {
            below100(n, words);
        }
    }

    private static void below100(int n, List<String> words) {
        if (n < 20) {
            words.add(ONES[n]);
        } else {
            words.add(TENS[n / 10]);
            if (n % 10 > 0) {
                words.add(ONES[n % 10]);
            }
        }
    }
}
