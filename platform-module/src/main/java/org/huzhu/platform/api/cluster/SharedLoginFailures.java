package org.huzhu.platform.api.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import javax.sql.DataSource;

import org.huzhu.platform.api.Jdbc;

/**
 * The login throttle's failures as every instance sees them ({@code platform.login_failure}): a run of failures per
 * user name or client address and the lock it has earned. The throttle of each instance counts a failure here and
 * takes the run's length across all instances; it reads the others' runs and locks every few seconds.
 */
@ApplicationScoped
public class SharedLoginFailures {

    /** A run of failures for one key, the last failure and the end of its lock (epoch milliseconds, 0 when none). */
    public record Run(String kind, String key, int failures, long lastMs, long lockedUntilMs) {
    }

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    public SharedLoginFailures() {
    }

    /** The failures kept in {@code dataSource}'s {@code platform.login_failure} (for tests and tools; the server injects its own). */
    public SharedLoginFailures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Counts a failure for {@code key} at {@code nowMs}; a run starts again after {@code quietMs} without a failure or a
     * lock. Returns the run's length, counted by all instances.
     */
    public int fail(String kind, String key, long nowMs, long quietMs) {
        for (int attempt = 0; ; attempt++) {
            int counted = Jdbc.update(dataSource, "update platform.login_failure set failures = case when ? > greatest(last_ms, locked_until_ms) + ? "
                    + "then 1 else failures + 1 end, last_ms = ? where kind = ? and key_text = ?", nowMs, quietMs, nowMs, kind, key);
            if (counted > 0) {
                return Jdbc.queryOne(dataSource, "select failures from platform.login_failure where kind = ? and key_text = ?",
                        rs -> rs.getInt(1), kind, key).orElse(1);
            }
            try {
                Jdbc.update(dataSource, "insert into platform.login_failure (kind, key_text, failures, last_ms, locked_until_ms) values (?, ?, 1, ?, 0)",
                        kind, key, nowMs);
                return 1;
            } catch (Jdbc.DataAccessException taken) {
                if (!taken.isUniqueViolation() || attempt > 2) {
                    throw taken;
                }
                // another instance counted the first failure of this key at the same moment: count on its row
            }
        }
    }

    /** Locks {@code key} until {@code untilMs}, unless it is locked longer already. */
    public void lock(String kind, String key, long untilMs) {
        Jdbc.update(dataSource, "update platform.login_failure set locked_until_ms = ? where kind = ? and key_text = ? and locked_until_ms < ?",
                untilMs, kind, key, untilMs);
    }

    /** Ends the run of {@code key} (a right password for a name, an administrator's unlock). */
    public void forget(String kind, String key) {
        Jdbc.update(dataSource, "delete from platform.login_failure where kind = ? and key_text = ?", kind, key);
    }

    /** The runs with a failure at or after {@code sinceMs}. */
    public List<Run> since(long sinceMs) {
        return Jdbc.query(dataSource, "select kind, key_text, failures, last_ms, locked_until_ms from platform.login_failure where last_ms >= ?",
                rs -> new Run(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)), sinceMs);
    }

    /** Forgets the runs of {@code kind} with neither a failure nor a lock since {@code beforeMs}; returns how many. */
    public int forgetQuiet(String kind, long beforeMs) {
        return Jdbc.update(dataSource, "delete from platform.login_failure where kind = ? and last_ms < ? and locked_until_ms < ?", kind, beforeMs, beforeMs);
    }
}
