package com.interviewed.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1")
class AuthApiController {

    private final Registration registration;
    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;
    private final SignUpThrottle signUps;

    AuthApiController(Registration registration, AuthenticationManager authenticationManager, ApiTokens tokens,
            SignUpThrottle signUps) {
        this.registration = registration;
        this.signUps = signUps;
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
    }

    @Operation(summary = "Create a candidate or recruiter account")
    @PostMapping("/auth/register")
    ResponseEntity<AccountView> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        signUps.allow(http.getRemoteAddr());
        SignedInUser user = registration.register(request.toNewAccount());
        return ResponseEntity.created(URI.create("/api/v1/me")).body(AccountView.of(user));
    }

    @Operation(summary = "Exchange email and password for a bearer token")
    @PostMapping("/auth/token")
    TokenView token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        var credentials = UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password());
        // The client's address, as the sign-in form's does, for throttling per address.
        credentials.setDetails(new WebAuthenticationDetails(http));
        var authentication = authenticationManager.authenticate(credentials);
        ApiTokens.IssuedToken issued = tokens.issue((SignedInUser) authentication.getPrincipal());
        return new TokenView(issued.token(), issued.expiresAt());
    }

    @Operation(summary = "The signed-in account", security = @SecurityRequirement(name = "bearer"))
    @GetMapping("/me")
    AccountView me(@AuthenticationPrincipal SignedInUser user) {
        return AccountView.of(user);
    }

    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottledException e) {
        long seconds = e.retryAfterSeconds();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-in attempts. Try again in " + seconds + " seconds.");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler(SignUpThrottle.SignUpThrottledException.class)
    ResponseEntity<ProblemDetail> tooManySignUps(SignUpThrottle.SignUpThrottledException e) {
        long seconds = e.retryAfterSeconds();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many accounts were created from your network. Try again in " + seconds + " seconds.");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> badCredentials(AuthenticationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Wrong email or password.");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }

    record RegisterRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 8, max = 128, message = "must be 8 to 128 characters") @BcryptLength String password,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = "CANDIDATE|RECRUITER", message = "must be CANDIDATE or RECRUITER") String role,
            @Size(max = 120) String organization) {

        Registration.NewAccount toNewAccount() {
            return new Registration.NewAccount(email, password, name, Role.valueOf(role), organization);
        }
    }

    record TokenRequest(@NotBlank String email, @NotBlank String password) {
    }

    record TokenView(String token, Instant expiresAt) {
    }

    record AccountView(UUID id, String email, String name, Role role) {
        static AccountView of(SignedInUser user) {
            return new AccountView(user.id(), user.email(), user.name(), user.role());
        }
    }
}
