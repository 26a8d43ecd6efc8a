package com.interviewed.speech;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
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
