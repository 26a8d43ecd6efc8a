package com.interviewed.web;

import com.interviewed.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page template the signed-in user (or null) and whether they operate this instance, for the header. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    SignedInUser currentUser(@AuthenticationPrincipal SignedInUser user) {
        return user;
    }

    /** Whether the user runs this instance (see interviewed.accounts.operator-emails): the header links their pages. */
    @ModelAttribute("operator")
    boolean operator(HttpServletRequest request) {
        return request.isUserInRole("OPERATOR");
    }
}
