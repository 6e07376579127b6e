package org.huzhu.web.startup;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.huzhu.platform.api.batch.JobRecovery;
import org.huzhu.platform.api.cluster.AccountChangeRelay;
import org.huzhu.platform.api.cluster.InstanceLeases;
import org.huzhu.platform.api.cluster.JobStops;
import org.huzhu.web.health.StartupState;
import org.huzhu.web.security.LoginThrottle;

/**
 * Every 10 seconds, once the application has started: renews this instance's lease, stops the jobs of this instance
 * that another instance was asked to stop ({@link JobStops}), fires the account changes of the other instances
 * ({@link AccountChangeRelay}), takes in the failed logins the others counted ({@link LoginThrottle#synchronise}), and runs
 * every module's recovery,
 * which fails only the executions of instances whose lease has expired. So when one instance of several dies while a
 * job runs, a surviving one marks the job failed (restartable from its checkpoint) within the lease expiry.
 */
@Singleton
public class LeaseKeeper {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class.getName());

    @Inject
    InstanceLeases leases;

    @Inject
    Instance<JobRecovery> recoveries;

    @Inject
    JobStops stops;

    @Inject
    AccountChangeRelay accountChanges;

    @Inject
    LoginThrottle throttle;

    @Inject
    StartupState state;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void renew() {
        if (!state.isStarted()) {
            return;
        }
        try {
            leases.renew();
            leases.forgetDead();
            stops.honour();
            accountChanges.relay();
            throttle.synchronise();
            for (JobRecovery recovery : recoveries) {
                recovery.recoverOrphans();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The instance lease could not be renewed: " + e.getMessage(), e);
        }
    }
}
