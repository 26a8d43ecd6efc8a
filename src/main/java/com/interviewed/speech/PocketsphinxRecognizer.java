package com.interviewed.speech;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
    private final AccountShares shares;
    private final double contextWeight;
    private final Path dictionary;
    private final SpokenForms spokenForms;
    private volatile Pronunciations pronunciations;
    /** Sets decoders up ahead of interviews' first words; one at a time, and none queued beyond a few dozen. */
    private final ThreadPoolExecutor warmUps = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(32), runnable -> {
                Thread thread = new Thread(runnable, "speech-set-up");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

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
        this.shares = new AccountShares(properties.maxDecodersPerAccount());
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
     * The context's pronunciations are guessed now, and a decoder is set up with the vocabulary in the background
     * (0.5-1 s of CPU), so that the candidate's first words are decoded, and can interrupt, at once. The stream
     * takes a decoder only when its candidate speaks, preferring that warm one; a decoder it takes otherwise is set
     * up then.
     */
    @Override
    public RecognitionStream openOnDemand(RecognitionListener listener, Duration trailingSilence,
            RecognitionContext context) {
        return openOnDemand(listener, trailingSilence, context, null);
    }

    @Override
    public RecognitionStream openOnDemand(RecognitionListener listener, Duration trailingSilence,
            RecognitionContext context, String account) {
        DecoderPool decoders = requirePool();
        InterviewVocabulary vocabulary = vocabulary(context);
        DecoderPool.Claim claim = new DecoderPool.Claim();
        if (!vocabulary.isEmpty()) {
            warmUps.execute(() -> decoders.warm(claim, vocabulary, decoder -> prepare(decoder, vocabulary)));
        }
        return new PocketsphinxStream(null, new PocketsphinxStream.Decoders() {
            @Override
            public Decoder take() {
                if (!shares.tryTake(account)) {
                    throw new SpeechUnavailableException("this account's other interviews are using its share of "
                            + "speech recognisers");
                }
                Decoder decoder;
                try {
                    decoder = decoders.tryAcquire(claim, vocabulary);
                } catch (RuntimeException e) {
                    shares.giveBack(account);
                    throw e;
                }
                if (decoder == null) {
                    shares.giveBack(account);
                    return null;
                }
                try {
                    prepare(decoder, vocabulary);
                    decoder.claim(claim);
                } catch (RuntimeException e) {
                    decoders.release(decoder, false);
                    shares.giveBack(account);
                    throw e;
                }
                return decoder;
            }

            @Override
            public void giveBack(Decoder decoder, boolean healthy) {
                decoders.release(decoder, healthy);
                shares.giveBack(account);
            }

            @Override
            public void streamClosed() {
                claim.end();
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
                decoders.release(decoder, healthy);
            }

            @Override
            public long releaseAfterQuietSamples() {
                return Long.MAX_VALUE;
            }
        };
    }

    private void prepare(Decoder decoder, InterviewVocabulary vocabulary) {
        decoder.prepareFor(vocabulary, contextWeight, dictionary);
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

    /** The pool, for diagnostics and tests; null when unavailable. */
    DecoderPool pool() {
        return pool;
    }

    @Override
    public void close() {
        warmUps.shutdownNow();
        if (pool != null) {
            pool.close();
        }
    }
}
