package org.huzhu.platform.api.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import javax.sql.DataSource;

import org.huzhu.platform.api.AccountAction;
import org.huzhu.platform.api.AccountChanged;
import org.huzhu.platform.api.Jdbc;

/**
 * Carries {@link AccountChanged} to the other instances. The change is written to {@code platform.account_change_relay} in
 * the transaction that makes it; every instance reads the rows of the others ({@link #relay}, every 10 seconds) and
 * fires them as its own events, so their observers (verified credentials, account states, access, sessions, the login
 * throttle's unlock) forget the user there too, within seconds instead of at the end of their caches' lifetime.
 */
@ApplicationScoped
public class AccountChangeRelay {

    /** How long a change is kept for instances that were not running when it was made: they start with empty caches. */
    static final long KEPT_MS = 3_600_000L;

    private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    InstanceLeases leases;

    @Inject
    Event<AccountChanged> events;

    private long lastSeen = -1;

    void record(@Observes AccountChanged changed) {
        if (RELAYING.get()) {
            return;
        }
        Jdbc.update(dataSource, "insert into platform.account_change_relay (username, action, instance_id, changed_ms) values (?, ?, ?, ?)",
                changed.username(), changed.action() == null ? null : changed.action().name(), leases.instanceId(), System.currentTimeMillis());
    }

    /** Fires here the changes other instances made since the last call; returns how many. */
    public synchronized int relay() {
        if (lastSeen < 0) {
            lastSeen = Jdbc.queryOne(dataSource, "select coalesce(max(id), 0) from platform.account_change_relay", rs -> rs.getLong(1)).orElse(0L);
            return 0;
        }
        record Change(long id, String username, String action, String instance) {
        }
        List<Change> changes = Jdbc.query(dataSource, "select id, username, action, instance_id from platform.account_change_relay where id > ? order by id",
                rs -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), lastSeen);
        int fired = 0;
        RELAYING.set(true);
        try {
            for (Change change : changes) {
                lastSeen = change.id();
                if (!change.instance().equals(leases.instanceId())) {
                    events.fire(new AccountChanged(change.username(), change.action() == null ? null : AccountAction.valueOf(change.action())));
                    fired++;
                }
            }
        } finally {
            RELAYING.remove();
        }
        Jdbc.update(dataSource, "delete from platform.account_change_relay where changed_ms < ?", System.currentTimeMillis() - KEPT_MS);
        return fired;
    }
}
