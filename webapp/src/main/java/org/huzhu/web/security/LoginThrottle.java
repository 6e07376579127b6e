package org.huzhu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.huzhu.platform.api.AccountAction;
import org.huzhu.platform.api.AccountChanged;
import org.huzhu.platform.api.cluster.SharedLoginFailures;

/**
 * Failed logins slow down whoever makes them, by client address and by user name, with locks that grow.
 *
 * <ul>
 * <li><b>Per client address</b> ({@link #PER_CLIENT}, see {@link ClientAddress}): from the 10th failure from one address
 * (whatever the user names)
 * the address is locked for 1 minute, and each failure after a lock doubles it (2, 4, 8 … at most 60 minutes).
 * A success does not clear it (a stranger's own account must not wipe their failures); an hour without failures
 * after the last lock does.</li>
 * <li><b>Per user name</b> ({@link #PER_NAME}): from the 20th failure for one name (from any addresses) the name is
 * locked for 15 seconds, doubling with each failure after a lock, at most 5 minutes. A success clears it, so does
 * an administrator ({@code POST /api/v1/accounts/{username}/unlock}), so do 15 minutes without failures.</li>
 * </ul>
 *
 * <p>A stranger at one address is therefore stopped by the address limit at the 10th failure, before the name's limit
 * (20) is reached, and with the address's growing locks can add at most four more failures before the name's count is
 * forgotten: guessing the administrator's password from one place locks the stranger, never the administrator.
 * Only failures from many addresses lock a name, for seconds to minutes. While a name or an address is locked its
 * attempts are refused without checking the password and are not counted, so a lock cannot be prolonged by trying
 * during it. The caller counts each request once ({@link HuzhuAuthentication}).</p>
 *
 * <p>Several instances count together ({@link SharedLoginFailures}): a failure is counted in the database and the run's
 * length across all instances decides the lock at once on the instance that saw it; the others learn the runs and locks
 * every 10 seconds ({@link #synchronise}, from the lease keeper). A stranger spreading guesses over the instances
 * behind a balancer therefore meets the same limits, give or take one guess per instance in those seconds. When the
 * database cannot be reached the instance goes on counting on its own.</p>
 */
@ApplicationScoped
public class LoginThrottle {

    /** How one kind of key is throttled: locks start at {@code threshold} failures and double up to {@code maxLock}. */
    record Rule(int threshold, Duration firstLock, Duration maxLock, Duration quiet) {

        /** The lock after {@code failures} failures in a row. */
        Duration lockAfter(int failures) {
            if (failures < threshold) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - threshold, 30);
            Duration lock = firstLock.multipliedBy(1L << doublings);
            return lock.compareTo(maxLock) > 0 ? maxLock : lock;
        }
    }

    static final Rule PER_CLIENT = new Rule(10, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1));
    static final Rule PER_NAME = new Rule(20, Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ofMinutes(15));
    static final int MAX_ENTRIES = 100_000;

    /** Failures in a row for one key, the last one, and the end of the present lock. */
    private static final class Failures {
        int count;
        Instant last;
        Instant lockedUntil = Instant.MIN;
    }

    static final String NAME = "NAME";
    static final String ADDRESS = "ADDRESS";
    /** How far back a synchronisation looks before the previous one: other instances' clocks and writes in flight. */
    private static final long SYNC_MARGIN_MS = 15_000;
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    private final Map<String, Failures> names = new ConcurrentHashMap<>();
    private final Map<String, Failures> clients = new ConcurrentHashMap<>();
    private final Clock clock;
    private long syncedMs = -1;

    /** The failures of all instances; none in a unit test, which counts on its own. */
    @Inject
    SharedLoginFailures shared;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long an attempt for {@code user} from {@code client} must wait; zero when it may be checked now. */
    public Duration wait(String user, String client) {
        Instant now = clock.instant();
        return Duration.between(now, lockedUntil(user, client, now));
    }

    /**
     * When an attempt for {@code user} from {@code client} may be checked again: the end of the longer of the name's
     * and the address's locks (what the login page tells, as a time of day). Now, when neither is locked.
     */
    public Instant lockedUntil(String user, String client) {
        return lockedUntil(user, client, clock.instant());
    }

    private Instant lockedUntil(String user, String client, Instant now) {
        Instant byName = end(names.get(key(user)));
        Instant byClient = end(clients.get(key(client)));
        Instant end = byName.isAfter(byClient) ? byName : byClient;
        return end.isAfter(now) ? end : now;
    }

    /** {@link #wait} in whole seconds, at least 1 while locked: what the refusal tells the caller. */
    public long secondsLeft(String user, String client) {
        Duration wait = wait(user, client);
        return wait.isZero() ? 0 : Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public boolean isLocked(String user, String client) {
        return !wait(user, client).isZero();
    }

    /** A wrong password (or code) for {@code user} from {@code client}, checked because neither was locked. */
    public void failed(String user, String client) {
        count(names, NAME, key(user), PER_NAME);
        count(clients, ADDRESS, key(client), PER_CLIENT);
    }

    /** A right password: the name's failures end; the address's stay. */
    public void succeeded(String user) {
        String name = key(user);
        if (names.remove(name) != null) {
            share(store -> store.forget(NAME, name));
        }
    }

    /** An administrator lifts the name's lock. */
    public void unlock(String user) {
        String name = key(user);
        names.remove(name);
        share(store -> store.forget(NAME, name));
    }

    /**
     * Takes in the runs and locks the other instances counted since the last call, and forgets in the database the runs
     * that have been quiet long enough. Called every 10 seconds by the lease keeper.
     */
    public synchronized void synchronise() {
        long nowMs = clock.millis();
        long sinceMs = syncedMs < 0 ? nowMs - PER_CLIENT.quiet().toMillis() : syncedMs - SYNC_MARGIN_MS;
        share(store -> {
            for (SharedLoginFailures.Run run : store.since(sinceMs)) {
                merge(NAME.equals(run.kind()) ? names : clients, run);
            }
            store.forgetQuiet(NAME, nowMs - PER_NAME.quiet().toMillis());
            store.forgetQuiet(ADDRESS, nowMs - PER_CLIENT.quiet().toMillis());
            syncedMs = nowMs;
        });
    }

    private static void merge(Map<String, Failures> map, SharedLoginFailures.Run run) {
        Failures failures = map.computeIfAbsent(run.key(), k -> new Failures());
        Instant last = Instant.ofEpochMilli(run.lastMs());
        Instant lockedUntil = Instant.ofEpochMilli(run.lockedUntilMs());
        synchronized (failures) {
            if (failures.last == null || !last.isBefore(failures.last)) {
                failures.count = run.failures();
                failures.last = last;
            }
            if (lockedUntil.isAfter(failures.lockedUntil)) {
                failures.lockedUntil = lockedUntil;
            }
        }
    }

    /** Does {@code work} on the shared failures when there are any; a database that fails leaves this instance counting alone. */
    private void share(java.util.function.Consumer<SharedLoginFailures> work) {
        if (shared == null) {
            return;
        }
        try {
            work.accept(shared);
        } catch (RuntimeException unavailable) {
            LOG.log(Level.WARNING, "Failed logins are counted on this instance only for now: " + unavailable.getMessage(), unavailable);
        }
    }

    void unlocked(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        if (changed.action() == AccountAction.UNLOCKED) {
            unlock(changed.username());
        }
    }

    private static Instant end(Failures failures) {
        if (failures == null) {
            return Instant.MIN;
        }
        synchronized (failures) {
            return failures.lockedUntil;
        }
    }

    private void count(Map<String, Failures> map, String kind, String key, Rule rule) {
        if (map.size() >= MAX_ENTRIES) {
            prune(map, rule);
        }
        Failures failures = map.computeIfAbsent(key, k -> new Failures());
        Instant now = clock.instant();
        synchronized (failures) {
            if (failures.last != null && now.isAfter(latest(failures).plus(rule.quiet()))) {
                failures.count = 0;
            }
            failures.count++;
            failures.last = now;
            Duration lock = rule.lockAfter(failures.count);
            if (!lock.isZero()) {
                failures.lockedUntil = now.plus(lock);
            }
        }
        share(store -> {
            // the run as all instances counted it decides the lock here at once, and is the others' to read
            int run = store.fail(kind, key, now.toEpochMilli(), rule.quiet().toMillis());
            Duration lock = rule.lockAfter(run);
            Instant until = now.plus(lock);
            synchronized (failures) {
                failures.count = Math.max(failures.count, run);
                if (until.isAfter(failures.lockedUntil)) {
                    failures.lockedUntil = until;
                }
            }
            if (!lock.isZero()) {
                store.lock(kind, key, until.toEpochMilli());
            }
        });
    }

    /** Forgets the keys that have been quiet long enough (a flood of addresses or names cannot grow the map for ever). */
    private void prune(Map<String, Failures> map, Rule rule) {
        Instant now = clock.instant();
        map.values().removeIf(failures -> {
            synchronized (failures) {
                return failures.last == null || now.isAfter(latest(failures).plus(rule.quiet()));
            }
        });
        if (map.size() >= MAX_ENTRIES) {
            map.values().removeIf(failures -> {
                synchronized (failures) {
                    return !now.isBefore(failures.lockedUntil);
                }
            });
        }
    }

    private static Instant latest(Failures failures) {
        return failures.lockedUntil.isAfter(failures.last) ? failures.lockedUntil : failures.last;
    }

    /** A name or address as counted: trimmed, in lower case, at most 200 characters (what the shared table holds). */
    private static String key(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }
}
