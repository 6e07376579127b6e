package org.huzhu.insurance.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import org.huzhu.insurance.api.demo.DemoYears;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.premium.BillView;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.enrolment.EnrolmentLists;
import org.huzhu.insurance.enrolment.Renewals;
import org.huzhu.insurance.enrolment.rules.Applicant;
import org.huzhu.insurance.enrolment.rules.Candidate;
import org.huzhu.insurance.enrolment.rules.Eligibility;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.insurance.premium.Billing;
import org.huzhu.insurance.premium.Payments;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DemoTime;

/**
 * Evaluation mode's premium history before the current plan years ({@link DemoYears}): the working plans' three plan
 * years and the retiree plan's two calendar years, each a version copied from the seeded one, the units' lists confirmed
 * twenty days before the year (the first year a new list, the later ones renewals, so cover is continuous into the
 * current year that {@link InsuranceDemoData} loads next) and their bills paid five days later, all through the real
 * enrolment and payment path with the business clock set to each day ({@link DemoTime}). {@link InsuranceDemoData} loads
 * it just before the current year, on an empty database only; without the demo time (outside evaluation mode's start-up)
 * it loads nothing.
 */
@ApplicationScoped
public class InsuranceHistoryDemoData {

    private static final Logger LOG = Logger.getLogger(InsuranceHistoryDemoData.class.getName());

    /** The units with a history, with the plans they hold (PD-0003 joined this year, PD-0004 has not joined). */
    private static final List<String[]> BOOK = List.of(new String[] {"PD-0001", "WORKING_INPATIENT", "2016"},
            new String[] {"PD-0001", "SERIOUS_ILLNESS", "2016"}, new String[] {"PD-0002", "WORKING_INPATIENT", "2016"},
            new String[] {"PD-C001", "RETIREE_INPATIENT", "2001"});

    @Inject
    PlanVersions versions;

    @Inject
    EnrolmentLists lists;

    @Inject
    Renewals renewals;

    @Inject
    MemberDirectory directory;

    @Inject
    Billing billing;

    @Inject
    Payments payments;

    @Inject
    BusinessClock clock;

    @Inject
    DemoTime time;

    /** Loads the history before the current plan years; the caller has checked that the database holds no list yet. */
    public void load() {
        if (!time.isOpen()) {
            return;
        }
        long started = System.nanoTime();
        DemoYears years = new DemoYears(clock.today());
        try {
            load(years);
        } finally {
            time.backToCalendar();
        }
        LOG.info(String.format("Demo history: premium of %d units' past plan years in %d ms", BOOK.size(), (System.nanoTime() - started) / 1_000_000));
    }

    private void load(DemoYears years) {
        java.util.Map<String, PlanVersionRecord> copied = new java.util.HashMap<>();
        for (String[] held : BOOK) {
            boolean retiree = held[1].equals("RETIREE_INPATIENT");
            PlanVersionRecord before = null;
            for (LocalDate start : retiree ? years.historyCalendarYears() : years.historyPlanYears()) {
                LocalDate confirmedOn = start.minusDays(DemoYears.CONFIRMED_DAYS_BEFORE);
                time.moveTo(confirmedOn.atTime(9, 0));
                PlanVersionRecord version = copied.computeIfAbsent(held[1] + "/" + start,
                        key -> versions.copy(held[1], held[2], DemoYears.versionCode(start), start, DemoYears.PRICED_LOSS_RATIO));
                EnrolmentListView list = before == null ? newList(held[0], version) : renewals.renew(held[0], before, version, "agent").list();
                time.moveTo(confirmedOn.atTime(15, 0));
                lists.confirm(list.id(), confirmedOn, "supervisor");
                LocalDate paidOn = confirmedOn.plusDays(DemoYears.PAID_DAYS_AFTER_CONFIRMATION);
                time.moveTo(paidOn.atTime(10, 30));
                for (BillView bill : billing.ofList(list.id(), Locale.ROOT)) {
                    payments.record(new Payments.NewPayment(held[0], paidOn, bill.total(), Payer.UNIT, "DEMO-" + bill.id(), bill.id()), "officer",
                            paidOn);
                }
                before = version;
            }
        }
    }

    private EnrolmentListView newList(String unitCode, PlanVersionRecord version) {
        List<Candidate> candidates = directory.membersOf(unitCode, 0, Integer.MAX_VALUE).stream()
                .filter(member -> Eligibility.decide(version.rules(), Applicant.of(member)).eligible())
                .map(member -> new Candidate(0, member.residentId(), Applicant.of(member), 1, member.id()))
                .toList();
        return lists.create(unitCode, version, candidates, "NEW", "agent", null);
    }
}
