package com.interviewed.recruiting;

import com.interviewed.interview.InterviewEnded;
import com.interviewed.interview.InterviewStarted;
import com.interviewed.interview.Interviews;
import com.interviewed.scoring.InterviewScored;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows an invited candidate's interview through the other modules' events: started, ended, scored. The scores
 * are copied onto the invite so the pipeline can rank thousands of candidates in one query. Events arrive from
 * the persisted registry, so none is lost across a restart; each update is conditional, so a repeat is harmless.
 */
@Component
class InviteProgress {

    private final InviteRepository invites;
    private final Interviews interviews;
    private final Clock clock;

    private final RecruitingEvents events;

    InviteProgress(InviteRepository invites, Interviews interviews, Clock clock, RecruitingEvents events) {
        this.events = events;
        this.invites = invites;
        this.interviews = interviews;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InterviewStarted event) {
        if (event.inviteId() != null) {
            if (invites.markInProgress(event.inviteId())) {
                events.interviewStarted(event.inviteId(), event.interviewId());
            }
        }
    }

    @ApplicationModuleListener
    void on(InterviewEnded event) {
        if (event.inviteId() != null) {
            boolean completed = invites.markCompleted(event.inviteId(),
                    event.endedAt() == null ? clock.instant() : event.endedAt());
            interviews.find(event.interviewId()).ifPresent(interview -> invites.recordOutcome(event.inviteId(),
                    interview.id(), InterviewOutcome.completeness(interview, interviews.askedStepIds(interview.id()),
                            interviews.code(interview.id())),
                    IntegrityWords.describeAll(interviews.integrityFlags(interview.id())).size(),
                    InterviewOutcome.integritySummary(interviews.integrityFlags(interview.id()))));
            if (completed) {
                events.interviewCompleted(event.inviteId(), event.interviewId());
            }
        }
    }

    @ApplicationModuleListener
    void on(InterviewScored event) {
        if (event.inviteId() != null) {
            Scores scores = new Scores(event.overall(), event.communication(), event.technicalDepth(),
                    event.problemSolving(), event.confidence(), event.relevance());
            if (invites.markScored(event.inviteId(), scores, clock.instant())) {
                events.interviewScored(event.inviteId(), event.interviewId(), scores);
            }
        }
    }
}
