package com.interviewed.speech;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offline speech-to-text with Debian's pocketsphinx 5prealpha, in-process through JNA. Each open stream holds
 * one decoder from a bounded {@link DecoderPool}. Without the libraries or the model it is unavailable and
 * {@link #open} fails; {@link #missing()} says what is absent.
 */
final class PocketsphinxRecognizer implements SpeechRecognizer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PocketsphinxRecognizer.class);
    private static final int POST_SPEECH_FRAMES = 30;
    /**
     * An on-demand stream gives its decoder back after this much quiet audio: long enough that the next answer
     * finds it still there (and its cepstral normalisation still tuned to the room), short enough that a candidate
     * who has stopped speaking soon leaves it to others.
     */
    private static final Duration RELEASE_AFTER_QUIET = Duration.ofSeconds(10);

    /**
     * Share of the interview model in the interpolated language model. 0.5 found more domain terms but bent
     * general phrases toward interview words ("five engineers" → "five engine years"); see docs/speech.md.
     */
    static final double CONTEXT_WEIGHT = 0.3;
    static final String T2P = "/usr/bin/t2p";

    private final SpeechProperties.Recognizer properties;
    private final List<String> missing;
    private final DecoderPool pool;
    private final double contextWeight;
    private final Path dictionary;
    private final SpokenForms spokenForms;
    private volatile Pronunciations pronunciations;

    PocketsphinxRecognizer(SpeechProperties.Recognizer properties) {
        this(properties, CONTEXT_WEIGHT);
    }

    /** With another interview-model weight, for the benchmark that tunes it. */
    PocketsphinxRecognizer(SpeechProperties.Recognizer properties, double contextWeight) {
        this.properties = properties;
        this.contextWeight = contextWeight;
        this.dictionary = Path.of(properties.modelDirectory()).resolve("cmudict-en-us.dict");
        this.spokenForms = SpokenForms.load();
        List<String> absent = new ArrayList<>();
        DecoderPool decoders = null;
        if (!properties.enabled()) {
            absent.add("speech recognition is turned off (interviewed.speech.recognizer.enabled=false)");
        } else {
            Optional<Path> sphinxBase = PocketSphinxLibrary.find(properties.libraryDirectories(),
                    PocketSphinxLibrary.SPHINXBASE);
            Optional<Path> pocketSphinx = PocketSphinxLibrary.find(properties.libraryDirectories(),
                    PocketSphinxLibrary.POCKETSPHINX);
            if (sphinxBase.isEmpty() || pocketSphinx.isEmpty()) {
                absent.add("libpocketsphinx3 (no " + PocketSphinxLibrary.POCKETSPHINX + " / "
                        + PocketSphinxLibrary.SPHINXBASE + " in " + properties.libraryDirectories() + ")");
            }
            Path model = Path.of(properties.modelDirectory());
            if (!Files.isDirectory(model.resolve("en-us")) || !Files.isReadable(model.resolve("en-us.lm.bin"))
                    || !Files.isReadable(model.resolve("cmudict-en-us.dict"))) {
                absent.add("pocketsphinx-en-us (no model in " + model + ")");
            }
            if (absent.isEmpty()) {
                try {
                    PocketSphinxLibrary library = PocketSphinxLibrary.load(sphinxBase.get(), pocketSphinx.get());
                    List<String> arguments = arguments(properties);
                    decoders = new DecoderPool(() -> Decoder.create(library, arguments), properties.maxDecoders());
                } catch (UnsatisfiedLinkError | RuntimeException e) {
                    absent.add("a loadable libpocketsphinx3 (" + e.getMessage() + ")");
                }
            }
        }
        this.missing = List.copyOf(absent);
        this.pool = decoders;
    }

    /**
     * Pocketsphinx options: the model and no log noise. Its voice activity detector keeps decoding for
     * {@value #POST_SPEECH_FRAMES} frames after speech (its default is 50), enough to finish a word; the
     * endpointing itself is {@link PocketsphinxStream}'s. The second passes (-fwdflat, -bestpath) stay on: they
     * cost about 100 ms of CPU when an utterance ends, and turning them off raised the word error rate on flite
     * voices from 5% to 7% (rms) and from 10% to 19% (slt).
     */
    static List<String> arguments(SpeechProperties.Recognizer properties) {
        Path model = Path.of(properties.modelDirectory());
        return List.of(
                "-hmm", model.resolve("en-us").toString(),
                "-lm", model.resolve("en-us.lm.bin").toString(),
                "-dict", model.resolve("cmudict-en-us.dict").toString(),
                "-samprate", "16000",
                "-logfn", "/dev/null",
                "-vad_postspeech", Integer.toString(POST_SPEECH_FRAMES));
    }

    @Override
    public boolean available() {
        return pool != null;
    }

    /** What would have to be installed for speech recognition to work; empty when available. */
    List<String> missing() {
        return missing;
    }

    /** Loads {@code preloadDecoders} decoders, so that the first interviews do not wait for a model load. */
    void preload() {
        if (pool != null && properties.preloadDecoders() > 0) {
            try {
                pool.preload(properties.preloadDecoders());
            } catch (RuntimeException e) {
                log.warn("Could not preload speech recognisers: {}", e.getMessage());
            }
        }
    }

    @Override
    public RecognitionStream open(RecognitionListener listener) {
        return open(listener, RecognitionContext.none());
    }

    @Override
    public RecognitionStream open(RecognitionListener listener, RecognitionContext context) {
        DecoderPool decoders = requirePool();
        InterviewVocabulary vocabulary = vocabulary(context);
        Decoder decoder = decoders.acquire(properties.acquireTimeout());
        try {
            prepare(decoder, vocabulary);
            return new PocketsphinxStream(decoder, held(decoders), listener, properties, properties.trailingSilence());
        } catch (RuntimeException e) {
            decoders.release(decoder, false);
            throw e;
        }
    }

    @Override
    public RecognitionStream openOnDemand(RecognitionListener listener, Duration trailingSilence) {
        return openOnDemand(listener, trailingSilence, RecognitionContext.none());
    }

    /**
     * The context's pronunciations are guessed now; each decoder the stream takes gets the vocabulary (about 1 s
     * of CPU, absorbed within the answer since decoding runs at 0.15-0.3 of real time) and loses it when given back.
     */
    @Override
    public RecognitionStream openOnDemand(RecognitionListener listener, Duration trailingSilence,
            RecognitionContext context) {
        DecoderPool decoders = requirePool();
        InterviewVocabulary vocabulary = vocabulary(context);
        return new PocketsphinxStream(null, new PocketsphinxStream.Decoders() {
            @Override
            public Decoder take() {
                Decoder decoder = decoders.tryAcquire();
                if (decoder != null) {
                    try {
                        prepare(decoder, vocabulary);
                    } catch (RuntimeException e) {
                        decoders.release(decoder, false);
                        throw e;
                    }
                }
                return decoder;
            }

            @Override
            public void giveBack(Decoder decoder, boolean healthy) {
                release(decoder, healthy);
            }

            @Override
            public long releaseAfterQuietSamples() {
                return RELEASE_AFTER_QUIET.toMillis() * PocketsphinxStream.SAMPLE_RATE / 1000;
            }
        }, listener, properties, trailingSilence);
    }

    /** A stream opened with its decoder keeps it until it is closed. */
    private PocketsphinxStream.Decoders held(DecoderPool decoders) {
        return new PocketsphinxStream.Decoders() {
            @Override
            public Decoder take() {
                return null;
            }

            @Override
            public void giveBack(Decoder decoder, boolean healthy) {
                release(decoder, healthy);
            }

            @Override
            public long releaseAfterQuietSamples() {
                return Long.MAX_VALUE;
            }
        };
    }

    private void prepare(Decoder decoder, InterviewVocabulary vocabulary) {
        if (!vocabulary.isEmpty()) {
            decoder.useVocabulary(vocabulary, contextWeight, dictionary);
        }
    }

    private DecoderPool requirePool() {
        if (pool == null) {
            throw new SpeechUnavailableException("speech recognition is not available: missing " + missing);
        }
        return pool;
    }

    /** The context's words and model; pronunciations are guessed here, before a decoder is taken. */
    InterviewVocabulary vocabulary(RecognitionContext context) {
        if (context.isEmpty()) {
            return new InterviewVocabulary(java.util.Map.of(), "", 0);
        }
        return InterviewVocabulary.of(context, spokenForms, pronunciations());
    }

    private Pronunciations pronunciations() {
        Pronunciations loaded = pronunciations;
        if (loaded == null) {
            synchronized (this) {
                if (pronunciations == null) {
                    pronunciations = Pronunciations.load(dictionary, T2P);
                }
                loaded = pronunciations;
            }
        }
        return loaded;
    }

    /** A decoder goes back to the pool with the general model and dictionary, or is freed if that fails. */
    private void release(Decoder decoder, boolean healthy) {
        if (healthy && decoder.customised()) {
            try {
                decoder.useBase(dictionary);
            } catch (Decoder.DecoderFailedException e) {
                log.warn("Could not reset a speech recogniser after an interview; it is freed: {}", e.getMessage());
                healthy = false;
            }
        }
        pool.release(decoder, healthy);
    }

    /** The pool, for diagnostics and tests; null when unavailable. */
    DecoderPool pool() {
        return pool;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
