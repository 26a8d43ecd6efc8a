package com.interviewed.recruiting;

import com.interviewed.questions.InterviewPlan;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;

/**
 * What recruiting needs from the interview module to start an invited candidate's interview. The one place that
 * knows how: {@link InterviewModuleLauncher}.
 */
interface InterviewLauncher {

    /**
     * The invite's unfinished interview, or a new one on the job's frozen plan; returns its id. The candidate has
     * no account.
     */
    UUID start(UUID inviteId, String candidateName, InterviewPlan plan, String mode);

    /** Lets this browser session into the interview page {@code /interviews/{id}}. */
    void grantAccess(HttpSession session, UUID interviewId);
}
