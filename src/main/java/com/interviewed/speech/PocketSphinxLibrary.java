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
    }

    interface PocketSphinx extends Library {
        Pointer ps_args();

        Pointer ps_init(Pointer config);

        int ps_start_utt(Pointer decoder);

        int ps_process_raw(Pointer decoder, short[] data, NativeLong samples, int noSearch, int fullUtterance);

        String ps_get_hyp(Pointer decoder, IntByReference bestScore);

        int ps_end_utt(Pointer decoder);

        int ps_free(Pointer decoder);
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
