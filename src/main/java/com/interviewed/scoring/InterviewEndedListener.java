package com.interviewed.scoring;

import com.interviewed.interview.InterviewEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts scoring when an interview ends. The event comes from Modulith's persisted publication registry, so an
 * interview that ended just before a restart is still scored afterwards.
 */
@Component
class InterviewEndedListener {

    private final InterviewScoring scoring;

    InterviewEndedListener(InterviewScoring scoring) {
        this.scoring = scoring;
    }

    @ApplicationModuleListener
    void on(InterviewEnded event) {
        scoring.score(event.interviewId());
    }
}
