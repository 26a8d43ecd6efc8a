package com.interviewed.accounts;

import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.MutableClock;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The throttling tests' one application: limits of their own, a clock they move, and client addresses of their own
 * choosing ({@code X-Forwarded-For}, which the server trusts from loopback as it does from a proxy in front of it).
 */
@Tag("database")
@TestPropertySource(properties = {"interviewed.accounts.max-failed-logins=5",
        "interviewed.accounts.max-failed-logins-per-address=20", "interviewed.accounts.lockout=1m",
        "interviewed.accounts.max-lockout=15m", "interviewed.accounts.failed-login-memory=1h",
        "interviewed.accounts.sign-ups-per-address=10", "interviewed.accounts.sign-up-window=1h"})
@Import(ThrottlingTestSupport.FakeTime.class)
abstract class ThrottlingTestSupport extends HttpTestSupport {

    private static final String RUN = Integer.toHexString(new Random().nextInt(0x10000));
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @TestConfiguration(proxyBeanMethods = false)
    static class FakeTime {
        @Bean
        @Primary
        MutableClock throttlingClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    protected MutableClock clock;

    /**
     * Counts are shared by every application on the database, as they are across instances: on PostgreSQL the whole
     * suite shares one, where the other tests' requests from 127.0.0.1 have counted far past these tests' limits,
     * and the blocks these tests provoke would hold the other tests' 127.0.0.1 back for an hour.
     */
    @BeforeEach
    @AfterEach
    void forgetCounts() {
        jdbc.sql("delete from rate_limits").update();
    }

    /** Documentation addresses (RFC 3849), a new one each time and in each run (the database may be reused). */
    static String freshAddress() {
        return "2001:db8:" + RUN + "::" + Integer.toHexString(NEXT_ADDRESS.getAndIncrement());
    }
}
