package com.interviewed.recruiting;

import com.interviewed.questions.PlanRequest;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;

/**
 * What recruiting needs from the interview module to start an invited candidate's interview. The one place that
 * knows how: {@link InterviewModuleLauncher}.
 */
interface InterviewLauncher {

    /** Creates the interview for an invite and returns its id; the candidate has no account. */
    UUID createInvited(UUID inviteId, String candidateName, PlanRequest request, String mode);

    /** Lets this browser session into the interview page {@code /interviews/{id}}. */
    void grantAccess(HttpSession session, UUID interviewId);
}
