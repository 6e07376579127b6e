package org.huzhu.web.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.huzhu.platform.api.batch.JobRecovery;
import org.huzhu.web.health.StartupState;

/**
 * Every 5 seconds, once the application has started: restarts the jobs this instance took over from an instance that
 * died beside it ({@link JobRecovery#resumeTakenOver}). The task is scheduled from the web module's context, so that
 * the batch runtime runs a restarted job as it runs one a person started through a request ({@link LeaseKeeper}, an
 * EJB timer, only finds and fails the dead instance's executions).
 */
@WebListener
public class TakenOverJobs implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(TakenOverJobs.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Inject
    Instance<JobRecovery> recoveries;

    @Inject
    StartupState state;

    private ScheduledFuture<?> task;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        task = executor.scheduleWithFixedDelay(this::resume, 5, 5, TimeUnit.SECONDS);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (task != null) {
            task.cancel(false);
        }
    }

    void resume() {
        if (!state.isStarted()) {
            return;
        }
        try {
            for (JobRecovery recovery : recoveries) {
                recovery.resumeTakenOver();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A job taken over from a stopped instance could not be restarted: " + e.getMessage(), e);
        }
    }
}
