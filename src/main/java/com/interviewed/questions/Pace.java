package com.interviewed.questions;

/**
 * Minutes per kind of step for a target duration. Short screens get shorter answers; a 45-minute interview leaves
 * room for a proper coding exercise and a system-design discussion.
 */
record Pace(int warmup, int question, int systemDesign, int coding, int custom, int candidate, int closing) {

    static Pace forDuration(int minutes) {
        if (minutes <= 20) {
            return new Pace(1, 3, 5, 6, 2, 2, 1);
        }
        if (minutes <= 35) {
            return new Pace(2, 4, 6, 10, 3, 3, 1);
        }
        return new Pace(2, 4, 7, 12, 3, 3, 1);
    }
}
