package org.huzhu.platform.api.cluster;

import jakarta.annotation.Resource;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;

import org.huzhu.platform.api.Jdbc;

/**
 * A job listener ({@code <listener ref="executionOwner"/>}) that records, as the execution begins on the thread that
 * runs it, which instance runs it ({@code platform.job_execution_owner}). Orphan recovery then fails only the
 * executions of instances whose lease has expired.
 */
@Named("executionOwner")
@Dependent
public class ExecutionOwner extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    InstanceLeases leases;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Override
    public void beforeJob() {
        Jdbc.update(dataSource, "insert into platform.job_execution_owner (execution_id, instance_id, claimed_ms) values (?, ?, ?) on conflict do nothing",
                job.getExecutionId(), leases.instanceId(), System.currentTimeMillis());
    }
}
