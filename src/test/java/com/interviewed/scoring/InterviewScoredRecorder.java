package com.interviewed.scoring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-only: records every InterviewScored the application publishes, to check it is published once. */
@Component
class InterviewScoredRecorder {

    final List<InterviewScored> received = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InterviewScored event) {
        received.add(event);
    }

    long count(java.util.UUID interviewId) {
        return received.stream().filter(e -> e.interviewId().equals(interviewId)).count();
    }
}
