package com.interviewed.speech;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One native pocketsphinx decoder with its configuration. Not thread-safe: a decoder belongs to one stream at a
 * time (see {@link DecoderPool}), and every call on it comes from that stream's synchronized methods.
 */
final class Decoder {

    private final PocketSphinxLibrary library;
    private final Pointer config;
    private final Pointer decoder;
    private final IntByReference score = new IntByReference();
    private boolean freed;
    /** Words added to the dictionary for the current stream; the dictionary is reloaded when it is released. */
    private boolean dictionaryChanged;
    private boolean interviewSearch;
    /** The interview vocabulary the decoder is set up for; null for the general model. */
    private InterviewVocabulary vocabulary;
    /** The on-demand stream that last warmed or used it; kept while it is idle, so that stream finds it again. */
    private DecoderPool.Claim claim;
    /** How often it was set up for another vocabulary: the costly step a warm or reused decoder saves. */
    private int setUps;
    /** Audio time (ms) of the decoder's frame 0 for the current utterance, to time its words on the stream. */
    private long utteranceOrigin;

    static final String BASE_SEARCH = "_default";
    static final String INTERVIEW_SEARCH = "interview";
    private static final int NGRAM_ARPA = 1;

    private Decoder(PocketSphinxLibrary library, Pointer config, Pointer decoder) {
        this.library = library;
        this.config = config;
        this.decoder = decoder;
    }

    /** Loads the model (0.3–0.5 s, about 114 MB); {@code arguments} are pocketsphinx command-line options. */
    static Decoder create(PocketSphinxLibrary library, List<String> arguments) {
        String[] argv = arguments.toArray(String[]::new);
        Pointer config = library.sphinxBase.cmd_ln_parse_r(null, library.pocketSphinx.ps_args(), argv.length, argv, 1);
        if (config == null) {
            throw new SpeechUnavailableException("pocketsphinx rejected its configuration " + arguments);
        }
        Pointer decoder = library.pocketSphinx.ps_init(config);
        if (decoder == null) {
            library.sphinxBase.cmd_ln_free_r(config);
            throw new SpeechUnavailableException("pocketsphinx could not load its model with " + arguments);
        }
        return new Decoder(library, config, decoder);
    }

    /**
     * Makes the decoder expect one interview: loads a dictionary with its missing words and switches to a
     * language model that interpolates the general one ({@code 1 - weight}) with the interview's ({@code weight}).
     *
     * <p>The words are added by reloading the dictionary ({@code baseDictionary} plus them), not with
     * {@code ps_add_word}: that one also adds each word to every search's language model, and adding unigrams to
     * the general model (a trie in this pocketsphinx) corrupts it after a few dozen words (a crash in
     * {@code bitarr_read_int25} while decoding). The interview model already has the words, so the general model
     * is never changed and the general search never sees them.
     */
    private void useVocabulary(InterviewVocabulary vocabulary, double weight, Path baseDictionary) {
        leaveInterviewSearch();
        if (vocabulary.added().isEmpty() && dictionaryChanged) {
            check(library.pocketSphinx.ps_load_dict(decoder, baseDictionary.toString(), null, null), "ps_load_dict");
            dictionaryChanged = false;
        }
        if (!vocabulary.added().isEmpty()) {
            Path merged = null;
            try {
                merged = Files.createTempFile("interview-", ".dict");
                Files.copy(baseDictionary, merged, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                StringBuilder lines = new StringBuilder();
                vocabulary.added().forEach((word, phones) -> lines.append(word).append(' ').append(phones)
                        .append('\n'));
                Files.writeString(merged, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
                dictionaryChanged = true;
                check(library.pocketSphinx.ps_load_dict(decoder, merged.toString(), null, null), "ps_load_dict");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (merged != null) {
                    merged.toFile().delete();
                }
            }
        }
        Path file = null;
        try {
            file = Files.createTempFile("interview-", ".arpa");
            Files.writeString(file, vocabulary.arpa(), StandardCharsets.UTF_8);
            Pointer interview = library.sphinxBase.ngram_model_read(library.pocketSphinx.ps_get_config(decoder),
                    file.toString(), NGRAM_ARPA, library.pocketSphinx.ps_get_logmath(decoder));
            if (interview == null) {
                throw new DecoderFailedException("the interview language model was rejected");
            }
            Pointer base = library.pocketSphinx.ps_get_lm(decoder, BASE_SEARCH);
            Pointer set = library.sphinxBase.ngram_model_set_init(library.pocketSphinx.ps_get_config(decoder),
                    new Pointer[] {base, interview}, new String[] {"base", INTERVIEW_SEARCH},
                    new float[] {(float) (1 - weight), (float) weight}, 2);
            // The set holds its own references to both models.
            library.sphinxBase.ngram_model_free(interview);
            if (set == null) {
                throw new DecoderFailedException("ngram_model_set_init failed");
            }
            int result = library.pocketSphinx.ps_set_lm(decoder, INTERVIEW_SEARCH, set);
            // The search holds its own reference to the set.
            library.sphinxBase.ngram_model_free(set);
            check(result, "ps_set_lm");
            interviewSearch = true;
            check(library.pocketSphinx.ps_set_search(decoder, INTERVIEW_SEARCH), "ps_set_search");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /**
     * Sets the decoder up for {@code wanted} (empty: the general model and dictionary), replacing whatever interview
     * it was set up for, so nothing of one interview reaches the next. Nothing to do, and false, if it already is:
     * a decoder keeps its interview while idle, because setting one up costs 0.5-1 s of CPU.
     */
    boolean prepareFor(InterviewVocabulary wanted, double weight, Path baseDictionary) {
        InterviewVocabulary target = wanted == null || wanted.isEmpty() ? null : wanted;
        if (java.util.Objects.equals(target, vocabulary) && (target != null || !customised())) {
            return false;
        }
        vocabulary = null;
        setUps++;
        if (target == null) {
            useBase(baseDictionary);
        } else {
            useVocabulary(target, weight, baseDictionary);
        }
        vocabulary = target;
        return true;
    }

    private void useBase(Path dictionary) {
        leaveInterviewSearch();
        if (dictionaryChanged) {
            check(library.pocketSphinx.ps_load_dict(decoder, dictionary.toString(), null, null), "ps_load_dict");
            dictionaryChanged = false;
        }
    }

    private void leaveInterviewSearch() {
        if (interviewSearch) {
            check(library.pocketSphinx.ps_set_search(decoder, BASE_SEARCH), "ps_set_search");
            check(library.pocketSphinx.ps_unset_search(decoder, INTERVIEW_SEARCH), "ps_unset_search");
            interviewSearch = false;
        }
    }

    private boolean customised() {
        return interviewSearch || dictionaryChanged;
    }

    int setUps() {
        return setUps;
    }

    InterviewVocabulary vocabulary() {
        return vocabulary;
    }

    DecoderPool.Claim claim() {
        return claim;
    }

    void claim(DecoderPool.Claim claim) {
        this.claim = claim;
    }

    /** Starts an utterance whose first sample is at {@code originMillis} of the stream's audio. */
    void startUtterance(long originMillis) {
        utteranceOrigin = originMillis;
        startUtterance();
    }

    /**
     * The words of the final hypothesis (after {@link #endUtterance}) with their lattice posteriors; silences,
     * fillers and sentence marks left out, alternative pronunciations ("read(2)") named by their word.
     */
    List<RecognizedWord> words() {
        List<RecognizedWord> words = new ArrayList<>();
        Pointer logmath = library.pocketSphinx.ps_get_logmath(decoder);
        IntByReference start = new IntByReference();
        IntByReference end = new IntByReference();
        IntByReference acoustic = new IntByReference();
        IntByReference language = new IntByReference();
        IntByReference backoff = new IntByReference();
        Pointer segment = library.pocketSphinx.ps_seg_iter(decoder);
        // A reused decoder keeps counting frames across utterances: time words from the first segment (<s>).
        int first = -1;
        while (segment != null) {
            String word = library.pocketSphinx.ps_seg_word(segment);
            library.pocketSphinx.ps_seg_frames(segment, start, end);
            if (first < 0) {
                first = start.getValue();
            }
            if (word != null && !word.startsWith("<") && !word.startsWith("[") && !word.startsWith("+")) {
                int logPosterior = library.pocketSphinx.ps_seg_prob(segment, acoustic, language, backoff);
                double posterior = Math.min(1, Math.max(0, library.sphinxBase.logmath_exp(logmath, logPosterior)));
                int alternative = word.indexOf('(');
                words.add(new RecognizedWord(alternative > 0 ? word.substring(0, alternative) : word, posterior,
                        utteranceOrigin + (start.getValue() - first) * 10L,
                        utteranceOrigin + (end.getValue() + 1 - first) * 10L));
            }
            segment = library.pocketSphinx.ps_seg_next(segment);
        }
        return words;
    }

    void startUtterance() {
        check(library.pocketSphinx.ps_start_utt(decoder), "ps_start_utt");
    }

    /** Feeds the first {@code length} samples of {@code samples} (the decoder drops silence itself). */
    void process(short[] samples, int length) {
        check(library.pocketSphinx.ps_process_raw(decoder, samples, new NativeLong(length), 0, 0), "ps_process_raw");
    }

    /** The best hypothesis so far (partial during an utterance, final after {@link #endUtterance}); never null. */
    String hypothesis() {
        String hypothesis = library.pocketSphinx.ps_get_hyp(decoder, score);
        return hypothesis == null ? "" : hypothesis.trim();
    }

    void endUtterance() {
        check(library.pocketSphinx.ps_end_utt(decoder), "ps_end_utt");
    }

    void free() {
        if (!freed) {
            freed = true;
            library.pocketSphinx.ps_free(decoder);
            library.sphinxBase.cmd_ln_free_r(config);
        }
    }

    private static void check(int result, String function) {
        if (result < 0) {
            throw new DecoderFailedException(function + " failed (" + result + ")");
        }
    }

    /** A native call reported an error; the decoder's state is unknown, so it is freed rather than reused. */
    static final class DecoderFailedException extends RuntimeException {
        DecoderFailedException(String message) {
            super(message);
        }
    }
}
