package org.huzhu.platform.api.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import org.huzhu.platform.api.Jdbc;

/**
 * Runs a scheduled task once per occurrence across all instances: every instance's timer fires, the first to record
 * the occurrence in {@code platform.schedule_run} runs it and the others skip it. The record stays: it says which
 * instance ran which occurrence.
 */
@ApplicationScoped
public class ScheduledRuns {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    InstanceLeases leases;

    /**
     * Records that this instance runs {@code occurrence} (for instance {@code 2026-08-01} or {@code 2026-07}) of
     * {@code schedule}; false when another instance (or this one) already did, and then the caller must not run it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String schedule, String occurrence) {
        return record(dataSource, schedule, occurrence, leases.instanceId());
    }

    static boolean record(DataSource dataSource, String schedule, String occurrence, String instanceId) {
        return Jdbc.update(dataSource, "insert into platform.schedule_run (schedule, occurrence, instance_id, claimed_ms) values (?, ?, ?, ?) "
                + "on conflict do nothing", schedule, occurrence, instanceId, System.currentTimeMillis()) == 1;
    }
}
