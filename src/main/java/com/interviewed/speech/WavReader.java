package com.interviewed.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads the PCM out of a WAV file by walking its chunks. The RIFF and data lengths are not trusted: tools that
 * write to a pipe cannot seek back to fix them (sox writes 0x7fffffff), so the data ends at the end of input.
 */
final class WavReader {

    private WavReader() {
    }

    /** PCM16LE mono; anything else (or a file that is not WAV) is rejected. */
    static SynthesizedSpeech read(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || in.getInt(0) != 0x46464952 || in.getInt(8) != 0x45564157) {
            throw new IllegalArgumentException("not a RIFF/WAVE file (" + wav.length + " bytes)");
        }
        int position = 12;
        int sampleRate = 0;
        while (position + 8 <= wav.length) {
            int id = in.getInt(position);
            long size = Integer.toUnsignedLong(in.getInt(position + 4));
            int body = position + 8;
            if (id == 0x20746d66) { // "fmt "
                if (size < 16 || body + 16 > wav.length) {
                    throw new IllegalArgumentException("truncated fmt chunk");
                }
                int format = Short.toUnsignedInt(in.getShort(body));
                int channels = in.getShort(body + 2);
                sampleRate = in.getInt(body + 4);
                int bits = in.getShort(body + 14);
                if (format != 1 || channels != 1 || bits != 16 || sampleRate <= 0) {
                    throw new IllegalArgumentException("expected 16-bit PCM mono, got format " + format + ", "
                            + channels + " channels, " + bits + " bits, " + sampleRate + " Hz");
                }
            } else if (id == 0x61746164) { // "data"
                if (sampleRate == 0) {
                    throw new IllegalArgumentException("data chunk before fmt chunk");
                }
                long end = Math.min(body + size, wav.length);
                end -= (end - body) % 2; // whole samples only
                return new SynthesizedSpeech(Arrays.copyOfRange(wav, body, (int) end), sampleRate);
            }
            position = (int) Math.min((long) body + size + (size & 1), wav.length);
        }
        throw new IllegalArgumentException("no data chunk");
    }
}
