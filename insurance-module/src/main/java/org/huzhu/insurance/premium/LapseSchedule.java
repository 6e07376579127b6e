package org.huzhu.insurance.premium;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.cluster.ScheduledRuns;

/**
 * Every night at 00:30 Shanghai time, bills not paid in full by their payment date lapse: on one instance only, the
 * first to claim the night ({@link ScheduledRuns}).
 */
@Singleton
public class LapseSchedule {

    private static final Logger LOG = Logger.getLogger(LapseSchedule.class.getName());

    @Inject
    Billing billing;

    @Inject
    BusinessClock clock;

    @Inject
    ScheduledRuns runs;

    @Schedule(hour = "0", minute = "30", timezone = "Asia/Shanghai", persistent = false)
    void lapseOverdue() {
        if (!runs.claim("premium-lapse", clock.today().toString())) {
            return;
        }
        int lapsed = billing.lapseOverdue(clock.today(), "system").size();
        if (lapsed > 0) {
            LOG.info("Premium: " + lapsed + " bill(s) not paid by their payment date lapsed");
        }
    }
}
