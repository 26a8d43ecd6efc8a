package com.interviewed.cloud;

import com.interviewed.interviewer.Utterance;
import com.interviewed.voice.VoiceConversation;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * The turns of a Nova Sonic interview as the candidate hears them: which interviewer turn is being generated, which
 * one the browser is still playing, what of it was spoken, and when a barge-in cuts it. It reports turns to the
 * {@link VoiceConversation} and keeps the history replayed into later Nova sessions. Nova generates audio faster than
 * real time, so a turn Nova finished still counts as playing until its audio has played in the browser; a barge-in
 * then keeps the share of the words heard so far. The states use the cascade's turn-taking vocabulary (LiveKit's
 * {@code turn_tracker.py} phases: USER_SPEAKING, USER_FINISHED, ASSISTANT_RESPONDING). Confined to the session's
 * worker, on its clock.
 */
final class SonicTurnTracker {

    /** Interviewer audio bytes per millisecond at 24 kHz PCM16 mono. */
    static final int OUTPUT_BYTES_PER_MS = SonicEvents.OUTPUT_RATE * 2 / 1000;
    static final long PLAYBACK_MARGIN_MS = 250;
    static final long VOICE_HANGOVER_MS = 1500;

    /** Runs a task on the session's worker after a delay. */
    @FunctionalInterface
    interface Later {
        void run(Runnable task, long delayMillis);
    }

    /** The panelist currently speaking for the interviewer. */
    interface Speaker {
        int index();

        String name();
    }

    private final VoiceConversation conversation;
    private final List<Utterance> history;
    private final LongSupplier clock;
    private final Later later;
    private final Speaker speaker;
    private final String candidateName;

    private Turn turn;
    private Turn playing;
    /** After a barge-in, the rest of the interrupted reply still arrives from Nova and must not play. */
    private boolean awaitingNewTurn;
    private boolean replyOwed;
    private long lastVoiceAt = Long.MIN_VALUE / 2;
    private String lastTyped;

    SonicTurnTracker(VoiceConversation conversation, List<Utterance> history, LongSupplier clock, Later later,
            Speaker speaker, String candidateName) {
        this.conversation = conversation;
        this.history = history;
        this.clock = clock;
        this.later = later;
        this.speaker = speaker;
        this.candidateName = candidateName;
    }

    /** The candidate's side, as the cascade's {@code TurnDetector} names it. */
    enum Candidate { QUIET, SPEAKING }

    /**
     * The interviewer's side, as the cascade's {@code InterviewerTurn} names it: thinking once the candidate answered
     * and until Nova starts its reply, speaking while Nova generates or the browser still plays it, cut off after a
     * barge-in until the next reply starts.
     */
    enum Interviewer { IDLE, THINKING, SPEAKING, CUT_OFF }

    Candidate candidate() {
        return clock.getAsLong() - lastVoiceAt < VOICE_HANGOVER_MS ? Candidate.SPEAKING : Candidate.QUIET;
    }

    Interviewer interviewer() {
        if (turn != null || (playing != null && playing.playbackEnd() + PLAYBACK_MARGIN_MS > clock.getAsLong())) {
            return Interviewer.SPEAKING;
        }
        if (replyOwed) {
            return Interviewer.THINKING;
        }
        return awaitingNewTurn ? Interviewer.CUT_OFF : Interviewer.IDLE;
    }

    /** Not a moment to switch Nova sessions: Nova is generating, or the candidate is speaking. */
    boolean busy() {
        return turn != null || candidate() == Candidate.SPEAKING;
    }

    /** The candidate answered and no interviewer turn followed yet: a fresh Nova session must reply. */
    boolean replyOwed() {
        return replyOwed;
    }

    void candidateVoiced() {
        lastVoiceAt = clock.getAsLong();
    }

    /** Nova's transcript of the candidate: the answer ends whatever the interviewer was saying. */
    void candidateSaid(String text, long endMillis) {
        if (text.equals(lastTyped)) {
            // Nova echoes typed input as the user's turn; it is already in the transcript.
            lastTyped = null;
            return;
        }
        finishTurn();
        // Nova's transcript has no per-word confidence, so nothing is marked unsure.
        conversation.candidateFinal(UUID.randomUUID().toString(), text, Math.max(0, endMillis - 1), endMillis, false,
                List.of());
        history.add(new Utterance("candidate", candidateName, text));
        replyOwed = true;
    }

    /** A typed answer interrupts like speech, decided here rather than by Nova. */
    void candidateTyped(String text, long atMillis) {
        interrupt();
        conversation.candidateFinal(UUID.randomUUID().toString(), text, atMillis, atMillis, true, List.of());
        history.add(new Utterance("candidate", candidateName, text));
        lastTyped = text.strip();
        replyOwed = true;
    }

    void preview(String text) {
        if (turn == null) {
            startTurn(text);
        }
        awaitingNewTurn = false;
    }

    void spoke(String text) {
        if (awaitingNewTurn) {
            return;
        }
        if (turn == null) {
            startTurn(text);
        }
        turn.spoken.append(turn.spoken.isEmpty() ? "" : " ").append(text);
    }

    void audio(byte[] pcm) {
        if (awaitingNewTurn) {
            return;
        }
        if (turn == null) {
            startTurn("");
        }
        if (turn.firstAudioAt < 0) {
            turn.firstAudioAt = clock.getAsLong();
        }
        turn.audioBytes += pcm.length;
        conversation.interviewerAudio(turn.id, pcm);
    }

    /** Nova's turn is complete: it counts as spoken once the browser has played it. */
    void finishTurn() {
        Turn t = turn;
        if (t == null) {
            return;
        }
        turn = null;
        t.historyIndex = history.size();
        history.add(new Utterance("interviewer", speaker.name(), t.spokenOrPreview()));
        reportPlayed();
        long delay = Math.max(0, t.playbackEnd() + PLAYBACK_MARGIN_MS - clock.getAsLong());
        if (delay == 0) {
            conversation.interviewerFinished(t.id, t.spokenOrPreview(), false);
            return;
        }
        playing = t;
        later.run(() -> {
            if (playing == t) {
                reportPlayed();
            }
        }, delay);
    }

    /** When the last finished turn will have played in the browser (now if nothing is playing). */
    long playbackEnd() {
        return playing == null ? clock.getAsLong() : playing.playbackEnd();
    }

    /** The turn still playing in the browser is over (or superseded): report it as fully spoken. */
    void reportPlayed() {
        Turn t = playing;
        if (t != null) {
            playing = null;
            conversation.interviewerFinished(t.id, t.spokenOrPreview(), false);
        }
    }

    /** The stream broke mid-turn: keep what was confirmed spoken. */
    void cut() {
        Turn t = turn;
        if (t == null) {
            return;
        }
        turn = null;
        String spoken = t.spoken.toString();
        history.add(new Utterance("interviewer", speaker.name(), spoken));
        conversation.interviewerFinished(t.id, spoken, true);
    }

    /** Nova heard the candidate over the interviewer: stop playback, keep only what was actually spoken. */
    void bargeIn() {
        awaitingNewTurn = true;
        Turn t = turn;
        if (t != null) {
            turn = null;
            String spoken = t.spoken.toString().strip();
            history.add(new Utterance("interviewer", speaker.name(), spoken));
            conversation.bargeIn();
            conversation.interviewerFinished(t.id, spoken, true);
            return;
        }
        Turn p = playing;
        if (p != null) {
            // Nova had finished generating, but the browser was still playing: what was heard is a share of it.
            playing = null;
            String heard = p.heardBy(clock.getAsLong());
            history.set(p.historyIndex, new Utterance("interviewer", speaker.name(), heard));
            conversation.bargeIn();
            conversation.interviewerFinished(p.id, heard, true);
        }
    }

    /** The candidate takes the floor by other means than speech: a barge-in if the interviewer is still heard. */
    void interrupt() {
        Turn t = turn != null ? turn : playing;
        if (t != null && t.playbackEnd() + PLAYBACK_MARGIN_MS > clock.getAsLong()) {
            bargeIn();
        } else {
            finishTurn();
            reportPlayed();
        }
    }

    /** The session closes: whatever was being said counts as said. */
    void close() {
        Turn t = turn;
        if (t != null) {
            turn = null;
            conversation.interviewerFinished(t.id, t.spokenOrPreview(), false);
        }
        reportPlayed();
    }

    private void startTurn(String preview) {
        turn = new Turn(UUID.randomUUID().toString(), preview);
        replyOwed = false;
        conversation.interviewerStarted(turn.id, speaker.index(), preview, SonicEvents.OUTPUT_RATE);
    }

    /** One interviewer turn as the browser hears it. */
    private static final class Turn {
        final String id;
        final String preview;
        final StringBuilder spoken = new StringBuilder();
        long firstAudioAt = -1;
        long audioBytes;
        int historyIndex = -1;

        Turn(String id, String preview) {
            this.id = id;
            this.preview = preview;
        }

        String spokenOrPreview() {
            return spoken.isEmpty() ? preview : spoken.toString().strip();
        }

        long playbackEnd() {
            return firstAudioAt < 0 ? 0 : firstAudioAt + audioBytes / OUTPUT_BYTES_PER_MS;
        }

        /** The share of the words played by {@code now}, as the browser plays in real time. */
        String heardBy(long now) {
            String full = spokenOrPreview();
            long duration = Math.max(1, audioBytes / OUTPUT_BYTES_PER_MS);
            double share = firstAudioAt < 0 ? 0 : Math.min(1.0, (now - firstAudioAt) / (double) duration);
            String[] words = full.split("\\s+");
            return String.join(" ", Arrays.copyOf(words, (int) (words.length * share))).strip();
        }
    }
}
