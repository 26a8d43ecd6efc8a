package com.interviewed.voice.cascade;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.interviewer.InterviewerReply;
import com.interviewed.questions.Persona;
import com.interviewed.speech.RecognitionListener;
import com.interviewed.speech.RecognitionStream;
import com.interviewed.speech.SpeechRecognizer;
import com.interviewed.speech.SpeechSynthesizer;
import com.interviewed.speech.SynthesizedSpeech;
import com.interviewed.voice.Conversation;
import com.interviewed.voice.SessionWorker;
import com.interviewed.voice.VoiceProperties;
import com.interviewed.voice.VoiceSession;
import com.interviewed.voice.VoiceSessionSpec;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline voice pipeline of one connection: the recogniser endpoints the candidate's speech, the conversation
 * decides the interviewer's reply, and the synthesiser speaks it sentence by sentence so the first sentence plays
 * while the rest is made. Speech from the candidate while the interviewer is audible is a barge-in: the rest of the
 * reply is dropped and only what was heard is kept.
 *
 * <p>Audio arrives on the WebSocket thread; replies are made on this session's own worker so that listening (and
 * so barge-in) never waits for synthesis.
 */
final class CascadeVoiceSession implements VoiceSession, RecognitionListener {

    private static final Logger log = LoggerFactory.getLogger(CascadeVoiceSession.class);
    private static final int AUDIO_CHUNK_BYTES = 16_000;

    private final VoiceSessionSpec spec;
    private final Conversation conversation;
    private final SpeechSynthesizer synthesizer;
    private final PhraseCache phrases;
    private final VoiceProperties properties;
    private final ScheduledExecutorService timers;
    private final ReplyTimers replyTimers;
    private final LongSupplier clock;
    private final RecognitionStream recognition;
    private final SessionWorker worker;

    private volatile InterviewerUtterance current;
    private volatile String candidateMessageId;
    /** The latest spoken answer and when it was taken as finished: speech soon after may continue it. */
    private volatile String lastAnswerId;
    private volatile long lastAnswerAt;
    /** The answer being continued after a thinking pause, while the candidate speaks again. */
    private volatile String continuing;
    private volatile int speakerIndex;
    private volatile long lastCandidateActivity;
    private volatile int silencePrompts;
    private volatile ScheduledFuture<?> silenceTimer;
    /** A reply held back because the answer trailed off ("and…"); speech before it fires continues the answer. */
    private volatile ScheduledFuture<?> heldReply;
    private volatile boolean closed;

    CascadeVoiceSession(VoiceSessionSpec spec, Conversation conversation, SpeechRecognizer recognizer,
            SpeechSynthesizer synthesizer, PhraseCache phrases, VoiceProperties properties,
            ScheduledExecutorService timers, ReplyTimers replyTimers, LongSupplier clock) {
        this.spec = spec;
        this.conversation = conversation;
        this.synthesizer = synthesizer;
        this.phrases = phrases;
        this.properties = properties;
        this.timers = timers;
        this.replyTimers = replyTimers;
        this.clock = clock;
        this.speakerIndex = spec.speakerIndex();
        this.worker = new SessionWorker("voice-" + spec.interviewId().toString().substring(0, 8), e -> {
            log.error("Voice session {} failed a turn", spec.interviewId(), e);
            conversation.error("interviewer_failed", "The interviewer could not answer. Please try again.");
        });
        this.recognition = recognizer.available() ? recognizer.open(this, spec.recognition()) : null;
        this.lastCandidateActivity = clock.getAsLong();
    }

    @Override
    public void start() {
        submit(() -> speak(conversation.opening(), 0));
    }

    @Override
    public void acceptAudio(short[] samples, int length) {
        if (recognition != null && !closed) {
            recognition.accept(samples, length);
        }
    }

    @Override
    public void acceptText(String text) {
        cancelHeldReply();
        interruptInterviewer();
        lastCandidateActivity = clock.getAsLong();
        long at = recognition == null ? 0 : recognition.audioMillis();
        String messageId = candidateMessageId != null && continuing == null ? candidateMessageId
                : UUID.randomUUID().toString();
        candidateMessageId = null;
        continuing = null;
        lastAnswerId = null;
        conversation.candidateFinal(messageId, text, at, at, true);
        reply(new CandidateInput.Answer(text));
    }

    @Override
    public void acceptCode(String language, String code, String testSummary) {
        lastCandidateActivity = clock.getAsLong();
        reply(new CandidateInput.CodeUpdate(language, code, testSummary));
    }

    @Override
    public void requestEnd() {
        cancelHeldReply();
        interruptInterviewer();
        reply(new CandidateInput.EndRequested());
    }

    // Recogniser events, on the thread that feeds audio.

    @Override
    public void onSpeechStarted(long atMillis) {
        long now = clock.getAsLong();
        lastCandidateActivity = now;
        cancelSilenceTimer();
        String previous = lastAnswerId;
        // Withdrawn before the interrupt, so that an interrupted closing line does not end the interview.
        if (previous != null && now - lastAnswerAt <= properties.continuationWindowMillis()
                && conversation.candidateResumed(previous)) {
            cancelHeldReply();
            continuing = previous;
            candidateMessageId = previous;
        } else {
            continuing = null;
            candidateMessageId = UUID.randomUUID().toString();
        }
        interruptInterviewer();
        conversation.candidateSpeechStarted(candidateMessageId);
    }

    @Override
    public void onPartial(String text) {
        if (candidateMessageId != null && !text.isBlank()) {
            conversation.candidatePartial(candidateMessageId, text);
        }
    }

    @Override
    public void onFinal(String text, long startMillis, long endMillis) {
        long now = clock.getAsLong();
        lastCandidateActivity = now;
        String continued = continuing;
        continuing = null;
        String messageId = candidateMessageId != null && continued == null ? candidateMessageId
                : UUID.randomUUID().toString();
        candidateMessageId = null;
        if (continued != null) {
            String whole = conversation.candidateContinued(continued, text == null ? "" : text, endMillis);
            if (whole != null) {
                lastAnswerId = continued;
                lastAnswerAt = now;
                answer(whole);
                return;
            }
        }
        if (text == null || text.isBlank()) {
            // Noise or a cough: nothing to answer, and the interviewer keeps waiting.
            scheduleSilencePrompt(now);
            return;
        }
        conversation.candidateFinal(messageId, text.strip(), startMillis, endMillis, false);
        lastAnswerId = messageId;
        lastAnswerAt = now;
        answer(text.strip());
    }

    /** Replies to a spoken answer; one that trails off ("and…", "um…") is given a moment more first. */
    private void answer(String text) {
        long answeredAt = System.nanoTime();
        CandidateInput input = new CandidateInput.Answer(text);
        if (properties.hesitationWaitMillis() > 0 && TrailingWords.leadsOn(text)) {
            cancelSilenceTimer();
            heldReply = timers.schedule(() -> reply(input, answeredAt), properties.hesitationWaitMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            reply(input, answeredAt);
        }
    }

    private void cancelHeldReply() {
        ScheduledFuture<?> held = heldReply;
        if (held != null) {
            held.cancel(false);
        }
    }

    private void reply(CandidateInput input) {
        reply(input, 0);
    }

    /** {@code answeredAt}: when the spoken answer was recognised ({@link System#nanoTime}), to time the reply. */
    private void reply(CandidateInput input, long answeredAt) {
        cancelSilenceTimer();
        submit(() -> {
            InterviewerReply next = conversation.nextTurn(input);
            if (answeredAt != 0 && next != null) {
                replyTimers.decided(answeredAt);
            }
            speak(next, answeredAt);
        });
    }

    private void interruptInterviewer() {
        InterviewerUtterance utterance = current;
        long now = clock.getAsLong();
        if (utterance == null || !utterance.audibleAt(now, properties.playbackMarginMillis())) {
            return;
        }
        utterance.cancel();
        current = null;
        if (utterance.announced()) {
            conversation.bargeIn();
        }
        // Recorded on the worker: a reply still being synthesised is announced there or not at all, so this comes
        // after its start, and a reply never announced needs no record.
        record(() -> {
            if (utterance.announced()) {
                conversation.interviewerFinished(utterance.messageId, utterance.spokenBy(now), true);
            }
        });
    }

    /** Runs on the worker. */
    private void speak(InterviewerReply reply, long answeredAt) {
        if (closed || reply == null) {
            return;
        }
        speakerIndex = reply.speakerIndex();
        String text = reply.text() == null ? "" : reply.text().strip();
        if (text.isEmpty()) {
            return;
        }
        finishPrevious();
        Persona voice = spec.interviewers().get(Math.min(speakerIndex, spec.interviewers().size() - 1));
        InterviewerUtterance utterance = new InterviewerUtterance(UUID.randomUUID().toString(), text);
        current = utterance;
        List<String> sentences = SentenceSplitter.split(text);
        for (String sentence : sentences) {
            SynthesizedSpeech speech = synthesize(sentence, voice.offlineVoice());
            if (utterance.cancelled() || closed) {
                return;
            }
            if (!utterance.announced()) {
                utterance.announce();
                conversation.interviewerStarted(utterance.messageId, speakerIndex, text,
                        speech == null ? 16_000 : speech.sampleRate());
            }
            if (speech != null) {
                send(utterance, speech);
                utterance.played(sentence, speech.durationMillis(), clock.getAsLong());
                if (answeredAt != 0) {
                    replyTimers.firstAudio(answeredAt);
                    answeredAt = 0;
                }
            }
        }
        utterance.synthesisDone();
        long playbackEnd = utterance.playbackEndMillis(clock.getAsLong()) + properties.playbackMarginMillis();
        long delay = Math.max(0, playbackEnd - clock.getAsLong());
        timers.schedule(() -> submit(() -> finishIfCurrent(utterance)), delay, TimeUnit.MILLISECONDS);
        if (reply.action() != InterviewerReply.Action.END && reply.action() != InterviewerReply.Action.WAIT) {
            silencePrompts = 0;
            scheduleSilencePrompt(playbackEnd);
        }
    }

    private SynthesizedSpeech synthesize(String sentence, String voice) {
        if (!synthesizer.available()) {
            return null;
        }
        try {
            return phrases.synthesize(sentence, voice);
        } catch (RuntimeException e) {
            log.warn("Speech synthesis failed; the interviewer's words are shown as text only", e);
            return null;
        }
    }

    private void send(InterviewerUtterance utterance, SynthesizedSpeech speech) {
        byte[] pcm = speech.pcm16le();
        for (int offset = 0; offset < pcm.length && !utterance.cancelled(); offset += AUDIO_CHUNK_BYTES) {
            int end = Math.min(pcm.length, offset + AUDIO_CHUNK_BYTES);
            byte[] chunk = new byte[end - offset];
            System.arraycopy(pcm, offset, chunk, 0, chunk.length);
            conversation.interviewerAudio(utterance.messageId, chunk);
        }
    }

    /** A new reply supersedes one still playing: it counts as fully spoken. */
    private void finishPrevious() {
        InterviewerUtterance previous = current;
        if (previous != null && !previous.cancelled()) {
            previous.cancel();
            conversation.interviewerFinished(previous.messageId, previous.fullText, false);
        }
    }

    private void finishIfCurrent(InterviewerUtterance utterance) {
        if (current == utterance && !utterance.cancelled()) {
            utterance.cancel();
            current = null;
            conversation.interviewerFinished(utterance.messageId, utterance.fullText, false);
        }
    }

    private void scheduleSilencePrompt(long fromMillis) {
        cancelSilenceTimer();
        if (closed) {
            return;
        }
        int seconds = properties.silencePromptSeconds() * (1 << Math.min(silencePrompts, 3));
        long delay = Math.max(0, fromMillis - clock.getAsLong()) + seconds * 1000L;
        silenceTimer = timers.schedule(() -> submit(() -> {
            long quietFor = clock.getAsLong() - Math.max(lastCandidateActivity, fromMillis);
            if (closed || current != null || candidateMessageId != null || quietFor < seconds * 1000L - 50) {
                return;
            }
            silencePrompts++;
            speak(conversation.nextTurn(new CandidateInput.Silence((int) (quietFor / 1000))), 0);
        }), delay, TimeUnit.MILLISECONDS);
    }

    private void cancelSilenceTimer() {
        ScheduledFuture<?> timer = silenceTimer;
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void submit(Runnable task) {
        if (!closed) {
            worker.submit(task);
        }
    }

    /** Bookkeeping on the worker, after what is queued, even when the session closes meanwhile. */
    private void record(Runnable task) {
        worker.submitEvenIfStopped(task);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cancelSilenceTimer();
        cancelHeldReply();
        InterviewerUtterance utterance = current;
        if (utterance != null && !utterance.cancelled()) {
            utterance.cancel();
            long now = clock.getAsLong();
            boolean heardAll = !utterance.audibleAt(now, 0);
            record(() -> {
                if (utterance.announced()) {
                    conversation.interviewerFinished(utterance.messageId,
                            heardAll ? utterance.fullText : utterance.spokenBy(now), !heardAll);
                }
            });
        }
        worker.stop();
        if (recognition != null) {
            recognition.close();
        }
    }
}
