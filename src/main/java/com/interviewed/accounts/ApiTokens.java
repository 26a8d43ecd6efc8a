package com.interviewed.accounts;

import static com.interviewed.shared.SqlTimes.utc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Opaque bearer tokens for the JSON API and the interview WebSocket: 256 random bits handed out once, of which
 * only a SHA-256 hash is stored, so a leaked database does not leak usable tokens.
 */
@Service
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AccountsProperties properties;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, AccountRepository accounts, AccountsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    IssuedToken issue(SignedInUser user) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.tokenTtl());
        jdbc.sql("insert into api_tokens (id, user_id, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), user.id(), sha256(token), utc(expiresAt),
                        utc(now))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    Optional<SignedInUser> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from api_tokens where token_hash = ? and expires_at > ?")
                .params(sha256(token), utc(clock.instant()))
                .query(UUID.class)
                .optional()
                .flatMap(accounts::findById)
                .map(UserRecord::toSignedInUser);
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    record IssuedToken(String token, Instant expiresAt) {
    }
}
