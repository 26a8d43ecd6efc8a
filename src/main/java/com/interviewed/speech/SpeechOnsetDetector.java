package com.interviewed.speech;

import java.util.Arrays;

/**
 * A quick energy-based voice activity detector. Pocketsphinx's own detector buffers audio before it commits, and
 * reacts to hiss after digital silence; barge-in needs to know within about 100 ms that the candidate started
 * talking. This detector calls speech when the energy of the audio stays {@code thresholdDb} above the noise
 * floor (and above an absolute minimum) for {@value #MIN_SPEECH_MILLIS} ms.
 *
 * <p>The noise floor is the quietest 20 ms block of the last {@value #WINDOW_MILLIS} ms ("minimum statistics"):
 * speech always has quieter gaps between words, so a long answer does not raise it, while a steady noise such as
 * a fan becomes the floor within that window. Digital silence (muted input, dropped packets) counts as very quiet
 * noise rather than as a floor of zero, so that a little hiss after it is not taken for speech.
 */
final class SpeechOnsetDetector {

    static final int MIN_SPEECH_MILLIS = 60;
    static final int WINDOW_MILLIS = 3_000;
    private static final int BUCKETS = 10;
    /** About -55 dBFS: quieter than this is never speech, whatever the floor. */
    private static final double ABSOLUTE_MIN_DB = 35;
    /** The floor never goes below this (about -65 dBFS), whatever the input. */
    private static final double LOWEST_FLOOR_DB = 25;

    private final double thresholdDb;
    private final long minSpeechSamples;
    private final long bucketSamples;
    private final double[] bucketFloor = new double[BUCKETS];
    private int bucket;
    private long bucketFill;
    private long loudRun;
    private long quietFor;

    SpeechOnsetDetector(int sampleRate, double thresholdDb) {
        this.thresholdDb = thresholdDb;
        this.minSpeechSamples = (long) sampleRate * MIN_SPEECH_MILLIS / 1000;
        this.bucketSamples = (long) sampleRate * WINDOW_MILLIS / 1000 / BUCKETS;
        Arrays.fill(bucketFloor, Double.POSITIVE_INFINITY);
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
        double floorDb = Math.min(floor(), Math.max(energyDb, LOWEST_FLOOR_DB));
        boolean loud = energyDb >= ABSOLUTE_MIN_DB && energyDb >= floorDb + thresholdDb;
        remember(Math.max(energyDb, LOWEST_FLOOR_DB), n);
        if (loud) {
            loudRun += n;
            quietFor = 0;
        } else {
            loudRun = 0;
            quietFor += n;
        }
        return loudRun >= minSpeechSamples;
    }

    /** The noise floor in dB (infinite before any audio). */
    double floor() {
        double floor = Double.POSITIVE_INFINITY;
        for (double value : bucketFloor) {
            floor = Math.min(floor, value);
        }
        return floor;
    }

    private void remember(double energyDb, int n) {
        bucketFloor[bucket] = Math.min(bucketFloor[bucket], energyDb);
        bucketFill += n;
        if (bucketFill >= bucketSamples) {
            bucket = (bucket + 1) % BUCKETS;
            bucketFloor[bucket] = Double.POSITIVE_INFINITY;
            bucketFill = 0;
        }
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
