package org.huzhu.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.huzhu.insurance.api.premium.EarningRunView;
import org.huzhu.insurance.api.premium.Premiums;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;

/** The monthly earning job: start it for a month and watch its progress until it ends. */
@Named
@ViewScoped
public class EarningPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Premiums premiums;

    @Inject
    transient BusinessClock clock;

    private String month;

    @PostConstruct
    void startFromToday() {
        month = clock.month().minusMonths(1).toString();
    }

    public void start() {
        try {
            premiums.startEarning(Pages.caller(), YearMonth.parse(month));
            Pages.info("earning.started", month);
        } catch (DateTimeParseException badMonth) {
            Pages.error("earning.badMonth", month);
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    public EarningRunView getRun() {
        try {
            return premiums.earning(Pages.caller(), YearMonth.parse(month)).orElse(null);
        } catch (DateTimeParseException | DomainException unreadable) {
            return null;
        }
    }

    /** Percentage of the month's enrolment ranges posted. */
    public int getProgress() {
        EarningRunView run = getRun();
        return run == null || run.rangesTotal() == 0 ? 0 : (int) (100L * run.rangesDone() / run.rangesTotal());
    }

    public boolean isRunning() {
        EarningRunView run = getRun();
        return run != null && "STARTED".equals(run.status());
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
}
