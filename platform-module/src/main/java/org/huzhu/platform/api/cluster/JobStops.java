package org.huzhu.platform.api.cluster;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.platform.api.Jdbc;

/**
 * Stopping a batch execution from any instance. The batch runtime stops only the jobs of its own JVM; a stop asked on
 * an instance for an execution that another live instance runs ({@code platform.job_execution_owner}) is written to
 * {@code platform.job_stop_request}, and the owner stops the execution when it next renews its lease ({@link #honour},
 * every 10 seconds), after the chunk it is writing, as a local stop does.
 */
@ApplicationScoped
public class JobStops {

    private static final Logger LOG = Logger.getLogger(JobStops.class.getName());

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    InstanceLeases leases;

    /** Asks another live instance to stop {@code execution}; false when no live instance other than this one runs it. */
    public boolean request(long execution) {
        boolean elsewhere = Jdbc.queryOne(dataSource, "select count(*) from platform.job_execution_owner o join platform.instance_lease l "
                + "on l.instance_id = o.instance_id where o.execution_id = ? and o.instance_id <> ? and l.renewed_ms >= ?",
                rs -> rs.getInt(1) > 0, execution, leases.instanceId(), leases.liveSinceMs()).orElse(false);
        if (elsewhere) {
            Jdbc.update(dataSource, "insert into platform.job_stop_request (execution_id, requested_ms) values (?, ?) on conflict do nothing",
                    execution, System.currentTimeMillis());
        }
        return elsewhere;
    }

    /** Stops the executions of this instance that another instance was asked to stop; returns how many. */
    public int honour() {
        List<Long> asked = Jdbc.query(dataSource, "select r.execution_id from platform.job_stop_request r join platform.job_execution_owner o "
                + "on o.execution_id = r.execution_id where o.instance_id = ?", rs -> rs.getLong(1), leases.instanceId());
        JobOperator operator = asked.isEmpty() ? null : BatchRuntime.getJobOperator();
        for (long execution : asked) {
            try {
                operator.stop(execution);
                LOG.info("Batch execution " + execution + " stopped as another instance asked");
            } catch (JobExecutionNotRunningException | NoSuchJobExecutionException e) {
                // it ended before the request reached it
            }
            Jdbc.update(dataSource, "delete from platform.job_stop_request where execution_id = ?", execution);
        }
        return asked.size();
    }
}
