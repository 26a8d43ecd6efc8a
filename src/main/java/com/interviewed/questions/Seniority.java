package com.interviewed.questions;

public enum Seniority {
    JUNIOR,
    MID,
    SENIOR,
    LEAD
}
