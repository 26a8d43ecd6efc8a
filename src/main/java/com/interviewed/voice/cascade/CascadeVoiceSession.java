package com.interviewed.voice.cascade;

import com.interviewed.questions.Persona;
import com.interviewed.speech.RecognitionListener;
import com.interviewed.speech.RecognitionStream;
import com.interviewed.speech.RecognizedWord;
import com.interviewed.speech.SpeechRecognizer;
import com.interviewed.speech.SpeechUnavailableException;
import com.interviewed.voice.VoiceConversation;
import com.interviewed.voice.VoiceProperties;
import com.interviewed.voice.VoiceSession;
import com.interviewed.voice.VoiceSessionSpec;
import java.util.List;
import java.util.function.BiFunction;
import com.interviewed.speech.SynthesizedSpeech;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline voice pipeline of one connection: recogniser → {@link TurnDetector} → interviewer → synthesiser →
 * browser. Audio arrives on the WebSocket thread, which only feeds the recogniser and enqueues what it reports on
 * the session's worker, where all turn state lives. The one exception is interruption, a priority lane: words from
 * the candidate while the interviewer is audible cut it off at once from the audio thread ({@link ReplySpeaker#interrupt}).
 */
final class CascadeVoiceSession implements VoiceSession, RecognitionListener {

    private static final Logger log = LoggerFactory.getLogger(CascadeVoiceSession.class);

    private final SessionLoop loop;
    private final VoiceConversation conversation;
    private final VoiceProperties.Turn settings;
    private final TurnDetector turns;
    private final ReplySpeaker speaker;
    private final RecognitionStream recognition;
    private final String unavailable;
    private final java.util.UUID interviewId;
    private volatile boolean closed;

    CascadeVoiceSession(VoiceSessionSpec spec, VoiceConversation conversation, SpeechRecognizer recognizer,
            BiFunction<String, String, SynthesizedSpeech> synthesizer, VoiceProperties.Turn settings,
            SessionLoop loop, ReplyTimers replyTimers) {
        this.loop = loop;
        this.conversation = conversation;
        this.settings = settings;
        this.interviewId = spec.interviewId();
        List<Persona> voices = spec.interviewers();
        this.turns = new TurnDetector(loop, conversation, settings, replyTimers,
                index -> voices.get(Math.max(0, Math.min(index, voices.size() - 1))).offlineVoice());
        this.speaker = new ReplySpeaker(loop, conversation, synthesizer, settings.playbackMargin(),
                turns.interviewer());
        turns.interviewer().speakWith(speaker);
        RecognitionStream stream = null;
        String reason = null;
        if (!recognizer.available()) {
            reason = "Speech recognition is not installed on this server: please type your answers.";
        } else {
            try {
                stream = recognizer.openOnDemand(this, settings.answerEndSilence(), spec.recognition(),
                        spec.account());
            } catch (SpeechUnavailableException e) {
                log.warn("Interview {} works in typed mode: {}", spec.interviewId(), e.getMessage());
                reason = "Speech recognition is not available right now: please type your answers.";
            }
        }
        this.recognition = stream;
        this.unavailable = reason;
    }

    @Override
    public void start() {
        loop.onWorker(() -> {
            if (unavailable != null) {
                conversation.speechUnavailable(unavailable);
            }
            turns.start();
        });
    }

    @Override
    public void acceptAudio(short[] samples, int length) {
        if (recognition != null && !closed) {
            recognition.accept(samples, length);
        }
    }

    @Override
    public void acceptText(String text) {
        speaker.interrupt(loop.now());
        long at = recognition == null ? 0 : recognition.audioMillis();
        loop.onWorker(() -> turns.typed(text, at));
    }

    @Override
    public void acceptCode(String language, String code, String testSummary) {
        loop.onWorker(() -> turns.code(language, code, testSummary));
    }

    @Override
    public void requestEnd() {
        speaker.interrupt(loop.now());
        loop.onWorker(turns::endRequested);
    }

    // Recogniser events, on the thread that feeds audio: only the interruption is acted on here.

    @Override
    public void onSpeechStarted(long atMillis) {
        loop.onWorker(turns::speechStarted);
    }

    @Override
    public void onPartial(String text) {
        interruptIfWords(text);
        loop.onWorker(() -> turns.partial(text));
    }

    @Override
    public void onFinal(String text, long startMillis, long endMillis) {
        onFinal(text, startMillis, endMillis, List.of());
    }

    /** The final with each word's confidence, which the transcript keeps so the candidate sees what to correct. */
    @Override
    public void onFinal(String text, long startMillis, long endMillis, List<RecognizedWord> words) {
        if (closed) {
            loop.onWorkerEvenIfStopped(() -> turns.finalTextAtClose(text, startMillis, endMillis, words));
            return;
        }
        interruptIfWords(text);
        loop.onWorker(() -> turns.finalText(text, startMillis, endMillis, words));
    }

    @Override
    public void onUnavailable(String reason) {
        loop.onWorker(() -> conversation.speechUnavailable(
                "Speech recognition is not available right now (" + reason + "): please type your answers."));
    }

    private void interruptIfWords(String text) {
        if (SpokenWords.count(text) >= settings.interruptionWords()) {
            speaker.interrupt(loop.now());
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (recognition != null) {
            // What the candidate said up to the moment the browser went away is kept, not lost with the decoder.
            try {
                recognition.flush();
            } catch (RuntimeException e) {
                log.warn("Could not finish the last utterance of interview {}: {}", interviewId, e.getMessage());
            }
        }
        loop.onWorkerEvenIfStopped(turns::close);
        loop.stop();
        if (recognition != null) {
            recognition.close();
        }
    }
}
