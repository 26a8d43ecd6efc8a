package com.interviewed.voice.cascade;

import com.interviewed.speech.SynthesizedSpeech;
import com.interviewed.voice.VoiceConversation;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks the interviewer's utterances sentence by sentence: each sentence is synthesised off the worker and sent
 * from the worker, so the first plays while the rest is made and the worker never waits for the synthesiser.
 *
 * <p>{@link #interrupt} is the priority lane: any thread may call it, it flips the current utterance's stop flag
 * atomically and tells the browser to stop playback; everything else happens on the worker.
 */
final class ReplySpeaker {

    /** What the session does at the turning points of an utterance; called on the worker. */
    interface Listener {

        /** The first audio is ready: commit the move now or later; false drops the utterance (a stale move). */
        boolean startsSpeaking(InterviewerUtterance utterance);

        /** The browser has played all of it. */
        void finishedSpeaking(InterviewerUtterance utterance);

        /** The candidate cut it off at {@code atMillis} (real or false interruption: the listener decides). */
        void cutOff(InterviewerUtterance utterance, long atMillis);
    }

    private static final Logger log = LoggerFactory.getLogger(ReplySpeaker.class);
    private static final int AUDIO_CHUNK_BYTES = 16_000;

    private final SessionLoop loop;
    private final VoiceConversation conversation;
    private final BiFunction<String, String, SynthesizedSpeech> synthesizer;
    private final Duration playbackMargin;
    private final Listener listener;
    private final AtomicReference<InterviewerUtterance> current = new AtomicReference<>();

    /** {@code synthesizer}: (sentence, voice) to speech, or null when speech cannot be made (text only). */
    ReplySpeaker(SessionLoop loop, VoiceConversation conversation,
            BiFunction<String, String, SynthesizedSpeech> synthesizer, Duration playbackMargin, Listener listener) {
        this.loop = loop;
        this.conversation = conversation;
        this.synthesizer = synthesizer;
        this.playbackMargin = playbackMargin;
        this.listener = listener;
    }

    /** On the worker: says {@code utterance}, superseding whatever is playing (which counts as fully spoken). */
    void speak(InterviewerUtterance utterance) {
        InterviewerUtterance previous = current.getAndSet(utterance);
        if (previous != null && previous.stop() && previous.announced()) {
            listener.finishedSpeaking(previous);
        }
        synthesise(utterance, 0);
    }

    /** On the worker: stops the current utterance without a record, if it was not announced yet. */
    void dropUnannounced() {
        InterviewerUtterance utterance = current.get();
        if (utterance != null && !utterance.announced() && utterance.stop()) {
            current.compareAndSet(utterance, null);
        }
    }

    /**
     * Any thread: cuts the interviewer off if it is audible at {@code nowMillis}. Returns true if this call did (the
     * browser is told at once; the worker then gets {@link Listener#cutOff}).
     */
    boolean interrupt(long nowMillis) {
        while (true) {
            InterviewerUtterance utterance = current.get();
            if (utterance == null || !utterance.audibleAt(nowMillis, playbackMargin.toMillis())) {
                return false;
            }
            if (utterance.stop()) {
                current.compareAndSet(utterance, null);
                if (utterance.announced()) {
                    conversation.bargeIn();
                }
                loop.onWorkerEvenIfStopped(() -> listener.cutOff(utterance, nowMillis));
                return true;
            }
            // Stopped by the worker meanwhile: a newer utterance may have taken its place; look again.
            if (current.get() == utterance) {
                return false;
            }
        }
    }

    /** Audible now: playing, or still being made. */
    boolean audible(long nowMillis) {
        InterviewerUtterance utterance = current.get();
        return utterance != null && utterance.audibleAt(nowMillis, playbackMargin.toMillis());
    }

    InterviewerUtterance current() {
        return current.get();
    }

    /** On the worker, when the session closes: the utterance playing, stopped; null if none was. */
    InterviewerUtterance stopCurrent() {
        InterviewerUtterance utterance = current.getAndSet(null);
        return utterance != null && utterance.stop() ? utterance : null;
    }

    private void synthesise(InterviewerUtterance utterance, int index) {
        String sentence = utterance.sentences.get(index);
        loop.synthesising(() -> {
            if (utterance.stopped()) {
                return;
            }
            SynthesizedSpeech speech = synthesize(sentence, utterance.voice);
            loop.onWorker(() -> deliver(utterance, index, speech));
        });
    }

    private SynthesizedSpeech synthesize(String sentence, String voice) {
        try {
            return synthesizer.apply(sentence, voice);
        } catch (RuntimeException e) {
            log.warn("Speech synthesis failed; the interviewer's words are shown as text only", e);
            return null;
        }
    }

    /** On the worker: one sentence is ready. */
    private void deliver(InterviewerUtterance utterance, int index, SynthesizedSpeech speech) {
        if (utterance.stopped()) {
            return;
        }
        if (index == 0) {
            int sampleRate = speech == null ? 16_000 : speech.sampleRate();
            if (utterance.announced()) {
                conversation.interviewerResumed(utterance.messageId, sampleRate);
            } else {
                if (!listener.startsSpeaking(utterance)) {
                    utterance.stop();
                    current.compareAndSet(utterance, null);
                    return;
                }
                utterance.announce();
                conversation.interviewerStarted(utterance.messageId, utterance.speakerIndex, utterance.fullText,
                        sampleRate);
            }
        }
        if (speech != null) {
            send(utterance, speech);
            utterance.played(index, speech.durationMillis(), loop.now());
            if (index + 1 < utterance.sentences.size()) {
                reportHeardWhenPlayed(utterance);
            }
        }
        if (index + 1 < utterance.sentences.size()) {
            synthesise(utterance, index + 1);
            return;
        }
        utterance.synthesisDone();
        long delay = Math.max(0, utterance.playbackEndMillis(loop.now()) - loop.now()) + playbackMargin.toMillis();
        loop.after(Duration.ofMillis(delay), () -> {
            if (current.compareAndSet(utterance, null) && utterance.stop()) {
                listener.finishedSpeaking(utterance);
            }
        });
    }

    /** When the audio sent so far has played, the part heard is recorded, in case the session dies mid-speech. */
    private void reportHeardWhenPlayed(InterviewerUtterance utterance) {
        long delay = Math.max(0, utterance.playbackEndMillis(loop.now()) - loop.now());
        loop.after(Duration.ofMillis(delay), () -> {
            if (!utterance.stopped()) {
                conversation.interviewerHeard(utterance.messageId, utterance.spokenBy(loop.now()));
            }
        });
    }

    private void send(InterviewerUtterance utterance, SynthesizedSpeech speech) {
        byte[] pcm = speech.pcm16le();
        for (int offset = 0; offset < pcm.length && !utterance.stopped(); offset += AUDIO_CHUNK_BYTES) {
            int end = Math.min(pcm.length, offset + AUDIO_CHUNK_BYTES);
            byte[] chunk = new byte[end - offset];
            System.arraycopy(pcm, offset, chunk, 0, chunk.length);
            conversation.interviewerAudio(utterance.messageId, chunk);
        }
    }
}
