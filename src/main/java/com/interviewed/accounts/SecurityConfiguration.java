package com.interviewed.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for pages and API: pages sign in with a form and a session cookie (CSRF on), the JSON API
 * and WebSocket also accept bearer tokens. Anything not listed as public needs a signed-in user; recruiter pages
 * need the recruiter role, candidate pages the candidate role, and operator pages and metrics the operator
 * authority ({@link Authorities}). Modules check ownership of the data themselves.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(PasswordAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, Authorities authorities,
            ProblemResponses problems)
            throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher webSocket = PathPatternRequestMatcher.withDefaults().matcher("/ws/**");
        RequestMatcher bearer = BearerTokenFilter::carriesToken;
        RequestCache pageToReturnTo = pageToReturnToInCookie(new OrRequestMatcher(api, webSocket));
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/hire", "/login", "/signup", "/error").permitAll()
                        // Invited candidates have no account: the invite link (a hashed, expiring token) is their
                        // credential, and the interview module checks each interview's owner or invite grant.
                        .requestMatchers("/invite/**", "/interviews/{id}", "/ws/interviews/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/interviews/{id}").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/interviews/{id}/end",
                                "/api/v1/interviews/{id}/code/run").permitAll()
                        // A colleague invited by an organisation owner signs up through the emailed link.
                        .requestMatchers("/join/**").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/token").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasAuthority(Authorities.OPERATOR)
                        .requestMatchers("/hire/**").hasRole(Role.RECRUITER.name())
                        .requestMatchers("/dashboard", "/dashboard/**", "/resumes", "/resumes/**", "/practice",
                                "/progress")
                        .hasRole(Role.CANDIDATE.name())
                        .anyRequest().authenticated())
                .requestCache(cache -> cache.requestCache(pageToReturnTo))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(roleHomeOnSuccess(pageToReturnTo))
                        .failureHandler(loginFailure()))
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                // Bearer-token requests carry no ambient credentials, so CSRF cannot apply to them.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenInCookie()).ignoringRequestMatchers(bearer,
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/auth/**")))
                .addFilterAfter(new BearerTokenFilter(tokens, authorities, problems), SecurityContextHolderFilter.class)
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Sign in or send a bearer token from POST /api/v1/auth/token."), api)
                        .defaultAuthenticationEntryPointFor((request, response, e) -> problems.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                "Sign in, or pass access_token."), webSocket)
                        // CSRF refusals of cookie-less API calls land here too: without credentials it is 401.
                        .defaultAccessDeniedHandlerFor((request, response, e) -> {
                            // Spring uses the only default handler for every path, not only the API's.
                            if (signedIn() || !api.matches(request)) {
                                problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                                        "Your account may not do this.");
                            } else {
                                problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                        "Sign in or send a bearer token from POST /api/v1/auth/token.");
                            }
                        }, api))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(String.join("; ",
                                "default-src 'self'",
                                "script-src 'self' 'unsafe-eval' blob:",
                                "style-src 'self' 'unsafe-inline'",
                                "img-src 'self' data: blob:",
                                "media-src 'self' blob:",
                                "connect-src 'self' ws: wss:",
                                "worker-src 'self' blob:",
                                "font-src 'self' data:",
                                "frame-ancestors 'none'",
                                "form-action 'self'"))));
        return http.build();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /*
     * Anonymous visitors get no HTTP session (each one would hold memory for hours): the CSRF token every page
     * renders lives in a cookie, and so does the page to return to after signing in. Bearer-token requests never
     * store their security context. Only signing in creates a session.
     */
    private static CsrfTokenRepository csrfTokenInCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    private static RequestCache pageToReturnToInCookie(RequestMatcher notPages) {
        CookieRequestCache cache = new CookieRequestCache();
        // Only a page someone navigated to is worth returning to: not API calls, htmx fragments or scripts' fetches.
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(notPages),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With")),
                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/favicon.ico"))));
        cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return cache;
    }

    private static AuthenticationSuccessHandler roleHomeOnSuccess(RequestCache pageToReturnTo) {
        SavedRequestAwareAuthenticationSuccessHandler recruiter = new SavedRequestAwareAuthenticationSuccessHandler();
        recruiter.setDefaultTargetUrl("/hire/dashboard");
        recruiter.setRequestCache(pageToReturnTo);
        SavedRequestAwareAuthenticationSuccessHandler candidate = new SavedRequestAwareAuthenticationSuccessHandler();
        candidate.setDefaultTargetUrl("/dashboard");
        candidate.setRequestCache(pageToReturnTo);
        return (request, response, authentication) -> {
            boolean isRecruiter = authentication.getPrincipal() instanceof SignedInUser user && user.isRecruiter();
            (isRecruiter ? recruiter : candidate).onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** A held-back sign-in goes back to the form with the wait in whole minutes, which the page says in words. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, e) -> response.sendRedirect(request.getContextPath()
                + (e instanceof LoginThrottledException throttled
                        ? "/login?locked=" + (throttled.retryAfterSeconds() + 59) / 60 : "/login?error"));
    }
}
