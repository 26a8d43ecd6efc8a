package com.interviewed.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class WavReaderTest {

    @Test
    void readsPcmWhenTheLengthsAreBogus() {
        byte[] wav = wav(0x7fffffff, 0x7fffffff, new byte[] {1, 2, 3, 4, 5, 6});

        SynthesizedSpeech speech = WavReader.read(wav);

        assertThat(speech.sampleRate()).isEqualTo(16_000);
        assertThat(speech.pcm16le()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void stopsAtTheDeclaredDataLengthAndDropsAHalfSample() {
        assertThat(WavReader.read(wav(100, 4, new byte[] {1, 2, 3, 4, 9, 9})).pcm16le()).containsExactly(1, 2, 3, 4);
        assertThat(WavReader.read(wav(100, 100, new byte[] {1, 2, 3})).pcm16le()).containsExactly(1, 2);
    }

    @Test
    void skipsOtherChunksBeforeTheData() {
        ByteBuffer out = ByteBuffer.allocate(12 + 24 + 8 + 3 + 1 + 8 + 2).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(0).put("WAVE".getBytes());
        fmt(out);
        out.put("LIST".getBytes()).putInt(3).put(new byte[] {7, 7, 7, 0}); // odd chunk, padded
        out.put("data".getBytes()).putInt(2).put(new byte[] {5, 6});

        assertThat(WavReader.read(out.array()).pcm16le()).containsExactly(5, 6);
    }

    @Test
    void rejectsWhatIsNotPcm16Mono() {
        assertThatThrownBy(() -> WavReader.read("hello".getBytes())).isInstanceOf(IllegalArgumentException.class);
        byte[] stereo = wav(100, 4, new byte[4]);
        ByteBuffer.wrap(stereo).order(ByteOrder.LITTLE_ENDIAN).putShort(22, (short) 2);
        assertThatThrownBy(() -> WavReader.read(stereo)).hasMessageContaining("2 channels");
        byte[] noData = new byte[36];
        System.arraycopy(wav(100, 0, new byte[0]), 0, noData, 0, 36);
        assertThatThrownBy(() -> WavReader.read(noData)).hasMessageContaining("no data");
    }

    private static byte[] wav(int riffLength, int dataLength, byte[] data) {
        ByteBuffer out = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(riffLength).put("WAVE".getBytes());
        fmt(out);
        out.put("data".getBytes()).putInt(dataLength).put(data);
        return out.array();
    }

    private static void fmt(ByteBuffer out) {
        out.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(16_000)
                .putInt(32_000).putShort((short) 2).putShort((short) 16);
    }
}
