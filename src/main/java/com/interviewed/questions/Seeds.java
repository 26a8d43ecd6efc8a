package com.interviewed.questions;

/**
 * Seeds are often small consecutive numbers or timestamps, and {@code new Random(seed)}'s first draws barely differ
 * for such seeds. Scrambling them first (SplitMix64's finaliser, written out so it can never change under us)
 * spreads neighbouring seeds over the whole range.
 */
final class Seeds {

    private Seeds() {
    }

    static long scramble(long seed) {
        long z = seed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
