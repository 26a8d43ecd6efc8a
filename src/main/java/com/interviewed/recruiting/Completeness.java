package com.interviewed.recruiting;

/**
 * How much of the job's plan an interview went through, recorded when it ends.
 *
 * @param planned      questions in the plan (coding excluded)
 * @param asked        of those, how many the interviewer asked
 * @param answered     of those asked, how many the candidate answered in words
 * @param codingPlanned whether the plan has a coding challenge
 * @param codingDone   whether the candidate wrote code and ran the tests
 */
record Completeness(int planned, int asked, int answered, boolean codingPlanned, boolean codingDone) {

    /**
     * Incomplete when fewer than four in five planned questions were answered, or the planned coding was not done:
     * such an interview's scores rest on too little to rank among complete ones.
     */
    public boolean incomplete() {
        return answered * 5 < planned * 4 || (codingPlanned && !codingDone);
    }

    public int skipped() {
        return Math.max(0, asked - answered);
    }

    /** "5 of 6 questions answered, coding done", as the pipeline and the CSV show it. */
    public String summary() {
        String questions = answered + " of " + planned + " questions answered";
        if (!codingPlanned) {
            return questions;
        }
        return questions + (codingDone ? ", coding done" : ", no coding");
    }
}
