package com.interviewed.speech;

/**
 * A quick energy-based voice activity detector. Pocketsphinx's own detector is the authority on speech, but it
 * buffers audio before it commits; barge-in needs to know within about 100 ms that the candidate started
 * talking. This detector calls speech when the energy of the audio stays {@code thresholdDb} above an adaptive
 * noise floor (and above an absolute minimum) for {@value #MIN_SPEECH_MILLIS} ms.
 *
 * <p>The noise floor drops at once to quieter audio and rises slowly toward louder audio: fast while the audio
 * is quiet (a new background noise is learnt in about a second), very slowly while it is loud (so a long answer
 * is not mistaken for noise, while a fan that starts up is absorbed within seconds).
 */
final class SpeechOnsetDetector {

    static final int MIN_SPEECH_MILLIS = 60;
    /** About -55 dBFS: quieter than this is never speech, whatever the floor. */
    private static final double ABSOLUTE_MIN_DB = 35;
    private static final double INITIAL_FLOOR_DB = 40;
    private static final double RISE_WHEN_QUIET = 0.05;
    private static final double RISE_WHEN_LOUD = 0.002;

    private final double thresholdDb;
    private final long minSpeechSamples;
    private double floorDb = INITIAL_FLOOR_DB;
    private long loudRun;
    private long quietFor;

    SpeechOnsetDetector(int sampleRate, double thresholdDb) {
        this.thresholdDb = thresholdDb;
        this.minSpeechSamples = (long) sampleRate * MIN_SPEECH_MILLIS / 1000;
    }

    /** Takes the next {@code n} samples (a short block, up to 20 ms); true once speech is established. */
    boolean accept(short[] block, int n) {
        if (n == 0) {
            return loudRun >= minSpeechSamples;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (double) block[i] * block[i];
        }
        double energyDb = 10 * Math.log10(sum / n + 1);
        boolean loud = energyDb >= ABSOLUTE_MIN_DB && energyDb >= floorDb + thresholdDb;
        if (energyDb < floorDb) {
            floorDb = energyDb;
        } else {
            floorDb += (energyDb - floorDb) * (loud ? RISE_WHEN_LOUD : RISE_WHEN_QUIET);
        }
        if (loud) {
            loudRun += n;
            quietFor = 0;
        } else {
            loudRun = 0;
            quietFor += n;
        }
        return loudRun >= minSpeechSamples;
    }

    /** Samples since the current loud run began: how far back the speech started. */
    long lookbackSamples() {
        return loudRun;
    }

    /** Samples since the audio was last loud. */
    long quietFor() {
        return quietFor;
    }

    /** Starts a new utterance; the learnt noise floor is kept. */
    void reset() {
        loudRun = 0;
        quietFor = 0;
    }
}
