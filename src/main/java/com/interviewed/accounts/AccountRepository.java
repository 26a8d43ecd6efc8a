package com.interviewed.accounts;

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
            select u.id, u.email, u.password_hash, u.name, u.role, m.organization_id
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
                insert into users (id, email, password_hash, name, role, created_at)
                values (?, ?, ?, ?, ?, ?)""")
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
                rs.getObject("organization_id", UUID.class));
    }
}
