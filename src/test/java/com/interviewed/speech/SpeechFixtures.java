package com.interviewed.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Real adapters configured as in config/speech.yml, and helpers to turn synthesised speech into recogniser input. */
final class SpeechFixtures {

    private SpeechFixtures() {
    }

    static SpeechProperties.Recognizer recognizerProperties(int maxDecoders) {
        return new SpeechProperties.Recognizer(true,
                List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib", "/usr/local/lib"),
                "/usr/share/pocketsphinx/model/en-us", maxDecoders, maxDecoders, 0, Duration.ofSeconds(2),
                Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofMillis(200), 12);
    }

    static SpeechProperties.Synthesizer synthesizerProperties() {
        return new SpeechProperties.Synthesizer(true, "/usr/bin/flite", "/usr/bin/sox", "rms",
                Duration.ofSeconds(20), 4);
    }

    static short[] samples(SynthesizedSpeech speech) {
        if (speech.sampleRate() != 16_000) {
            throw new IllegalArgumentException("expected 16 kHz, got " + speech.sampleRate());
        }
        short[] samples = new short[speech.pcm16le().length / 2];
        ByteBuffer.wrap(speech.pcm16le()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    static short[] silence(int millis) {
        return new short[millis * 16];
    }

    static short[] concat(short[]... parts) {
        int length = 0;
        for (short[] part : parts) {
            length += part.length;
        }
        short[] all = new short[length];
        int offset = 0;
        for (short[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }

    /** Feeds {@code audio} in chunks of {@code chunkMillis} (as a browser would, only faster than real time). */
    static void feed(RecognitionStream stream, short[] audio, int chunkMillis) {
        int chunk = chunkMillis * 16;
        short[] buffer = new short[chunk];
        for (int offset = 0; offset < audio.length; offset += chunk) {
            int n = Math.min(chunk, audio.length - offset);
            System.arraycopy(audio, offset, buffer, 0, n);
            stream.accept(buffer, n);
        }
    }

    /** Milliseconds from the start of {@code audio} to the first clearly audible sample. */
    static long onsetMillis(short[] audio) {
        for (int i = 0; i < audio.length; i++) {
            if (Math.abs(audio[i]) > 500) {
                return i / 16;
            }
        }
        return -1;
    }

    /** Milliseconds from the start of {@code audio} to just after the last clearly audible sample. */
    static long endMillis(short[] audio) {
        for (int i = audio.length - 1; i >= 0; i--) {
            if (Math.abs(audio[i]) > 500) {
                return (i + 1) / 16;
            }
        }
        return -1;
    }

    /** Share of the words of {@code expected} that occur in {@code actual}. */
    static double wordOverlap(String expected, String actual) {
        List<String> want = words(expected);
        List<String> got = new ArrayList<>(words(actual));
        long found = want.stream().filter(got::remove).count();
        return want.isEmpty() ? 1 : (double) found / want.size();
    }

    static List<String> words(String text) {
        return List.of(text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z' ]", " ").trim().split("\\s+"));
    }

    /**
     * Every listener event, in order, with the stream's audio time when it was delivered (which shows how much
     * audio the recogniser needed before it reported something).
     */
    static final class RecordingListener implements RecognitionListener {

        record Event(String kind, String text, long startMillis, long endMillis, long deliveredAtMillis) {
        }

        final List<Event> events = Collections.synchronizedList(new ArrayList<>());
        /** The words of each final, in order. */
        final List<List<RecognizedWord>> finalWords = Collections.synchronizedList(new ArrayList<>());
        private volatile RecognitionStream stream;

        RecordingListener attach(RecognitionStream stream) {
            this.stream = stream;
            return this;
        }

        private long now() {
            return stream == null ? -1 : stream.audioMillis();
        }

        @Override
        public void onSpeechStarted(long atMillis) {
            events.add(new Event("started", "", atMillis, atMillis, now()));
        }

        @Override
        public void onPartial(String text) {
            events.add(new Event("partial", text, -1, -1, now()));
        }

        @Override
        public void onFinal(String text, long startMillis, long endMillis) {
            events.add(new Event("final", text, startMillis, endMillis, now()));
        }

        @Override
        public void onFinal(String text, long startMillis, long endMillis, List<RecognizedWord> words) {
            finalWords.add(List.copyOf(words));
            onFinal(text, startMillis, endMillis);
        }

        List<String> kinds() {
            return events.stream().map(Event::kind).filter(kind -> !kind.equals("partial")).toList();
        }

        List<Event> finals() {
            return events.stream().filter(e -> e.kind().equals("final")).toList();
        }

        List<Event> of(String kind) {
            return events.stream().filter(e -> e.kind().equals(kind)).toList();
        }
    }
}
