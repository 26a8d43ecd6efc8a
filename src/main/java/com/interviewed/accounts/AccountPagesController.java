package com.interviewed.accounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in and sign-up pages. Spring Security processes the sign-in form itself (POST /login). */
@Controller
class AccountPagesController {

    private final Registration registration;
    private final SessionSignIn signIn;
    private final SignUpThrottle signUps;

    AccountPagesController(Registration registration, SessionSignIn signIn, SignUpThrottle signUps) {
        this.registration = registration;
        this.signIn = signIn;
        this.signUps = signUps;
    }

    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }

    @GetMapping("/signup")
    String initSignupForm(@RequestParam(name = "role", defaultValue = "CANDIDATE") String role, Model model) {
        SignupForm form = new SignupForm("", "", "", "RECRUITER".equals(role) ? "RECRUITER" : "CANDIDATE", "");
        model.addAttribute("form", form);
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String processSignupForm(@Valid @ModelAttribute("form") SignupForm form, BindingResult result,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        if (result.hasErrors()) {
            return "accounts/signup";
        }
        try {
            signUps.allow(request.getRemoteAddr());
        } catch (SignUpThrottle.SignUpThrottledException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            long minutes = (e.retryAfterSeconds() + 59) / 60;
            result.reject("throttled", "Too many accounts were created from your network. Try again in "
                    + minutes + (minutes == 1 ? " minute." : " minutes."));
            return "accounts/signup";
        }
        SignedInUser user;
        try {
            user = registration.register(new Registration.NewAccount(form.email(), form.password(), form.name(),
                    Role.valueOf(form.role()), form.organization()));
        } catch (EmailAlreadyRegisteredException e) {
            result.rejectValue("email", "duplicate", "An account with this email already exists. Sign in instead.");
            return "accounts/signup";
        }
        // Signed in at once: the person just chose the password (issue 16).
        redirect.addFlashAttribute("message", "Your account is ready.");
        return "redirect:" + signIn.signIn(user, request, response);
    }

    record SignupForm(
            @NotBlank(message = "Enter your name") @Size(max = 100) String name,
            @NotBlank(message = "Enter your email") @Email(message = "Enter a valid email address") @Size(max = 254)
            String email,
            @NotBlank(message = "Choose a password")
            @Size(min = 8, max = 128, message = "Use 8 to 128 characters")
            @BcryptLength(message = "Use at most 72 bytes: 72 plain letters or digits, fewer with accents or emoji")
            String password,
            @Pattern(regexp = "CANDIDATE|RECRUITER") String role,
            @Size(max = 120) String organization) {
    }
}
