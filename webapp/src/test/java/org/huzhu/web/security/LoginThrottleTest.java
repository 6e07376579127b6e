package org.huzhu.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.huzhu.platform.api.AccountAction;
import org.huzhu.platform.api.AccountChanged;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String STRANGER = "203.0.113.7";
    private static final String OFFICE = "198.51.100.20";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-08-03T01:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    /** What the authentication mechanism does with one attempt: refused unchecked while locked, else checked and counted. */
    private boolean attempt(String user, String client, boolean rightPassword) {
        if (throttle.isLocked(user, client)) {
            return false;
        }
        if (rightPassword) {
            throttle.succeeded(user);
            return true;
        }
        throttle.failed(user, client);
        return false;
    }

    private void pass(Duration duration) {
        clock.pass(duration);
    }

    @Test
    void aStrangerGuessingTheAdministratorsPasswordIsStoppedBeforeTheAdministratorIs() {
        for (int i = 0; i < 10; i++) {
            attempt("admin", STRANGER, false);
        }
        assertEquals(Duration.ofMinutes(1), throttle.wait("admin", STRANGER), "the stranger's address waits");
        assertFalse(throttle.isLocked("admin", OFFICE), "the administrator is not locked out");
        assertTrue(attempt("admin", OFFICE, true));
        for (int i = 0; i < 100; i++) {
            attempt("admin", STRANGER, false);
        }
        assertTrue(attempt("admin", OFFICE, true), "trying during the lock neither counts nor prolongs it");
        assertEquals(Duration.ofMinutes(1), throttle.wait("admin", STRANGER));
        // and the stranger, trying again whenever the address's lock ends, never reaches the name's limit
        Instant start = clock.instant();
        while (clock.instant().isBefore(start.plus(Duration.ofHours(6)))) {
            pass(throttle.wait("admin", STRANGER).plusSeconds(1));
            attempt("admin", STRANGER, false);
            assertFalse(throttle.isLocked("admin", OFFICE), "the administrator is never locked out, at " + Duration.between(start, clock.instant()));
        }
    }

    @Test
    void fiftyUserNamesOneTryEachFromOneAddressGetTenTries() {
        int checked = 0;
        for (int i = 0; i < 50; i++) {
            if (!throttle.isLocked("user" + i, STRANGER)) {
                checked++;
            }
            attempt("user" + i, STRANGER, false);
        }
        assertEquals(10, checked);
        assertFalse(throttle.isLocked("user7", OFFICE), "no name is locked by them");
    }

    @Test
    void theAddressLockDoublesWithEachFailureAfterALockUpToAnHour() {
        for (int i = 0; i < 10; i++) {
            attempt("someone", STRANGER, false);
        }
        for (long minutes : new long[] {2, 4, 8, 16, 32, 60, 60}) {
            pass(throttle.wait("someone", STRANGER));
            attempt("someone" + minutes, STRANGER, false);
            assertEquals(Duration.ofMinutes(minutes), throttle.wait("anyone", STRANGER));
        }
    }

    @Test
    void aRightPasswordFromTheSameAddressDoesNotWipeItsFailures() {
        for (int i = 0; i < 9; i++) {
            attempt("admin", STRANGER, false);
        }
        assertTrue(attempt("strangers-own-account", STRANGER, true));
        attempt("admin", STRANGER, false);
        assertTrue(throttle.isLocked("admin", STRANGER));
    }

    @Test
    void failuresFromManyAddressesLockTheNameBrieflyAndGrowingAtMostFiveMinutes() {
        for (int i = 0; i < 20; i++) {
            attempt("admin", "192.0.2." + i, false);
        }
        assertEquals(Duration.ofSeconds(15), throttle.wait("admin", OFFICE), "the name waits, whoever asks");
        assertFalse(attempt("admin", OFFICE, true), "the right password waits too: it could be a guess");
        for (long seconds : new long[] {30, 60, 120, 240, 300, 300}) {
            pass(throttle.wait("admin", OFFICE));
            attempt("admin", "192.0.2.99", false);
            assertEquals(Duration.ofSeconds(seconds), throttle.wait("admin", OFFICE));
        }
        pass(throttle.wait("admin", OFFICE));
        assertTrue(attempt("admin", OFFICE, true), "once the lock is over the right password clears it");
        attempt("admin", "192.0.2.98", false);
        assertFalse(throttle.isLocked("admin", OFFICE));
    }

    @Test
    void anAdministratorUnlocksTheName() {
        for (int i = 0; i < 20; i++) {
            attempt("officer", "192.0.2." + i, false);
        }
        assertTrue(throttle.isLocked("officer", OFFICE));
        throttle.unlocked(new AccountChanged("officer", AccountAction.PASSWORD_CHANGED));
        assertTrue(throttle.isLocked("officer", OFFICE), "only an unlock unlocks");
        throttle.unlocked(new AccountChanged("Officer", AccountAction.UNLOCKED));
        assertFalse(throttle.isLocked("officer", OFFICE));
        for (int i = 0; i < 10; i++) {
            attempt("officer", STRANGER, false);
        }
        throttle.unlocked(new AccountChanged("officer", AccountAction.UNLOCKED));
        assertTrue(throttle.isLocked("officer", STRANGER), "the stranger's address stays locked");
    }

    @Test
    void failuresAreForgottenAfterAQuietSpell() {
        for (int i = 0; i < 19; i++) {
            attempt("admin", "192.0.2." + i, false);
        }
        pass(Duration.ofMinutes(16));
        attempt("admin", "192.0.2.50", false);
        assertFalse(throttle.isLocked("admin", OFFICE), "19 failures a quarter of an hour ago and one clock.instant() are not 20 in a row");

        for (int i = 0; i < 9; i++) {
            attempt("x", STRANGER, false);
        }
        pass(Duration.ofMinutes(61));
        attempt("x", STRANGER, false);
        assertFalse(throttle.isLocked("y", STRANGER));
    }

    @Test
    void theWaitIsToldInWholeSecondsRoundedUp() {
        for (int i = 0; i < 10; i++) {
            attempt("admin", STRANGER, false);
        }
        pass(Duration.ofMillis(59_001));
        assertEquals(1, throttle.secondsLeft("admin", STRANGER));
        pass(Duration.ofMillis(999));
        assertEquals(0, throttle.secondsLeft("admin", STRANGER));
    }
    // From the login-page line of work: the throttle tells when a lock ends (the page says "locked until HH:mm"), the
    // lock ends then, names are one name whatever their case, and a success clears the name's record. Its numbers
    // (five failures, fifteen minutes) gave way to the per-name and per-address rules above.

    @Test
    void theFailureThatLocksTheNameTellsWhenTheLockEndsAndItEndsThen() {
        for (int i = 0; i < 19; i++) {
            assertFalse(throttle.isLocked("Officer", OFFICE), "not locked before failure " + (i + 1));
            attempt("officer", "192.0.2." + i, false);
            pass(Duration.ofSeconds(10));
        }
        assertEquals(clock.instant(), throttle.lockedUntil("officer", OFFICE), "not locked: it may be tried clock.instant()");
        attempt("OFFICER", "192.0.2.19", false);
        Instant twentieth = clock.instant();
        assertTrue(throttle.isLocked("officer", OFFICE));
        assertEquals(twentieth.plusSeconds(15), throttle.lockedUntil("Officer", OFFICE));
        assertEquals(15, throttle.secondsLeft("officer", OFFICE));
        pass(Duration.ofSeconds(14));
        assertFalse(attempt("officer", "192.0.2.77", false));
        assertEquals(twentieth.plusSeconds(15), throttle.lockedUntil("officer", OFFICE), "trying during the lock does not move its end");
        pass(Duration.ofSeconds(1));
        assertFalse(throttle.isLocked("officer", OFFICE), "the lock ends when it said");
        assertEquals(clock.instant(), throttle.lockedUntil("officer", OFFICE));
    }

    @Test
    void theLockToldIsTheLongerOfTheNamesAndTheAddresss() {
        for (int i = 0; i < 10; i++) {
            attempt("agent" + i, STRANGER, false);
        }
        Instant tenth = clock.instant();
        assertEquals(tenth.plus(Duration.ofMinutes(1)), throttle.lockedUntil("anyone", STRANGER), "the address's lock, whatever the name");
        assertEquals(clock.instant(), throttle.lockedUntil("anyone", OFFICE), "another address may try");
        for (int i = 0; i < 20; i++) {
            attempt("agent", "192.0.2." + i, false);
        }
        assertEquals(clock.instant().plusSeconds(15), throttle.lockedUntil("agent", OFFICE));
        assertEquals(tenth.plus(Duration.ofMinutes(1)), throttle.lockedUntil("agent", STRANGER), "the address's minute is the longer");
    }

    @Test
    void aSuccessfulLoginClearsTheNamesRecord() {
        for (int i = 0; i < 19; i++) {
            attempt("agent", "192.0.2." + i, false);
        }
        assertTrue(attempt("agent", OFFICE, true));
        attempt("agent", "192.0.2.50", false);
        assertFalse(throttle.isLocked("agent", OFFICE), "19 failures, a success and one failure are not 20 in a row");
    }
}
