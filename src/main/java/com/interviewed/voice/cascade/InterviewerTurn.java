package com.interviewed.voice.cascade;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.voice.InterviewerMove;
import com.interviewed.voice.VoiceConversation;
import java.time.Duration;
import java.util.UUID;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interviewer's side of the {@link TurnDetector}: idle, thinking (a move is being decided, off the worker),
 * speaking, or cut off (the candidate interrupted; real or false is known when their utterance ends). On the worker.
 *
 * <p>A move is committed to the interview when it starts being spoken, or, while the answer it replies to may still
 * be continued, when that window closes or it was heard in full: a reply cut off by the rest of the answer is never
 * committed, so nothing has to be withdrawn.
 */
final class InterviewerTurn implements ReplySpeaker.Listener {

    enum State { IDLE, THINKING, SPEAKING, CUT_OFF }

    /** What the candidate's side is told, and asked. */
    interface Answers {

        /** How much longer the answer {@code move} replies to may be continued; zero if it may not. */
        long continuationLeft(InterviewerMove move);

        /** A move was committed: the answer before it is closed. */
        void committed();

        /** The interviewer finished speaking {@code move} in full. */
        void spoken(InterviewerMove move);
    }

    private static final Logger log = LoggerFactory.getLogger(InterviewerTurn.class);

    private final SessionLoop loop;
    private final VoiceConversation conversation;
    private final ReplyTimers replyTimers;
    private final IntFunction<String> voiceOf;
    private final Answers answers;
    private ReplySpeaker speaker;
    private State state = State.IDLE;
    /** Decisions requested in an earlier epoch are dropped when they arrive: a newer input superseded them. */
    private long epoch;
    private int deciding;
    private InterviewerUtterance uncommitted;
    private SessionLoop.Timer commitTimer;
    private InterviewerUtterance cutOff;
    private long cutAt;

    InterviewerTurn(SessionLoop loop, VoiceConversation conversation, ReplyTimers replyTimers,
            IntFunction<String> voiceOf, Answers answers) {
        this.loop = loop;
        this.conversation = conversation;
        this.replyTimers = replyTimers;
        this.voiceOf = voiceOf;
        this.answers = answers;
    }

    void speakWith(ReplySpeaker speaker) {
        this.speaker = speaker;
    }

    State state() {
        settle();
        return state;
    }

    /** A reply is on its way or playing and not yet committed. */
    boolean replying() {
        return uncommitted != null || deciding > 0;
    }

    /** Decides the move after {@code input} off the worker; {@code recognisedAt} (nanos) times the reply, or 0. */
    void requestReply(CandidateInput input, long recognisedAt) {
        long requestedIn = epoch;
        deciding++;
        settle();
        loop.deciding(() -> {
            InterviewerMove move = conversation.decide(input);
            loop.onWorker(() -> decided(requestedIn, move, recognisedAt));
        });
    }

    /** A new input makes whatever reply is being decided, or not yet heard, obsolete. */
    void supersede() {
        epoch++;
        speaker.dropUnannounced();
        settle();
    }

    /** The candidate's utterance after an interruption ended: with words it was real, without it was false. */
    void utteranceEnded(boolean words, boolean resumeFalseInterruption) {
        if (cutOff == null) {
            return;
        }
        if (!words && resumeFalseInterruption) {
            resume();
        } else {
            confirmCut();
        }
    }

    /** A typed answer or an end request: an interruption by them is always real. */
    void interruptedForSure() {
        if (cutOff != null) {
            confirmCut();
        }
    }

    /** The session closes: what was playing is recorded as far as it was heard. */
    void close() {
        cancel(commitTimer);
        interruptedForSure();
        InterviewerUtterance playing = speaker.stopCurrent();
        if (playing != null && playing.announced()) {
            long now = loop.now();
            boolean heardAll = !playing.audibleAt(now, 0);
            conversation.interviewerFinished(playing.messageId, heardAll ? playing.fullText : playing.spokenBy(now),
                    !heardAll);
        }
    }

    private void decided(long requestedIn, InterviewerMove move, long recognisedAt) {
        deciding--;
        if (requestedIn != epoch || move == null) {
            settle();
            return;
        }
        if (recognisedAt != 0) {
            replyTimers.decided(recognisedAt);
        }
        String text = move.reply().text() == null ? "" : move.reply().text().strip();
        if (text.isEmpty()) {
            commit(move);
            settle();
            return;
        }
        int speakerIndex = move.reply().speakerIndex();
        InterviewerUtterance utterance = new InterviewerUtterance(UUID.randomUUID().toString(), text, speakerIndex,
                voiceOf.apply(speakerIndex), move);
        utterance.timedFrom(recognisedAt);
        state = State.SPEAKING;
        speaker.speak(utterance);
    }

    @Override
    public boolean startsSpeaking(InterviewerUtterance utterance) {
        if (utterance.recognisedAt() != 0) {
            replyTimers.firstAudio(utterance.recognisedAt());
        }
        long windowLeft = answers.continuationLeft(utterance.move);
        if (windowLeft > 0) {
            uncommitted = utterance;
            commitTimer = loop.after(Duration.ofMillis(windowLeft), this::commitUncommitted);
            return true;
        }
        if (commit(utterance.move)) {
            return true;
        }
        // Decided on a state that has changed since: decide again on the current one.
        requestReply(utterance.move.input(), 0);
        return false;
    }

    @Override
    public void finishedSpeaking(InterviewerUtterance utterance) {
        if (uncommitted != null && uncommitted.move == utterance.move) {
            commitUncommitted();
        }
        conversation.interviewerFinished(utterance.messageId, utterance.fullText, false);
        settle();
        answers.spoken(utterance.move);
    }

    @Override
    public void cutOff(InterviewerUtterance utterance, long atMillis) {
        if (!utterance.announced()) {
            if (uncommitted == utterance) {
                dropUncommitted();
            }
            settle();
            return;
        }
        cutOff = utterance;
        cutAt = atMillis;
        state = State.CUT_OFF;
    }

    private void confirmCut() {
        InterviewerUtterance utterance = cutOff;
        cutOff = null;
        conversation.interviewerFinished(utterance.messageId, utterance.spokenBy(cutAt), true);
        if (uncommitted != null && uncommitted.move == utterance.move) {
            dropUncommitted();
        }
        settle();
    }

    /** A false interruption: the interviewer goes on from the sentence it was saying; its turn stays whole. */
    private void resume() {
        InterviewerUtterance was = cutOff;
        InterviewerUtterance rest = was.resumedAt(cutAt);
        cutOff = null;
        if (uncommitted != null && uncommitted.move == was.move) {
            uncommitted = rest;
        }
        if (rest.sentences.isEmpty()) {
            finishedSpeaking(rest);
            return;
        }
        state = State.SPEAKING;
        speaker.speak(rest);
    }

    private boolean commit(InterviewerMove move) {
        boolean committed = conversation.commit(move);
        if (committed) {
            answers.committed();
        }
        return committed;
    }

    private void commitUncommitted() {
        InterviewerUtterance utterance = uncommitted;
        if (utterance == null) {
            return;
        }
        dropUncommitted();
        if (!commit(utterance.move)) {
            log.info("A reply was spoken after the interview's state had moved on; it is kept as said");
        }
    }

    private void dropUncommitted() {
        uncommitted = null;
        cancel(commitTimer);
    }

    /** The state from what is actually going on. */
    private void settle() {
        if (cutOff != null) {
            state = State.CUT_OFF;
        } else if (speaker.current() != null) {
            state = State.SPEAKING;
        } else {
            state = deciding > 0 ? State.THINKING : State.IDLE;
        }
    }

    private static void cancel(SessionLoop.Timer timer) {
        if (timer != null) {
            timer.cancel();
        }
    }
}
