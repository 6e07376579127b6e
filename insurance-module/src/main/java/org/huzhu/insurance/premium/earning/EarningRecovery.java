package org.huzhu.insurance.premium.earning;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.audit.AuditTrail;
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
 *
 * <p>The instance whose recovery failed an execution takes its month over: {@link #resumeTakenOver} restarts it from
 * its checkpoint, as the system, within seconds: a cluster's survivor when an instance died beside it, a single
 * server when it starts again after a crash. Only the instance whose update failed the execution takes it over, so a
 * month is restarted once however many instances recover at the same moment. A month a person stopped is not
 * restarted, nor one whose job had not been handed to the batch runtime: a person starts those again.</p>
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

    @Inject
    EarningRuns runs;

    private final Queue<YearMonth> takenOver = new ConcurrentLinkedQueue<>();

    private volatile boolean startedUp;

    @Override
    public int recoverOrphans() {
        List<Long> failed = OrphanedExecutions.failOfDeadInstances(dataSource, EarningRuns.JOB, leases);
        // a month STARTING without execution is being handed to a batch runtime for a moment: at this instance's start-up
        // with no other instance alive every such month was left by a crash; otherwise only one older than two minutes
        boolean alone = leases.liveInstances().size() <= 1;
        Timestamp before = alone && !startedUp ? clock.timestamp() : Timestamp.valueOf(clock.now().minusMinutes(2));
        startedUp = true;
        int interrupted = Jdbc.update(dataSource, "update insurance.earning_run set status = 'INTERRUPTED', finished_at = ? "
                + "where status = 'STARTING' and execution_id is null and started_at < ?", clock.timestamp(), before);
        for (long execution : failed) {
            interrupted += Jdbc.update(dataSource, "update insurance.earning_run set status = 'INTERRUPTED', finished_at = ? "
                    + "where execution_id = ? and status in ('STARTING', 'STARTED')", clock.timestamp(), execution);
            Jdbc.queryOne(dataSource, "select run_month from insurance.earning_run where execution_id = ?", row -> YearMonth.parse(row.getString(1)),
                    execution).ifPresent(takenOver::add);
        }
        if (interrupted > 0 || !failed.isEmpty()) {
            LOG.warning("An instance stopped while premium was being earned: execution(s) " + failed + " marked FAILED, " + interrupted
                    + " month(s) interrupted; " + (takenOver.isEmpty() ? "start the month again to restart it from its checkpoint"
                    : "this instance restarts " + takenOver + " from the checkpoint"));
        }
        return failed.size() + interrupted;
    }

    @Override
    public int resumeTakenOver() {
        int restarted = 0;
        for (YearMonth month = takenOver.poll(); month != null; month = takenOver.poll()) {
            try {
                runs.start(month, null, null, AuditTrail.SYSTEM);
                restarted++;
                LOG.info("Took over the earning of " + month + " from a server that stopped while it ran: restarted from its checkpoint");
            } catch (RuntimeException e) {
                LOG.warning("Could not restart the earning of " + month + " taken over from a server that stopped (" + e.getMessage()
                        + "); start the month again to restart it from its checkpoint");
            }
        }
        return restarted;
    }
}
