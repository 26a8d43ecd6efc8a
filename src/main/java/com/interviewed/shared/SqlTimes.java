package com.interviewed.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of {@code timestamp with time zone} columns, the same on H2 and PostgreSQL: written as UTC
 * offsets (both drivers bind {@link OffsetDateTime}), read through {@link Timestamp}.
 */
public final class SqlTimes {

    private SqlTimes() {
    }

    /** The value to bind for {@code instant}; null stays null. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant in {@code column}, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
