package com.interviewed.voice;

import com.interviewed.interviewer.Utterance;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.Persona;
import com.interviewed.resumes.ResumeProfile;
import com.interviewed.speech.RecognitionContext;
import java.util.List;
import java.util.UUID;

/**
 * What a provider needs to set up a session: speech-to-speech models build their instructions from plan,
 * personas and resume, and replay {@code history} when a session is resumed or rolled over. {@code recognition}
 * is what the offline recogniser should expect (the interview's vocabulary; see docs/speech.md); {@code account}
 * is who speaks (candidate or invitation), so that one account cannot hold every recogniser.
 */
public record VoiceSessionSpec(UUID interviewId, InterviewPlan plan, List<Persona> interviewers, int speakerIndex,
        String candidateName, ResumeProfile profile, List<Utterance> history, RecognitionContext recognition,
        String account) {

    public VoiceSessionSpec {
        recognition = recognition == null ? RecognitionContext.none() : recognition;
    }

    public VoiceSessionSpec(UUID interviewId, InterviewPlan plan, List<Persona> interviewers, int speakerIndex,
            String candidateName, ResumeProfile profile, List<Utterance> history) {
        this(interviewId, plan, interviewers, speakerIndex, candidateName, profile, history, null, null);
    }
}
