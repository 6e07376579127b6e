package org.huzhu.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock that moves only when told. */
    private static final class Moving extends Clock {
        private Instant now = Instant.parse("2026-12-07T01:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theFifthFailureLocksTheNameUntilTheFirstOfThemIsFifteenMinutesOld() {
        Moving clock = new Moving();
        LoginThrottle throttle = new LoginThrottle(clock);
        Instant first = clock.instant();
        for (int failure = 1; failure <= 5; failure++) {
            assertFalse(throttle.isLocked("Officer"), "not locked before failure " + failure);
            throttle.failed("officer");
            clock.advance(Duration.ofMinutes(1));
        }
        assertTrue(throttle.isLocked("OFFICER"));
        assertEquals(first.plus(Duration.ofMinutes(15)), throttle.lockedUntil("officer"));
        assertEquals(10, throttle.minutesLeft("officer"));
        clock.advance(Duration.ofMinutes(10));
        assertFalse(throttle.isLocked("officer"), "the oldest failure is past the window");
    }

    @Test
    void aSuccessfulLoginClearsTheRecord() {
        LoginThrottle throttle = new LoginThrottle(new Moving());
        for (int failure = 1; failure <= 4; failure++) {
            throttle.failed("agent");
        }
        throttle.succeeded("agent");
        throttle.failed("agent");
        assertFalse(throttle.isLocked("agent"));
    }
}
