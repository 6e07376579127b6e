package org.huzhu.platform.api.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.huzhu.platform.api.Jdbc;

/**
 * This instance's lease in {@code platform.instance_lease}, and the others'. An instance renews its lease every few
 * seconds; one whose lease is older than {@link #expiryMillis()} (system property {@code huzhu.cluster.lease-seconds},
 * default 45) is taken for dead. Times are the machine's (epoch milliseconds), as the batch runtime's: a lease is a
 * matter of wall-clock seconds, not of the business date.
 */
@ApplicationScoped
public class InstanceLeases {

    private final String instanceId = UUID.randomUUID().toString();
    private final long startedMs = ManagementFactory.getRuntimeMXBean().getStartTime();

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    /** This instance, as its lease and the executions and schedule runs it owns name it. */
    public String instanceId() {
        return instanceId;
    }

    /** Writes or renews this instance's lease. */
    public void renew() {
        long now = System.currentTimeMillis();
        if (Jdbc.update(dataSource, "update platform.instance_lease set renewed_ms = ? where instance_id = ?", now, instanceId) == 0) {
            Jdbc.update(dataSource, "insert into platform.instance_lease (instance_id, host, started_ms, renewed_ms) values (?, ?, ?, ?)",
                    instanceId, host(), startedMs, now);
        }
    }

    /** The ids of the instances whose leases are live, this one included once it has renewed. */
    public List<String> liveInstances() {
        return Jdbc.query(dataSource, "select instance_id from platform.instance_lease where renewed_ms >= ? order by started_ms",
                rs -> rs.getString(1), liveSinceMs());
    }

    /**
     * When the longest-running live instance started (this JVM's start if none is older): an execution created before
     * it and recorded by no instance was started by an instance that has died since.
     */
    public long oldestLiveStartMs() {
        return Jdbc.queryOne(dataSource, "select min(started_ms) from platform.instance_lease where renewed_ms >= ?",
                        rs -> rs.getObject(1) == null ? startedMs : Math.min(rs.getLong(1), startedMs), liveSinceMs())
                .orElse(startedMs);
    }

    /** Deletes leases expired long ago (ten expiries), so that the table holds the instances of the last hour or so. */
    public int forgetDead() {
        return Jdbc.update(dataSource, "delete from platform.instance_lease where renewed_ms < ?", System.currentTimeMillis() - 10 * expiryMillis());
    }

    /** Leases renewed since this moment (epoch milliseconds) are live. */
    public long liveSinceMs() {
        return System.currentTimeMillis() - expiryMillis();
    }

    /** After how long without renewal an instance is taken for dead. */
    public static long expiryMillis() {
        return Long.getLong("huzhu.cluster.lease-seconds", 45L) * 1000L;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName() + " pid " + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "pid " + ProcessHandle.current().pid();
        }
    }
}
