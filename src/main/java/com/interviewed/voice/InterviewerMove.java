package com.interviewed.voice;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.interviewer.InterviewerReply;

/**
 * An interviewer's move decided on a snapshot of the conversation: {@code stateVersion} is the version of the
 * interview's state it was decided on, so that committing it later can tell whether it is stale.
 */
public record InterviewerMove(CandidateInput input, InterviewerReply reply, long stateVersion) {
}
