package com.interviewed;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.interviewed.support.HttpTestSupport;

/** The migrations apply cleanly to an empty database: H2 in the default run, PostgreSQL in the second. */
@Tag("database")
class MigrationTest extends HttpTestSupport {

    @Autowired
    Flyway flyway;

    @Test
    void allMigrationsApplied() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void domainTablesExist() {
        for (String table : new String[] {"organizations", "users", "memberships", "api_tokens", "resumes", "jobs",
                "invites", "interviews", "transcript_turns", "evaluations", "evaluation_questions", "email_outbox",
                "event_publication"}) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single()).as(table).isNotNull();
        }
    }

    @Test
    void transcriptTurnStatusIsConstrained() {
        String constraint = jdbc.sql("""
                select count(*) from information_schema.table_constraints
                where lower(table_name) = 'transcript_turns' and lower(constraint_name) = 'transcript_turns_status_check'""")
                .query(Long.class).single().toString();
        assertThat(constraint).isEqualTo("1");
    }
}
