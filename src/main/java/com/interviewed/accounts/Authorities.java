package com.interviewed.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * What a signed-in user may do: their role, plus {@value #OPERATOR} for the people who run this instance (listed
 * by email in {@code interviewed.accounts.operator-emails}), who see the provider page and the metrics.
 */
@Component
class Authorities {

    static final String OPERATOR = "ROLE_OPERATOR";

    private final Set<String> operatorEmails;

    Authorities(AccountsProperties properties) {
        this.operatorEmails = properties.operatorEmails().stream()
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    List<GrantedAuthority> of(SignedInUser user) {
        SimpleGrantedAuthority role = new SimpleGrantedAuthority(user.role().authority());
        return operatorEmails.contains(user.email().toLowerCase(Locale.ROOT))
                ? List.of(role, new SimpleGrantedAuthority(OPERATOR)) : List.of(role);
    }
}
