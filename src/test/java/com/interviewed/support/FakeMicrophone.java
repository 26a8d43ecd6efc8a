package com.interviewed.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * What Chromium's fake capture device "hears" in browser tests: sentences said by a flite voice between stretches
 * of silence, written to a WAV file that Chromium loops.
 */
public final class FakeMicrophone {

    private FakeMicrophone() {
    }

    /** Chromium flags that take the microphone from {@code wav} and let the page play audio without a gesture. */
    public static List<String> chromiumArgs(Path wav) {
        return List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + wav, "--autoplay-policy=no-user-gesture-required");
    }

    /** {@code before} of silence, the sentences with {@code pause} between them, then {@code after} of silence. */
    public static Path recording(Duration before, Duration pause, Duration after, String voice, String... sentences) {
        try {
            Path spoken = Files.createTempFile("said", ".wav");
            AudioFormat format = null;
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int i = 0; i < sentences.length; i++) {
                Process flite = new ProcessBuilder("flite", "-voice", voice, "-t", sentences[i], "-o",
                        spoken.toString()).redirectErrorStream(true).start();
                if (flite.waitFor() != 0) {
                    throw new IllegalStateException("flite failed: run bin/setup");
                }
                try (AudioInputStream in = AudioSystem.getAudioInputStream(spoken.toFile())) {
                    format = in.getFormat();
                    all.write(silence(format, i == 0 ? before : pause));
                    all.write(in.readAllBytes());
                }
            }
            all.write(silence(format, after));
            return write(format, all.toByteArray());
        } catch (IOException | UnsupportedAudioFileException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A microphone that hears nothing. */
    public static Path silent(Duration length) {
        AudioFormat format = new AudioFormat(16_000, 16, 1, true, false);
        try {
            return write(format, silence(format, length));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(AudioFormat format, byte[] audio) throws IOException {
        Path microphone = Files.createTempFile("microphone", ".wav");
        try (AudioInputStream out = new AudioInputStream(new ByteArrayInputStream(audio), format,
                audio.length / format.getFrameSize())) {
            AudioSystem.write(out, AudioFileFormat.Type.WAVE, microphone.toFile());
        }
        return microphone;
    }

    private static byte[] silence(AudioFormat format, Duration length) {
        long frames = (long) (format.getSampleRate() * length.toMillis() / 1000);
        return new byte[(int) frames * format.getFrameSize()];
    }
}
