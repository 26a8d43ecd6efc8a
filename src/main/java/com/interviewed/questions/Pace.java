package com.interviewed.questions;

/**
 * Minutes per kind of step for a target duration, at a realistic pace: a question takes about a minute to answer
 * and a follow-up or two another minute, so a 15-minute screen holds five questions, not three. A 45-minute
 * interview leaves room for a proper coding exercise and a system-design discussion.
 */
record Pace(int warmup, int question, int systemDesign, int coding, int custom, int candidate, int closing) {

    static Pace forDuration(int minutes) {
        if (minutes <= 20) {
            return new Pace(1, 2, 4, 6, 2, 2, 1);
        }
        if (minutes <= 35) {
            return new Pace(2, 3, 5, 10, 3, 3, 1);
        }
        return new Pace(2, 3, 6, 12, 3, 3, 1);
    }
}
