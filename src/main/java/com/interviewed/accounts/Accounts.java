package com.interviewed.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask of accounts: organisations, their members, and joining one by invitation. */
@Service
public class Accounts {

    private final Registration registration;
    private final JdbcClient jdbc;

    Accounts(Registration registration, JdbcClient jdbc) {
        this.registration = registration;
        this.jdbc = jdbc;
    }

    /**
     * Registers a recruiter into organisation {@code organizationId} (a colleague accepting an owner's invitation).
     *
     * @return the new account, or empty when an account with this email already exists
     */
    public Optional<SignedInUser> registerIntoOrganization(UUID organizationId, String email, String password,
            String name) {
        try {
            return Optional.of(registration.registerIntoOrganization(organizationId, email, password, name));
        } catch (EmailAlreadyRegisteredException e) {
            return Optional.empty();
        }
    }

    public Optional<String> organizationName(UUID organizationId) {
        return jdbc.sql("select name from organizations where id = ?").param(organizationId).query(String.class)
                .optional();
    }

    /** Whether the user owns their organisation (only owners invite colleagues). */
    public boolean isOwner(UUID userId, UUID organizationId) {
        return jdbc.sql("select count(*) from memberships where user_id = ? and organization_id = ? and role = 'OWNER'")
                .params(userId, organizationId).query(Integer.class).single() > 0;
    }

    public boolean emailRegistered(String email) {
        return jdbc.sql("select count(*) from users where email = ?").param(Registration.normaliseEmail(email))
                .query(Integer.class).single() > 0;
    }

    public List<Member> members(UUID organizationId) {
        return jdbc.sql("""
                        select u.name, u.email, m.role from memberships m join users u on u.id = m.user_id
                        where m.organization_id = ? order by m.created_at""")
                .param(organizationId)
                .query((rs, row) -> new Member(rs.getString("name"), rs.getString("email"), rs.getString("role")))
                .list();
    }

    /** @param role {@code OWNER} or {@code MEMBER} */
    public record Member(String name, String email, String role) {
    }
}
