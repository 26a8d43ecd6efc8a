package com.interviewed.recruiting;

import com.interviewed.interview.Interviews;
import com.interviewed.questions.PlanRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Starts invited interviews through {@code Interviews.createInvited(UUID, String, PlanRequest, String)} and
 * {@code Interviews.grantAccess(HttpSession, UUID)}.
 *
 * <p>MERGE NOTE: those two methods are being added to the interview module at the same time as this code. Until
 * they are on main they are looked up by name here, so both branches compile on their own; once merged, replace
 * the two reflective calls with {@code interviews.createInvited(...)} and {@code interviews.grantAccess(...)}.
 * If the interview module is older than that, starting an interview answers 503 with an explanation.
 */
@Component
class InterviewModuleLauncher implements InterviewLauncher {

    private final Interviews interviews;

    InterviewModuleLauncher(Interviews interviews) {
        this.interviews = interviews;
    }

    @Override
    public UUID createInvited(UUID inviteId, String candidateName, PlanRequest request, String mode) {
        return (UUID) invoke("createInvited", new Class<?>[] {UUID.class, String.class, PlanRequest.class,
                String.class}, inviteId, candidateName, request, mode);
    }

    @Override
    public void grantAccess(HttpSession session, UUID interviewId) {
        invoke("grantAccess", new Class<?>[] {HttpSession.class, UUID.class}, session, interviewId);
    }

    private Object invoke(String name, Class<?>[] types, Object... args) {
        Method method;
        try {
            method = interviews.getClass().getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Invited interviews are not available in this build yet (Interviews." + name + " is missing).");
        }
        try {
            return method.invoke(interviews, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
