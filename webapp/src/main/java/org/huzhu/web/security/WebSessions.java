package org.huzhu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpSession;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.huzhu.platform.api.AccountChanged;

/**
 * Ends the page sessions of an account whose password was set, changed or reset, whose roles changed, or which was
 * disabled ({@link AccountChanged#endsSessions()}): each session carries a stamp from the moment its holder logged in,
 * each such change of an account a later stamp, and the {@link AccountGate} ends, at its next request, every session of
 * the account stamped before the change. The session in which a person changed their own password is stamped again
 * ({@link #keep}) and goes on; every other one (another browser, a stolen cookie) ends.
 */
@ApplicationScoped
public class WebSessions {

    static final String LOGGED_IN = "huzhu.session.loggedIn";

    private final AtomicLong stamps = new AtomicLong();
    private final Map<String, Long> endedBefore = new ConcurrentHashMap<>();

    /** A session whose holder has just logged in. */
    public void loggedIn(HttpSession session) {
        session.setAttribute(LOGGED_IN, stamps.incrementAndGet());
    }

    /** The session in which the holder just changed their own password goes on. */
    public void keep(HttpSession session) {
        loggedIn(session);
    }

    /** Whether {@code user}'s session opened before a change that ends sessions. */
    public boolean isEnded(HttpSession session, String user) {
        Long ended = endedBefore.get(key(user));
        if (ended == null) {
            return false;
        }
        Object stamp = session.getAttribute(LOGGED_IN);
        return !(stamp instanceof Long loggedIn) || loggedIn < ended;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
        if (changed.endsSessions()) {
            endedBefore.put(key(changed.username()), stamps.incrementAndGet());
        }
    }

    private static String key(String user) {
        return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
    }
}
