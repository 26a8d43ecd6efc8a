package com.interviewed.accounts;

import static com.interviewed.shared.SqlTimes.instant;
import static com.interviewed.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String SELECT_USER = """
            select u.id, u.email, u.password_hash, u.name, u.role, u.failed_logins, u.locked_until, m.organization_id
            from users u left join memberships m on m.user_id = u.id
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserRecord> findByEmail(String email) {
        return jdbc.sql(SELECT_USER + " where u.email = ?").param(email).query(AccountRepository::mapUser).optional();
    }

    Optional<UserRecord> findById(UUID id) {
        return jdbc.sql(SELECT_USER + " where u.id = ?").param(id).query(AccountRepository::mapUser).optional();
    }

    boolean emailExists(String email) {
        return jdbc.sql("select count(*) from users where email = ?").param(email).query(Integer.class).single() > 0;
    }

    void insertUser(UUID id, String email, String passwordHash, String name, Role role, Instant now) {
        jdbc.sql("""
                insert into users (id, email, password_hash, name, role, failed_logins, created_at)
                values (?, ?, ?, ?, ?, 0, ?)""")
                .params(id, email, passwordHash, name, role.name(), utc(now))
                .update();
    }

    void insertOrganization(UUID id, String name, Instant now) {
        jdbc.sql("insert into organizations (id, name, created_at) values (?, ?, ?)")
                .params(id, name, utc(now))
                .update();
    }

    void insertMembership(UUID organizationId, UUID userId, String role, Instant now) {
        jdbc.sql("insert into memberships (organization_id, user_id, role, created_at) values (?, ?, ?, ?)")
                .params(organizationId, userId, role, utc(now))
                .update();
    }

    /** Counts one more failed sign-in and returns the new count. */
    int incrementFailedLogins(UUID userId) {
        jdbc.sql("update users set failed_logins = failed_logins + 1 where id = ?").param(userId).update();
        return jdbc.sql("select failed_logins from users where id = ?").param(userId).query(Integer.class).single();
    }

    void lockUntil(UUID userId, Instant until) {
        jdbc.sql("update users set locked_until = ? where id = ?").params(utc(until), userId).update();
    }

    void resetFailedLogins(UUID userId) {
        jdbc.sql("update users set failed_logins = 0, locked_until = null where id = ?").param(userId).update();
    }

    void updatePasswordHash(UUID userId, String passwordHash) {
        jdbc.sql("update users set password_hash = ? where id = ?").params(passwordHash, userId).update();
    }

    private static UserRecord mapUser(ResultSet rs, int row) throws SQLException {
        return new UserRecord(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("password_hash"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getInt("failed_logins"),
                instant(rs, "locked_until"),
                rs.getObject("organization_id", UUID.class));
    }
}
