package com.interviewed.interview;

/** Where an interview stands; stored by name in {@code interviews.status}. */
public enum InterviewStatus {
    CREATED, IN_PROGRESS, ENDED, SCORED;

    public boolean ended() {
        return this == ENDED || this == SCORED;
    }
}
