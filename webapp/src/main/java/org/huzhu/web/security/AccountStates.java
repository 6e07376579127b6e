package org.huzhu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.huzhu.platform.api.AccountChanged;
import org.huzhu.platform.api.Accounts;

/**
 * Whether a logged-in account may go on: enabled, and without a password change pending. Read from the accounts at most
 * once a minute per user, and again at once after the account changed ({@link AccountChanged}: disabled, password set
 * or changed), so that a session opened before an administrator disabled the account ends with its next request.
 */
@ApplicationScoped
public class AccountStates {

    static final long LIFETIME_NANOS = 60_000_000_000L;
    static final int MAX_ENTRIES = 10_000;

    /** What the gate needs to know of an account. */
    public record State(boolean enabled, boolean mustChangePassword) {
    }

    private record Entry(State state, long until) {
    }

    @Inject
    Accounts accounts;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public AccountStates() {
        this(System::nanoTime);
    }

    AccountStates(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public State of(String username) {
        String key = key(username);
        long now = nanoClock.getAsLong();
        Entry entry = entries.get(key);
        if (entry == null || now - entry.until() >= 0) {
            State state = accounts.find(username).map(a -> new State(a.enabled(), a.mustChangePassword())).orElse(new State(false, false));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entry = new Entry(state, now + LIFETIME_NANOS);
            entries.put(key, entry);
        }
        return entry.state();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        entries.remove(key(changed.username()));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
