package com.interviewed.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in right after they created their account (sign-up, or joining a colleague's organisation), so
 * nobody types the password they just chose a second time. The session id changes first (no fixation).
 */
@Component
public class SessionSignIn {

    private final Authorities authorities;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionSignIn(Authorities authorities) {
        this.authorities = authorities;
    }

    /** Returns where the person starts: the recruiter or the candidate dashboard. */
    public String signIn(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities.of(user)));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return user.isRecruiter() ? "/hire/dashboard" : "/dashboard";
    }
}
