package com.interviewed.interview;

import com.interviewed.accounts.SignedInUser;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who may take part in an interview: the candidate who owns it, or a browser session that opened a valid invite
 * link for it (invited candidates have no account).
 */
@Component
class InterviewAccess {

    static final String GRANTS = InterviewAccess.class.getName() + ".grants";

    /**
     * The interview if this caller may take part in it. Strangers get 404 (ids reveal nothing); a caller with no
     * account and no invite grant gets 401, as for any other protected endpoint.
     */
    InterviewRow require(Optional<InterviewRow> interview, SignedInUser user, HttpSession session) {
        return interview.filter(row -> mayTakePart(row, user, session)).orElseThrow(() ->
                new ErrorResponseException(user == null && !hasAnyGrant(session) ? HttpStatus.UNAUTHORIZED
                        : HttpStatus.NOT_FOUND));
    }

    private static boolean hasAnyGrant(HttpSession session) {
        return session != null && session.getAttribute(GRANTS) instanceof Set<?> set && !set.isEmpty();
    }

    void grant(HttpSession session, UUID interviewId) {
        grants(session).add(interviewId);
    }

    boolean mayTakePart(InterviewRow interview, SignedInUser user, HttpSession session) {
        if (user != null && user.id().equals(interview.candidateId())) {
            return true;
        }
        return session != null && interview.inviteId() != null && session.getAttribute(GRANTS) instanceof Set<?> set
                && set.contains(interview.id());
    }

    @SuppressWarnings("unchecked")
    private static Set<UUID> grants(HttpSession session) {
        synchronized (session) {
            Object existing = session.getAttribute(GRANTS);
            if (existing instanceof Set<?> set) {
                return (Set<UUID>) set;
            }
            Set<UUID> created = ConcurrentHashMap.newKeySet();
            session.setAttribute(GRANTS, created);
            return created;
        }
    }
}
