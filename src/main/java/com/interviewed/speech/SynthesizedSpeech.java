package com.interviewed.speech;

/** PCM16LE mono audio at {@code sampleRate}. */
public record SynthesizedSpeech(byte[] pcm16le, int sampleRate) {

    public long durationMillis() {
        return pcm16le.length / 2 * 1000L / sampleRate;
    }
}
