package com.interviewed.cloud;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The candidate's audio between two Nova sessions, kept for the next one up to a bound (the oldest goes first). */
final class PendingAudio {

    private final int maxBytes;
    private final Deque<byte[]> chunks = new ArrayDeque<>();
    private int bytes;

    PendingAudio(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    void add(byte[] pcm) {
        chunks.add(pcm);
        bytes += pcm.length;
        while (bytes > maxBytes && !chunks.isEmpty()) {
            bytes -= chunks.poll().length;
        }
    }

    List<byte[]> takeAll() {
        List<byte[]> all = new ArrayList<>(chunks);
        chunks.clear();
        bytes = 0;
        return all;
    }
}
