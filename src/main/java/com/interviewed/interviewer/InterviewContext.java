package com.interviewed.interviewer;

import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.Persona;
import com.interviewed.resumes.ResumeProfile;
import java.util.List;

/**
 * Where the conversation stands.
 *
 * @param interviewers   one persona for a solo interview, the three panelists in order for a panel
 * @param speakerIndex   which of {@code interviewers} is speaking now
 * @param questionIndex  the plan step currently being asked ({@code -1} before the first question)
 * @param followUpsAsked follow-ups already asked for the current step
 * @param askedIds       ids of plan steps already asked (never repeat one)
 * @param history        the transcript so far, oldest first
 * @param candidateName  for greetings; may be {@code null}
 * @param profile        resume profile, or {@code null}
 * @param latestCode     the candidate's latest code at a coding step, or {@code null}
 * @param elapsedSeconds time since the interview started, for pacing; {@code -1} when unknown
 */
public record InterviewContext(InterviewPlan plan, List<Persona> interviewers,
        int speakerIndex, int questionIndex, int followUpsAsked, List<String> askedIds, List<Utterance> history,
        String candidateName, ResumeProfile profile, String latestCode, long elapsedSeconds) {

    public InterviewContext(InterviewPlan plan, List<Persona> interviewers, int speakerIndex, int questionIndex,
            int followUpsAsked, List<String> askedIds, List<Utterance> history, String candidateName,
            ResumeProfile profile, String latestCode) {
        this(plan, interviewers, speakerIndex, questionIndex, followUpsAsked, askedIds, history, candidateName,
                profile, latestCode, -1);
    }

    public Persona speaker() {
        return interviewers.get(speakerIndex);
    }
}
