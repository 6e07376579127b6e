package org.huzhu.insurance.premium.earning;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Timestamp;
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
 * With several instances on the database (recovery runs at start-up and every 10 seconds), only the executions of
 * instances whose lease has expired are orphaned, and a month without execution only once it is two minutes old (at
 * start-up with no other instance alive, at once).
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

    private volatile boolean startedUp;

    @Override
    public int recoverOrphans() {
        List<Long> failed = OrphanedExecutions.failOfDeadInstances(dataSource, EarningRuns.JOB, leases);
        // a month STARTING without execution is being handed to a batch runtime for a moment: at this instance's start-up
        // with no other instance alive every such month was left by a crash; otherwise only one older than two minutes
        boolean alone = leases.liveInstances().size() <= 1;
        Timestamp before = alone && !startedUp ? clock.timestamp() : Timestamp.valueOf(clock.now().minusMinutes(2));
        startedUp = true;
        int runs = Jdbc.update(dataSource, "update insurance.earning_run set status = 'INTERRUPTED', finished_at = ? "
                + "where status = 'STARTING' and execution_id is null and started_at < ?", clock.timestamp(), before);
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
