package com.interviewed.questions;

/** The kinds of plan steps, in the order a plan usually takes them. */
public enum QuestionCategory {
    WARMUP,
    RESUME,
    TECHNICAL,
    BEHAVIOURAL,
    SITUATIONAL,
    CODING,
    CANDIDATE_QUESTIONS,
    CLOSING
}
