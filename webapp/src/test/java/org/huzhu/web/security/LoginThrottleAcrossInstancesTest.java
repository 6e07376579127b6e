package org.huzhu.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.h2.jdbcx.JdbcDataSource;
import org.huzhu.platform.api.cluster.SharedLoginFailures;
import org.junit.jupiter.api.Test;

/** Two instances behind one balancer count failed logins together (the shared table of platform's V72, on H2). */
class LoginThrottleAcrossInstancesTest {

    private static final String STRANGER = "203.0.113.7";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-08-03T01:00:00Z"));

    private LoginThrottle instance(SharedLoginFailures shared) {
        LoginThrottle throttle = new LoginThrottle(clock);
        throttle.shared = shared;
        return throttle;
    }

    /** {@code count} instances counting together in one fresh table. */
    private LoginThrottle[] instances(String table, int count) throws Exception {
        SharedLoginFailures shared = new SharedLoginFailures(table(table));
        LoginThrottle[] instances = new LoginThrottle[count];
        for (int i = 0; i < count; i++) {
            instances[i] = instance(shared);
        }
        return instances;
    }

    /** One guess: refused unchecked while this instance knows a lock, else checked (wrong) and counted. */
    private static boolean guessed(LoginThrottle instance, String user, String client) {
        if (instance.isLocked(user, client)) {
            return false;
        }
        instance.failed(user, client);
        return true;
    }

    @Test
    void tenGuessesSpreadOverTwoInstancesLockTheAddressOnBothAsTenOnOneWould() throws Exception {
        LoginThrottle[] two = instances("spread", 2);
        LoginThrottle first = two[0];
        LoginThrottle second = two[1];
        for (int i = 0; i < 10; i++) {
            assertTrue(guessed(i % 2 == 0 ? first : second, "admin", STRANGER), "guess " + (i + 1) + " is checked");
            clock.pass(Duration.ofMillis(100));
        }
        assertTrue(second.isLocked("anyone", STRANGER), "the tenth guess, on the second instance, locks the address there at once");
        first.synchronise();
        assertTrue(first.isLocked("anyone", STRANGER), "and on the first once it has read the others' failures");
        assertEquals(second.lockedUntil("anyone", STRANGER), first.lockedUntil("anyone", STRANGER), "the same lock");
        assertFalse(first.isLocked("admin", "198.51.100.20"), "the administrator's own address may log in");
    }

    @Test
    void aGuessOnAnInstanceThatHasNotYetReadTheLockIsCheckedOnceAndThenLockedLongerThere() throws Exception {
        LoginThrottle[] two = instances("slack", 2);
        LoginThrottle first = two[0];
        LoginThrottle second = two[1];
        for (int i = 0; i < 10; i++) {
            guessed(second, "admin", STRANGER);
        }
        assertTrue(guessed(first, "admin", STRANGER), "the first instance has not read the lock yet: one more guess is checked");
        assertTrue(first.isLocked("admin", STRANGER), "the run of eleven locks it there at once");
        assertEquals(clock.instant().plus(Duration.ofMinutes(2)), first.lockedUntil("admin", STRANGER), "eleven in a row: the lock doubles");
        assertFalse(guessed(first, "admin", STRANGER));
    }

    @Test
    void aRightPasswordOnOneInstanceEndsTheNamesRunInTheDatabase() throws Exception {
        LoginThrottle[] three = instances("success", 3);
        for (int i = 0; i < 19; i++) {
            guessed(three[1], "agent", "192.0.2." + i);
        }
        three[0].synchronise();
        three[0].succeeded("agent");
        guessed(three[2], "agent", "192.0.2.50");
        assertFalse(three[2].isLocked("agent", "198.51.100.20"),
                "19 failures on one instance, a right password on another and one failure on a third are not 20 in a row");
    }

    @Test
    void withoutTheDatabaseAnInstanceGoesOnCountingOnItsOwn() throws Exception {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL("jdbc:h2:mem:login-none;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        LoginThrottle alone = instance(new SharedLoginFailures(empty));
        for (int i = 0; i < 10; i++) {
            assertTrue(guessed(alone, "admin", STRANGER));
        }
        assertTrue(alone.isLocked("admin", STRANGER), "the table is missing: the lock is this instance's own");
        alone.synchronise();
    }

    /** An H2 database with platform's table of failed logins, from its migration on the classpath. */
    private static JdbcDataSource table(String name) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:login-" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists platform");
            statement.execute("runscript from 'classpath:/db/migration/platform/V72__login_failures.sql'");
        }
        return dataSource;
    }
}
