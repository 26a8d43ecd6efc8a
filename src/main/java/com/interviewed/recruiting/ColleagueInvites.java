package com.interviewed.recruiting;

import static com.interviewed.shared.SqlTimes.instant;
import static com.interviewed.shared.SqlTimes.utc;

import com.interviewed.accounts.Accounts;
import com.interviewed.accounts.SignedInUser;
import com.interviewed.notifications.ColleagueInvitationEmail;
import com.interviewed.notifications.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An owner's invitations to colleagues. The emailed link carries a 256-bit secret (only its hash is stored) and
 * lets one person create a recruiter account inside the owner's organisation, once, before it expires.
 */
@Service
class ColleagueInvites {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Notifications notifications;
    private final RecruitingProperties properties;
    private final Clock clock;

    ColleagueInvites(JdbcClient jdbc, Accounts accounts, Notifications notifications,
            RecruitingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    void invite(SignedInUser owner, String email, String baseUrl) {
        String token = LinkTokens.generate();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(properties.colleagueExpiryDays()));
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        jdbc.sql("""
                        insert into colleague_invites (id, organization_id, email, token_hash, invited_by, expires_at,
                                                       created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), owner.organizationId(), normalised, LinkTokens.hash(token), owner.id(),
                        utc(expiresAt), utc(now))
                .update();
        notifications.sendColleagueInvitation(new ColleagueInvitationEmail(owner.organizationId(), normalised,
                owner.name(), accounts.organizationName(owner.organizationId()).orElse("your team"),
                baseUrl.replaceAll("/+$", "") + "/join/" + token, expiresAt));
    }

    List<Pending> pending(UUID organizationId) {
        return jdbc.sql("""
                        select email, expires_at from colleague_invites
                        where organization_id = ? and accepted_at is null and expires_at > ? order by created_at desc""")
                .params(organizationId, utc(clock.instant()))
                .query((rs, row) -> new Pending(rs.getString("email"), instant(rs, "expires_at")))
                .list();
    }

    /** A usable invitation for this link: not accepted, not expired. */
    Optional<Invitation> find(String token) {
        if (!LinkTokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, organization_id, email from colleague_invites
                        where token_hash = ? and accepted_at is null and expires_at > ?""")
                .params(LinkTokens.hash(token), utc(clock.instant()))
                .query((rs, row) -> new Invitation(rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("email")))
                .optional();
    }

    /** Creates the colleague's account; empty when the email already has one. The link is then used up. */
    @Transactional
    Optional<SignedInUser> accept(Invitation invitation, String name, String password) {
        int claimed = jdbc.sql("update colleague_invites set accepted_at = ? where id = ? and accepted_at is null")
                .params(utc(clock.instant()), invitation.id()).update();
        if (claimed != 1) {
            return Optional.empty();
        }
        // Other invitations of the same person are used up too, so they stop being listed as pending.
        jdbc.sql("""
                        update colleague_invites set accepted_at = ?
                        where organization_id = ? and lower(email) = lower(?) and accepted_at is null""")
                .params(utc(clock.instant()), invitation.organizationId(), invitation.email()).update();
        Optional<SignedInUser> user = accounts.registerIntoOrganization(invitation.organizationId(),
                invitation.email(), password, name);
        if (user.isEmpty()) {
            throw new IllegalStateException("already registered");
        }
        return user;
    }

    record Pending(String email, Instant expiresAt) {
    }

    record Invitation(UUID id, UUID organizationId, String email) {
    }
}
