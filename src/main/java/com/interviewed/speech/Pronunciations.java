package com.interviewed.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Pronunciations for words the recogniser's dictionary (cmudict) lacks, from flite's {@code t2p}: flite's own
 * lexicon and letter-to-sound rules. Its phones are cmudict's in lower case with stress digits ({@code ax} is
 * cmudict's {@code AH}); pocketsphinx wants them upper case without stress. Results are cached: the same skills
 * and employers come up in many interviews. Thread-safe.
 */
final class Pronunciations {

    private static final Set<String> PHONES = Set.of("AA", "AE", "AH", "AO", "AW", "AY", "B", "CH", "D", "DH", "EH",
            "ER", "EY", "F", "G", "HH", "IH", "IY", "JH", "K", "L", "M", "N", "NG", "OW", "OY", "P", "R", "S", "SH",
            "T", "TH", "UH", "UW", "V", "W", "Y", "Z", "ZH");

    private final Set<String> dictionary;
    private final String t2p;
    private final Map<String, Optional<String>> guessed = new ConcurrentHashMap<>();

    private Pronunciations(Set<String> dictionary, String t2p) {
        this.dictionary = dictionary;
        this.t2p = t2p;
    }

    /** Reads the words of the pocketsphinx dictionary (about 135,000; 0.1-0.2 s). */
    static Pronunciations load(Path dictionaryFile, String t2p) {
        Set<String> words = new HashSet<>(200_000);
        try (Stream<String> lines = Files.lines(dictionaryFile, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                int space = line.indexOf(' ');
                if (space > 0) {
                    String word = line.substring(0, space);
                    int alternative = word.indexOf('(');
                    words.add(alternative > 0 ? word.substring(0, alternative) : word);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Pronunciations(Set.copyOf(words), t2p);
    }

    boolean known(String word) {
        return dictionary.contains(word);
    }

    /** Pocketsphinx phones for a word the dictionary lacks, or empty when flite cannot say it either. */
    Optional<String> guess(String word) {
        return guessed.computeIfAbsent(word.toLowerCase(Locale.ROOT), this::runT2p);
    }

    private Optional<String> runT2p(String word) {
        if (!word.matches("[a-z][a-z']*") || t2p == null || !Files.isExecutable(Path.of(t2p))) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder(t2p, word).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(4096);
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return toPocketsphinx(new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** "pau k ax b er1 n iy1 t s pau" → "K AH B ER N IY T S"; empty if any phone is unknown. */
    static Optional<String> toPocketsphinx(String fliteOutput) {
        StringBuilder phones = new StringBuilder();
        for (String phone : fliteOutput.trim().split("\\s+")) {
            if (phone.isEmpty() || phone.equals("pau")) {
                continue;
            }
            String mapped = phone.replaceAll("[0-9]", "").toUpperCase(Locale.ROOT);
            mapped = mapped.equals("AX") ? "AH" : mapped;
            if (!PHONES.contains(mapped)) {
                return Optional.empty();
            }
            phones.append(phones.isEmpty() ? "" : " ").append(mapped);
        }
        return phones.isEmpty() ? Optional.empty() : Optional.of(phones.toString());
    }
}
