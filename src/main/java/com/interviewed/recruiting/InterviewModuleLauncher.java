package com.interviewed.recruiting;

import com.interviewed.interview.Interviews;
import com.interviewed.questions.InterviewPlan;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Starts invited interviews through the interview module's API. */
@Component
class InterviewModuleLauncher implements InterviewLauncher {

    private final Interviews interviews;

    InterviewModuleLauncher(Interviews interviews) {
        this.interviews = interviews;
    }

    @Override
    public UUID start(UUID inviteId, String candidateName, InterviewPlan plan, String mode) {
        return interviews.startInvited(inviteId, candidateName, plan, mode);
    }

    @Override
    public void grantAccess(HttpSession session, UUID interviewId) {
        interviews.grantAccess(session, interviewId);
    }
}
