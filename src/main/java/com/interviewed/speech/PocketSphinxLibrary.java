package com.interviewed.speech;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The few functions of Debian's pocketsphinx 5prealpha (and sphinxbase) that streaming recognition needs, bound
 * through JNA. The versioned shared objects are loaded by absolute path so that the -dev packages (which provide
 * the unversioned symlinks) are not needed.
 */
final class PocketSphinxLibrary {

    static final String POCKETSPHINX = "libpocketsphinx.so.3";
    static final String SPHINXBASE = "libsphinxbase.so.3";

    interface SphinxBase extends Library {
        Pointer cmd_ln_parse_r(Pointer inoutCmdln, Pointer definitions, int argc, String[] argv, int strict);

        int cmd_ln_free_r(Pointer cmdln);

        /** {@code type} 1 = ARPA text. */
        Pointer ngram_model_read(Pointer config, String file, int type, Pointer logmath);

        /** Retains every model; with {@code weights} the set interpolates them. */
        Pointer ngram_model_set_init(Pointer config, Pointer[] models, String[] names, float[] weights, int count);

        /** Returns the remaining reference count (0 = freed). */
        int ngram_model_free(Pointer model);

        double logmath_exp(Pointer logmath, int value);
    }

    interface PocketSphinx extends Library {
        Pointer ps_args();

        Pointer ps_init(Pointer config);

        int ps_start_utt(Pointer decoder);

        int ps_process_raw(Pointer decoder, short[] data, NativeLong samples, int noSearch, int fullUtterance);

        String ps_get_hyp(Pointer decoder, IntByReference bestScore);

        int ps_end_utt(Pointer decoder);

        int ps_free(Pointer decoder);

        int ps_load_dict(Pointer decoder, String dictionary, String fillerDictionary, String format);

        Pointer ps_get_lm(Pointer decoder, String name);

        int ps_set_lm(Pointer decoder, String name, Pointer languageModel);

        int ps_set_search(Pointer decoder, String name);

        int ps_unset_search(Pointer decoder, String name);

        Pointer ps_get_logmath(Pointer decoder);

        Pointer ps_get_config(Pointer decoder);

        Pointer ps_seg_iter(Pointer decoder);

        Pointer ps_seg_next(Pointer segment);

        String ps_seg_word(Pointer segment);

        void ps_seg_frames(Pointer segment, IntByReference startFrame, IntByReference endFrame);

        int ps_seg_prob(Pointer segment, IntByReference acoustic, IntByReference language, IntByReference backoff);

        void ps_seg_free(Pointer segment);
    }

    final SphinxBase sphinxBase;
    final PocketSphinx pocketSphinx;

    private PocketSphinxLibrary(SphinxBase sphinxBase, PocketSphinx pocketSphinx) {
        this.sphinxBase = sphinxBase;
        this.pocketSphinx = pocketSphinx;
    }

    /** Finds a versioned library in the given directories. */
    static Optional<Path> find(List<String> directories, String fileName) {
        return directories.stream()
                .map(directory -> Path.of(directory, fileName))
                .filter(Files::isReadable)
                .findFirst();
    }

    /** Loads both libraries; sphinxbase first, since pocketsphinx links against it. */
    static PocketSphinxLibrary load(Path sphinxBase, Path pocketSphinx) {
        SphinxBase base = Native.load(sphinxBase.toAbsolutePath().toString(), SphinxBase.class);
        PocketSphinx ps = Native.load(pocketSphinx.toAbsolutePath().toString(), PocketSphinx.class);
        return new PocketSphinxLibrary(base, ps);
    }
}
