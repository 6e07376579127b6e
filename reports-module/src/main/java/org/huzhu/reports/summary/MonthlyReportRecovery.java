package org.huzhu.reports.summary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.platform.api.batch.JobRecovery;
import org.huzhu.platform.api.batch.OrphanedExecutions;

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

    @Override
    public int recoverOrphans() {
        List<Long> failed = OrphanedExecutions.fail(dataSource, MonthlyReportJobs.JOB, OrphanedExecutions.jvmStart());
        if (!failed.isEmpty()) {
            LOG.warning("The server stopped while monthly reports were being generated: execution(s) " + failed + " marked FAILED");
        }
        return failed.size();
    }
}
