package org.huzhu.insurance.premium.earning;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.batch.JobRecovery;
import org.huzhu.platform.api.batch.OrphanedExecutions;
import org.huzhu.platform.api.cluster.InstanceLeases;

/**
 * After the server stopped while a month was being earned: its execution is marked FAILED in the job repository
 * ({@link OrphanedExecutions}) and the month's run {@code INTERRUPTED}, so that starting the month again restarts
 * it from its checkpoint; the ranges posted before the crash are skipped by their keys. A month whose job had not
 * yet been handed to the batch runtime (no execution) is interrupted too, and starting it again starts the job.
 * With several instances on the database, only the executions of instances whose lease has expired are orphaned, and
 * a month without execution is interrupted only when no other instance is alive.
 */
@ApplicationScoped
public class EarningRecovery implements JobRecovery {

    private static final Logger LOG = Logger.getLogger(EarningRecovery.class.getName());

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    BusinessClock clock;

    @Inject
    InstanceLeases leases;

    @Override
    public int recoverOrphans() {
        List<Long> failed = OrphanedExecutions.failOfDeadInstances(dataSource, EarningRuns.JOB, leases);
        int runs = 0;
        if (leases.liveInstances().size() <= 1) {
            // a month STARTING without execution may be another live instance's, being handed to its batch runtime
            runs += Jdbc.update(dataSource, "update insurance.earning_run set status = 'INTERRUPTED', finished_at = ? "
                    + "where status = 'STARTING' and execution_id is null", clock.timestamp());
        }
        for (long execution : failed) {
            runs += Jdbc.update(dataSource, "update insurance.earning_run set status = 'INTERRUPTED', finished_at = ? "
                    + "where execution_id = ? and status in ('STARTING', 'STARTED')", clock.timestamp(), execution);
        }
        if (runs > 0 || !failed.isEmpty()) {
            LOG.warning("An instance stopped while premium was being earned: execution(s) " + failed + " marked FAILED, " + runs
                    + " month(s) interrupted; start the month again to restart it from its checkpoint");
        }
        return failed.size() + runs;
    }
}
