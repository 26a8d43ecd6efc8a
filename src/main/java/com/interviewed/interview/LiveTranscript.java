package com.interviewed.interview;

import com.interviewed.interviewer.Utterance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The transcript of one live connection: every line is stored the moment it is said, kept in the history the
 * interviewer decides on, and shown in the browser. Candidate times arrive relative to the voice session and are
 * stored relative to the interview's start.
 */
final class LiveTranscript {

    private final UUID interviewId;
    private final String candidateName;
    private final SessionStore repository;
    private final ClientChannel client;
    private final Clock clock;
    private final Instant startedAt;
    private final long sessionOffsetMillis;
    private final BooleanSupplier ended;
    private final SpokenHistory history;
    /** A reconnect's opening is a resume line: said, never stored. Its message id once it is said. */
    private volatile boolean resuming;
    private volatile String resumeLineId;

    LiveTranscript(InterviewRow row, List<TranscriptTurn> stored, SessionStore repository, ClientChannel client,
            Clock clock, BooleanSupplier ended) {
        this.interviewId = row.id();
        this.candidateName = row.candidateName() == null ? "Candidate" : row.candidateName();
        this.repository = repository;
        this.client = client;
        this.clock = clock;
        this.startedAt = row.startedAt() != null ? row.startedAt() : clock.instant();
        this.sessionOffsetMillis = clock.millis() - startedAt.toEpochMilli();
        this.ended = ended;
        this.history = new SpokenHistory(stored);
    }

    List<Utterance> snapshot() {
        return history.snapshot();
    }

    long elapsedMillis() {
        return clock.millis() - startedAt.toEpochMilli();
    }

    /** A reconnect reopens the interview: the next line of {@code speaker}, if they spoke before, is a resume line. */
    void reopenedBy(String speaker) {
        resuming = history.snapshot().stream()
                .anyMatch(u -> "interviewer".equals(u.role()) && u.speaker().equals(speaker));
    }

    /** What the recogniser hears so far: shown, not stored. */
    void candidatePartial(String messageId, String text) {
        client.sendEvent(new ServerEvent.TranscriptPartial("candidate", candidateName, text, messageId));
    }

    /** {@code words}: the recogniser's words of {@code text} with their confidence, stored and shown with it. */
    void candidateFinal(String messageId, String text, long startMillis, long endMillis, boolean typed,
            List<HeardWord> words) {
        if (ended.getAsBoolean()) {
            return;
        }
        TurnStatus status = typed ? TurnStatus.TYPED : TurnStatus.SPOKEN;
        repository.appendTurn(UUID.fromString(messageId), interviewId, "candidate", candidateName, text, status,
                startMillis + sessionOffsetMillis, endMillis + sessionOffsetMillis, clock.instant(), words);
        history.put(messageId, new Utterance("candidate", candidateName, text));
        sendCandidateLine(messageId, text, status, words);
    }

    /** The candidate went on with a spoken answer after a thinking pause: one answer, now longer. */
    void candidateContinued(String messageId, String wholeText, long endMillis, List<HeardWord> wholeWords) {
        if (ended.getAsBoolean()) {
            return;
        }
        repository.extendCandidateTurn(UUID.fromString(messageId), wholeText, endMillis + sessionOffsetMillis,
                wholeWords);
        history.put(messageId, new Utterance("candidate", candidateName, wholeText));
        sendCandidateLine(messageId, wholeText, TurnStatus.SPOKEN, wholeWords);
    }

    /** The candidate corrected what the recogniser heard; false for an unknown line or another interview's. */
    boolean edit(String messageId, String text) {
        UUID turnId;
        try {
            turnId = UUID.fromString(messageId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!repository.editCandidateTurn(interviewId, turnId, text)) {
            return false;
        }
        if (history.get(messageId) != null) {
            history.put(messageId, new Utterance("candidate", candidateName, text));
        }
        // A corrected line carries no words: the candidate has said what it is, so nothing is unsure any more.
        sendCandidateLine(messageId, text, TurnStatus.EDITED, List.of());
        return true;
    }

    void interviewerStarted(String messageId, String speaker, String text) {
        if (resuming && (resumeLineId == null || resumeLineId.equals(messageId))) {
            // The resume line after a reconnect is said, not kept: reconnects add nothing to the transcript.
            resumeLineId = messageId;
            resuming = false;
            client.sendEvent(new ServerEvent.TranscriptFinal("interviewer", speaker, text, messageId,
                    TurnStatus.SPOKEN, false, null));
            return;
        }
        // Stored as cut off with nothing heard yet, and settled when it ends: should the process die mid-speech, the
        // row already says what the candidate heard, with no recovery step to run.
        repository.appendUnfinishedReply(UUID.fromString(messageId), interviewId, speaker, text, elapsedMillis(),
                clock.instant());
        history.put(messageId, new Utterance("interviewer", speaker, text));
        client.sendEvent(ServerEvent.TranscriptFinal.of("interviewer", speaker, text, messageId, TurnStatus.SPOKEN));
    }

    /** The speaker of interviewer line {@code messageId}, or "" if it is not known. */
    String speakerOf(String messageId) {
        Utterance said = history.get(messageId);
        return said == null ? "" : said.speaker();
    }

    /** The browser has played {@code heardText} of interviewer line {@code messageId} so far. */
    void interviewerHeard(String messageId, String heardText) {
        repository.recordHeard(UUID.fromString(messageId), heardText);
    }

    /** The interviewer stopped (its audio ended); {@code spokenText} is what was actually played, all of it unless interrupted. */
    void interviewerFinished(String messageId, String spokenText, boolean interrupted) {
        repository.finishInterviewerTurn(UUID.fromString(messageId), spokenText, interrupted, elapsedMillis());
        Utterance said = history.get(messageId);
        if (said != null) {
            history.put(messageId, new Utterance(said.role(), said.speaker(), spokenText));
        }
        client.sendEvent(new ServerEvent.AudioEnd(messageId));
        if (interrupted && said != null) {
            client.sendEvent(ServerEvent.TranscriptFinal.of("interviewer", said.speaker(), spokenText, messageId,
                    TurnStatus.INTERRUPTED));
        }
    }

    private void sendCandidateLine(String messageId, String text, TurnStatus status, List<HeardWord> words) {
        client.sendEvent(ServerEvent.TranscriptFinal.candidate(candidateName, text, messageId, status, words));
    }
}
