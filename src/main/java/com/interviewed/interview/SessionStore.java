package com.interviewed.interview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The writes of one live connection, fenced: each runs only while this connection still holds the interview's
 * session epoch. A newer connection (another tab, a reload, another instance) claims a higher epoch before it reads
 * the stored state, so the old connection's queued work can neither overwrite {@code state_json} nor add transcript
 * rows after that read. The epoch check locks the interview's row in the same transaction as the write, which also
 * serialises transcript sequence numbers.
 */
final class SessionStore {

    private final InterviewRepository repository;
    private final TransactionTemplate transactions;
    private final UUID interviewId;
    private final long epoch;
    private volatile boolean fenced;

    SessionStore(InterviewRepository repository, TransactionTemplate transactions, UUID interviewId, long epoch) {
        this.repository = repository;
        this.transactions = transactions;
        this.interviewId = interviewId;
        this.epoch = epoch;
    }

    long epoch() {
        return epoch;
    }

    /** True once a newer connection took over (or a write found the epoch moved on): nothing more is written. */
    boolean fenced() {
        return fenced;
    }

    void fence() {
        fenced = true;
    }

    void saveState(UUID id, String stateJson) {
        write(id, () -> {
            repository.saveState(id, stateJson);
            return true;
        });
    }

    void appendTurn(UUID turnId, UUID id, String role, String speaker, String text, TurnStatus status, Long startMs,
            Long endMs, Instant now) {
        appendTurn(turnId, id, role, speaker, text, status, startMs, endMs, now, List.of());
    }

    /** A turn with the recogniser's words of {@code text} and their confidence. */
    void appendTurn(UUID turnId, UUID id, String role, String speaker, String text, TurnStatus status, Long startMs,
            Long endMs, Instant now, List<HeardWord> words) {
        write(id, () -> {
            repository.appendTurn(turnId, id, repository.nextSeq(id), role, speaker, text, status, startMs, endMs,
                    now, words);
            return true;
        });
    }

    /** An interviewer line as it starts playing: {@code INTERRUPTED}, nothing heard, until it is finished. */
    void appendUnfinishedReply(UUID turnId, UUID id, String speaker, String text, Long startMs, Instant now) {
        write(id, () -> {
            repository.appendUnfinishedReply(turnId, id, repository.nextSeq(id), speaker, text, startMs, now);
            return true;
        });
    }

    void recordHeard(UUID turnId, String heardText) {
        write(interviewId, () -> {
            repository.recordHeard(turnId, heardText);
            return true;
        });
    }

    void finishInterviewerTurn(UUID turnId, String text, boolean interrupted, Long endMs) {
        write(interviewId, () -> {
            repository.finishInterviewerTurn(turnId, text, interrupted, endMs);
            return true;
        });
    }

    void extendCandidateTurn(UUID turnId, String text, Long endMs, List<HeardWord> words) {
        write(interviewId, () -> {
            repository.extendCandidateTurn(turnId, text, endMs, words);
            return true;
        });
    }

    boolean editCandidateTurn(UUID id, UUID turnId, String text) {
        return write(id, () -> repository.editCandidateTurn(id, turnId, text));
    }

    void saveCode(UUID id, String challengeId, String language, String code, String testSummary, Instant now) {
        write(id, () -> {
            repository.saveCode(id, challengeId, language, code, testSummary, now);
            return true;
        });
    }

    void addIntegrityFlag(UUID id, String kind, String detail, Instant now) {
        write(id, () -> {
            repository.addIntegrityFlag(id, kind, detail, now);
            return true;
        });
    }

    private boolean write(UUID id, Supplier<Boolean> write) {
        if (!interviewId.equals(id)) {
            throw new IllegalArgumentException("This connection writes interview " + interviewId + " only");
        }
        if (fenced) {
            return false;
        }
        Boolean done = transactions.execute(tx -> {
            if (!repository.holdsSession(interviewId, epoch)) {
                fenced = true;
                return false;
            }
            return write.get();
        });
        return Boolean.TRUE.equals(done);
    }
}
