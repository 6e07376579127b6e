package org.huzhu.web.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * After five failed logins for one user name within fifteen minutes, that name is locked, whatever password
 * is tried, until fewer than five failures remain within the last fifteen minutes; a successful login clears
 * the record.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isLocked(String user) {
        Deque<Instant> recent = recent(user);
        synchronized (recent) {
            prune(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    public long minutesLeft(String user) {
        Duration left = Duration.between(clock.instant(), lockedUntil(user));
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }

    /**
     * When the lock of a locked name ends: when the oldest of the failures that lock it is fifteen minutes old (a
     * locked name records no further failures). Now, when the name is not locked.
     */
    public Instant lockedUntil(String user) {
        Deque<Instant> recent = recent(user);
        synchronized (recent) {
            prune(recent);
            if (recent.size() < MAX_FAILURES) {
                return clock.instant();
            }
            return recent.stream().skip(recent.size() - MAX_FAILURES).findFirst().orElseThrow().plus(WINDOW);
        }
    }

    public void failed(String user) {
        Deque<Instant> recent = recent(user);
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    public void succeeded(String user) {
        failures.remove(key(user));
    }

    private Deque<Instant> recent(String user) {
        return failures.computeIfAbsent(key(user), k -> new ArrayDeque<>());
    }

    private void prune(Deque<Instant> recent) {
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
    }

    private static String key(String user) {
        return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
    }
}
