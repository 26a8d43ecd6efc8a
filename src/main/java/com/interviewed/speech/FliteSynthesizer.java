package com.interviewed.speech;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offline text-to-speech with Debian's flite, run as a subprocess per sentence (and piped through sox for the
 * pitch/tempo variants). No shell is involved: the text is one argument of flite's {@code -t}, so no character
 * of it is ever interpreted. Each synthesis has a timeout after which its processes are killed.
 */
final class FliteSynthesizer implements SpeechSynthesizer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FliteSynthesizer.class);
    /** Flite's voices are 16 kHz; the sox variants are resampled to this as well. */
    static final int SAMPLE_RATE = 16_000;
    /**
     * Longest text accepted. The text travels as one process argument, which Linux caps at 128 KiB; the text is
     * ASCII by then, so this stays below. Callers speak sentence by sentence, far below it.
     */
    static final int MAX_TEXT_LENGTH = 100_000;
    private static final Map<Character, String> TYPOGRAPHY = Map.of(
            '\u2018', "'", '\u2019', "'", '\u201C', "\"", '\u201D', "\"",
            '\u2013', ", ", '\u2014', ", ", '\u2026', "...", '\u00A0', " ");

    private final SpeechProperties.Synthesizer properties;
    private final List<String> missing;
    private final Map<String, FliteVoice> voices;
    private final Semaphore running;
    private final ScheduledExecutorService watchdog;

    FliteSynthesizer(SpeechProperties.Synthesizer properties) {
        this(properties, FliteVoice.ALL);
    }

    /** With another voice catalogue (to try out new variants). */
    FliteSynthesizer(SpeechProperties.Synthesizer properties, List<FliteVoice> catalogue) {
        this.properties = properties;
        this.running = new Semaphore(properties.maxConcurrent(), true);
        List<String> absent = new ArrayList<>();
        List<String> speakers = List.of();
        boolean sox = false;
        if (!properties.enabled()) {
            absent.add("speech synthesis is turned off (interviewed.speech.synthesizer.enabled=false)");
        } else {
            speakers = fliteSpeakers(Path.of(properties.flite()));
            if (speakers.isEmpty()) {
                absent.add("flite (no working " + properties.flite() + ")");
            }
            sox = Files.isExecutable(Path.of(properties.sox()));
            if (!sox) {
                absent.add("sox (no " + properties.sox() + "; the pitch/tempo voice variants are left out)");
            }
        }
        List<String> knownSpeakers = speakers;
        boolean soxPresent = sox;
        this.voices = catalogue.stream()
                .filter(voice -> knownSpeakers.contains(voice.speaker()) && (soxPresent || !voice.needsSox()))
                .collect(Collectors.toMap(FliteVoice::id, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        this.missing = List.copyOf(absent);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "flite-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The speakers flite offers ({@code flite -lv}); empty when flite is absent or broken. */
    private static List<String> fliteSpeakers(Path flite) {
        if (!Files.isExecutable(flite)) {
            return List.of();
        }
        try {
            Process process = new ProcessBuilder(flite.toString(), "-lv").redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readNBytes(4096);
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return List.of();
            }
            String text = new String(output, StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 0 ? List.of() : List.of(text.substring(colon + 1).trim().split("\\s+"));
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    @Override
    public boolean available() {
        return !voices.isEmpty();
    }

    @Override
    public List<String> voices() {
        return List.copyOf(voices.keySet());
    }

    /** What is absent for full speech synthesis (sox only costs the variants); empty when all is there. */
    List<String> missing() {
        return missing;
    }

    @Override
    public SynthesizedSpeech synthesize(String text, String voiceId) {
        if (!available()) {
            throw new SpeechUnavailableException("speech synthesis is not available: missing " + missing);
        }
        FliteVoice voice = voice(voiceId);
        String speakable = speakable(text);
        if (speakable.isBlank()) {
            return new SynthesizedSpeech(new byte[0], SAMPLE_RATE);
        }
        if (speakable.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("text of " + speakable.length() + " characters is longer than "
                    + MAX_TEXT_LENGTH + "; synthesise sentence by sentence");
        }
        boolean acquired = false;
        try {
            acquired = running.tryAcquire(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!acquired) {
                throw new SpeechUnavailableException("speech synthesis is overloaded (waited "
                        + properties.timeout().toMillis() + " ms)");
            }
            return run(speakable, voice);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechUnavailableException("interrupted during speech synthesis", e);
        } finally {
            if (acquired) {
                running.release();
            }
        }
    }

    FliteVoice voice(String voiceId) {
        FliteVoice voice = voiceId == null ? null : voices.get(voiceId);
        if (voice == null) {
            voice = voices.getOrDefault(properties.defaultVoice(), voices.values().iterator().next());
        }
        return voice;
    }

    /**
     * Text flite reads well: typographic punctuation becomes ASCII, accents are dropped (café → cafe), and what
     * flite cannot say (control characters, emoji, other scripts) becomes a space.
     */
    static String speakable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = TYPOGRAPHY.get(c);
            plain.append(replacement != null ? replacement : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            ascii.append(c >= 0x20 && c < 0x7f ? c : ' ');
        }
        return ascii.toString().replaceAll(" {2,}", " ").trim();
    }

    /** Runs flite (and sox, without dither so that the same text always gives the same audio). */
    private SynthesizedSpeech run(String text, FliteVoice voice) throws InterruptedException {
        List<String> flite = new ArrayList<>(List.of(properties.flite(), "-voice", voice.speaker()));
        for (String feature : voice.features()) {
            flite.add("--setf");
            flite.add(feature);
        }
        flite.addAll(List.of("-o", "/dev/stdout", "-t", text));
        List<ProcessBuilder> pipeline = new ArrayList<>();
        pipeline.add(new ProcessBuilder(flite).redirectError(Redirect.DISCARD));
        if (voice.needsSox()) {
            List<String> sox = new ArrayList<>(List.of(properties.sox(), "-V1", "-G", "-D", "-t", "wav", "-",
                    "-t", "raw", "-e", "signed-integer", "-b", "16", "-c", "1", "-L", "-r",
                    Integer.toString(SAMPLE_RATE), "-"));
            sox.addAll(voice.soxEffects());
            pipeline.add(new ProcessBuilder(sox).redirectError(Redirect.DISCARD));
        }
        List<Process> processes;
        try {
            processes = ProcessBuilder.startPipeline(pipeline);
        } catch (IOException e) {
            throw new SpeechUnavailableException("could not start " + pipeline.get(0).command().get(0), e);
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            timedOut.set(true);
            processes.forEach(Process::destroyForcibly);
        }, properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        byte[] output;
        try (InputStream audio = processes.get(processes.size() - 1).getInputStream()) {
            output = audio.readAllBytes();
            for (Process process : processes) {
                process.waitFor();
            }
        } catch (IOException e) {
            processes.forEach(Process::destroyForcibly);
            throw new SpeechUnavailableException("speech synthesis failed: " + e.getMessage(), e);
        } finally {
            kill.cancel(false);
        }
        if (timedOut.get()) {
            throw new SpeechUnavailableException("speech synthesis took longer than " + properties.timeout());
        }
        for (Process process : processes) {
            if (process.exitValue() != 0) {
                throw new SpeechUnavailableException("speech synthesis failed: " + process.info().command()
                        .orElse("flite") + " exited with " + process.exitValue());
            }
        }
        if (voice.needsSox()) {
            return new SynthesizedSpeech(output, SAMPLE_RATE);
        }
        try {
            return WavReader.read(output);
        } catch (IllegalArgumentException e) {
            throw new SpeechUnavailableException("flite wrote unreadable audio: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        log.debug("Speech synthesis stopped");
    }
}
