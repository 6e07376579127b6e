package org.huzhu.reports.summary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.platform.api.batch.JobRecovery;
import org.huzhu.platform.api.batch.OrphanedExecutions;
import org.huzhu.platform.api.cluster.InstanceLeases;

/**
 * After the server stopped while a monthly report was being generated: the execution is marked FAILED (it stored
 * nothing, since a revision is stored in one transaction at the end), so that it no longer reads STARTED for ever;
 * generating the month again makes its next revision.
 */
@ApplicationScoped
public class MonthlyReportRecovery implements JobRecovery {

    private static final Logger LOG = Logger.getLogger(MonthlyReportRecovery.class.getName());

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    InstanceLeases leases;

    @Override
    public int recoverOrphans() {
        List<Long> failed = OrphanedExecutions.failOfDeadInstances(dataSource, MonthlyReportJobs.JOB, leases);
        if (!failed.isEmpty()) {
            LOG.warning("The server stopped while monthly reports were being generated: execution(s) " + failed + " marked FAILED");
        }
        return failed.size();
    }
}
