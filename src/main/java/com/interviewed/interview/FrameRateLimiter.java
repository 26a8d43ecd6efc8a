package com.interviewed.interview;

/**
 * Token buckets per connection. Audio may burst (a reconnecting client flushes what it buffered) but not run much
 * faster than real time for long; commands are limited to a human pace.
 */
final class FrameRateLimiter {

    private static final double AUDIO_BYTES_PER_SECOND = 32_000 * 1.5;
    private static final double AUDIO_BURST_BYTES = 32_000 * 30;
    private static final double COMMANDS_PER_SECOND = 20;
    private static final double COMMAND_BURST = 60;

    private double audioTokens = AUDIO_BURST_BYTES;
    private double commandTokens = COMMAND_BURST;
    private long last = System.nanoTime();

    synchronized boolean allowAudio(int bytes) {
        refill();
        if (audioTokens < bytes) {
            return false;
        }
        audioTokens -= bytes;
        return true;
    }

    synchronized boolean allowCommand() {
        refill();
        if (commandTokens < 1) {
            return false;
        }
        commandTokens -= 1;
        return true;
    }

    private void refill() {
        long now = System.nanoTime();
        double seconds = (now - last) / 1e9;
        last = now;
        audioTokens = Math.min(AUDIO_BURST_BYTES, audioTokens + seconds * AUDIO_BYTES_PER_SECOND);
        commandTokens = Math.min(COMMAND_BURST, commandTokens + seconds * COMMANDS_PER_SECOND);
    }
}
