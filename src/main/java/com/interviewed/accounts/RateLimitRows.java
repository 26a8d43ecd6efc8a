package com.interviewed.accounts;

import static com.interviewed.shared.SqlTimes.instant;
import static com.interviewed.shared.SqlTimes.utc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code rate_limits} table. {@link #change} is a compare-and-set loop, not read-then-write: a row is replaced
 * only if nobody changed it since it was read, so forty parallel requests for the last attempt get exactly one.
 * Plain statements outside any transaction, so that the counts hold on every instance sharing the database.
 */
@Repository
class RateLimitRows {

    /** A key's state; a key never seen has no hits. */
    record Count(int hits, Instant blockedUntil, Instant touchedAt) {

        static final Count NONE = new Count(0, null, null);

        boolean blockedAt(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }
    }

    /** What to do with a count: keep it as it is, or replace it; either way {@code result} is returned. */
    record Step<T>(T result, Count replacement) {

        static <T> Step<T> keep(T result) {
            return new Step<>(result, null);
        }

        static <T> Step<T> replace(T result, int hits, Instant blockedUntil, Instant now) {
            return new Step<>(result, new Count(hits, blockedUntil, now));
        }
    }

    interface Decision<T> {
        Step<T> decide(Count current);
    }

    private record Row(Count count, long version) {
    }

    private final JdbcClient jdbc;

    RateLimitRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The key for {@code value} limited as {@code kind}: a SHA-256 hash, so that any email a client sends fits, and
     * the table keeps no list of emails tried or of client addresses.
     */
    static String key(String kind, String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return kind + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Applies {@code decision} to the key's current count atomically, deciding again whenever it lost a race. */
    <T> T change(String key, Decision<T> decision) {
        while (true) {
            Optional<Row> row = find(key);
            Step<T> step = decision.decide(row.map(Row::count).orElse(Count.NONE));
            if (step.replacement() == null) {
                return step.result();
            }
            boolean written = row.isPresent() ? replace(key, row.get().version(), step.replacement())
                    : insert(key, step.replacement());
            if (written) {
                return step.result();
            }
        }
    }

    /** Forgets keys nothing happened to since {@code cutoff} and that block nobody any more. */
    int deleteIdleSince(Instant cutoff, Instant now) {
        return jdbc.sql("delete from rate_limits where touched_at < ? and (blocked_until is null or blocked_until <= ?)")
                .params(utc(cutoff), utc(now)).update();
    }

    private Optional<Row> find(String key) {
        return jdbc.sql("select hits, blocked_until, touched_at, version from rate_limits where limit_key = ?")
                .param(key)
                .query((rs, n) -> new Row(new Count(rs.getInt("hits"), instant(rs, "blocked_until"),
                        instant(rs, "touched_at")), rs.getLong("version")))
                .optional();
    }

    private boolean insert(String key, Count count) {
        try {
            return jdbc.sql("""
                            insert into rate_limits (limit_key, hits, blocked_until, touched_at, version)
                            values (?, ?, ?, ?, 0)""")
                    .params(key, count.hits(), utc(count.blockedUntil()), utc(count.touchedAt())).update() == 1;
        } catch (DuplicateKeyException anotherRequestInsertedItFirst) {
            return false;
        }
    }

    private boolean replace(String key, long version, Count count) {
        return jdbc.sql("""
                        update rate_limits set hits = ?, blocked_until = ?, touched_at = ?, version = version + 1
                        where limit_key = ? and version = ?""")
                .params(count.hits(), utc(count.blockedUntil()), utc(count.touchedAt()), key, version)
                .update() == 1;
    }
}
