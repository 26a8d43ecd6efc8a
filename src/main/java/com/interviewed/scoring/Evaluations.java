package com.interviewed.scoring;

import com.interviewed.interview.Interviews;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The scoring module's API for other modules (recruiting): stored evaluations with everything the report shows,
 * where scoring of an interview stands, and a candidate's history. Callers check who may see what.
 */
@Service
public class Evaluations {

    private final EvaluationStore store;
    private final Interviews interviews;

    Evaluations(EvaluationStore store, Interviews interviews) {
        this.store = store;
        this.interviews = interviews;
    }

    /** The stored evaluation of an interview, with its transcript, once scoring is done. */
    public Optional<EvaluationReport> forInterview(UUID interviewId) {
        return store.find(interviewId).map(report -> new EvaluationReport(report.id(), report.interviewId(),
                report.role(), report.scorer(), report.scorerNote(), report.overall(), report.dimensions(),
                report.questions(), report.speech(), interviews.transcript(interviewId).stream()
                        .map(InterviewScoring::turn).toList(),
                report.createdAt()));
    }

    /** {@code DONE} once stored; {@code RUNNING} or {@code FAILED} while claimed; otherwise {@code PENDING}. */
    public EvaluationStatus status(UUID interviewId) {
        if (store.exists(interviewId)) {
            return EvaluationStatus.DONE;
        }
        return store.runStatus(interviewId).orElse(EvaluationStatus.PENDING);
    }

    /**
     * Deletes everything scoring stored about an interview (its evaluation, per-question answers and evidence, and
     * the run record): part of erasing a candidate's data when they or the recruiter ask.
     */
    @org.springframework.transaction.annotation.Transactional
    public void erase(UUID interviewId) {
        store.erase(interviewId);
    }

    /** A candidate's scored interviews, oldest first. */
    public List<EvaluationSummary> history(UUID candidateId) {
        return store.history(candidateId);
    }
}
