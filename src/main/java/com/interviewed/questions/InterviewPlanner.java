package com.interviewed.questions;

/** Builds interview plans from the question bank. */
public interface InterviewPlanner {

    InterviewPlan plan(PlanRequest request);
}
