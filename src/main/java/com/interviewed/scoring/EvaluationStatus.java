package com.interviewed.scoring;

/** Where an interview's scoring is: not started, running, stored, or failed (it is retried on restart). */
public enum EvaluationStatus {
    PENDING, RUNNING, DONE, FAILED
}
