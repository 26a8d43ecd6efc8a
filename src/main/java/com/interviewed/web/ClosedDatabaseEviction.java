package com.interviewed.web;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool to throw away a connection whose database reports itself closed, so the next borrower
 * gets a fresh connection (which reopens the embedded database) instead of the same error forever. Hikari evicts on
 * SQL states 08xxx by itself; H2 reports a closed database with its own codes. Configured by class name in
 * {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class ClosedDatabaseEviction implements SQLExceptionOverride {

    /** H2: database closed (90098), already closed (90121), connection broken (90067), file corrupted (90030). */
    private static final Set<Integer> CLOSED = Set.of(90098, 90121, 90067, 90030);

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && CLOSED.contains(sql.getErrorCode())) {
                return SQLExceptionOverride.Override.MUST_EVICT;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
