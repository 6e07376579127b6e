package org.huzhu.insurance.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.huzhu.insurance.api.demo.DemoYears;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.premium.BillView;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.enrolment.rules.Applicant;
import org.huzhu.insurance.enrolment.rules.Candidate;
import org.huzhu.insurance.enrolment.rules.Eligibility;
import org.huzhu.insurance.enrolment.EnrolmentLists;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.insurance.premium.Billing;
import org.huzhu.insurance.premium.Payments;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DemoData;
import org.huzhu.platform.api.Jdbc;

/**
 * Evaluation-mode plan years around today (copies of the seeded Shanghai versions) and confirmed enrolments
 * of the demo units through the real enrolment path: confirmation bills the unit, and most units pay their bill
 * in full five days later (a real payment, allocated and posted); one unit joined mid-period and has not paid
 * yet. The plan years before them come first ({@link InsuranceHistoryDemoData}), so these lists renew cover that
 * began three years ago.
 */
@ApplicationScoped
public class InsuranceDemoData implements DemoData {


    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    PlanVersions versions;

    @Inject
    EnrolmentLists lists;

    @Inject
    MemberDirectory directory;

    @Inject
    Billing billing;

    @Inject
    Payments payments;

    @Inject
    BusinessClock clock;

    @Inject
    InsuranceHistoryDemoData history;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void loadOnce() {
        if (Jdbc.queryOne(dataSource, "select count(*) from insurance.enrolment_list", row -> row.getLong(1)).orElse(0L) > 0) {
            return;
        }
        history.load();
        LocalDate today = clock.today();
        LocalDate julyStart = LocalDate.of(today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1, 7, 1);
        LocalDate januaryStart = LocalDate.of(today.getYear(), 1, 1);
        PlanVersionRecord working = versions.copy("WORKING_INPATIENT", "2016", String.valueOf(julyStart.getYear()), julyStart,
                DemoYears.PRICED_LOSS_RATIO);
        PlanVersionRecord serious = versions.copy("SERIOUS_ILLNESS", "2016", String.valueOf(julyStart.getYear()), julyStart,
                DemoYears.PRICED_LOSS_RATIO);
        PlanVersionRecord retiree = versions.copy("RETIREE_INPATIENT", "2001", String.valueOf(januaryStart.getYear()), januaryStart,
                DemoYears.PRICED_LOSS_RATIO);
        enrolEveryone("PD-0001", working, julyStart.minusDays(20), true);
        enrolEveryone("PD-0001", serious, julyStart.minusDays(20), true);
        enrolEveryone("PD-0002", working, julyStart.minusDays(20), true);
        enrolEveryone("PD-0003", working, today.minusDays(3), false);
        enrolEveryone("PD-C001", retiree, januaryStart.minusDays(20), true);
    }

    private void enrolEveryone(String unitCode, PlanVersionRecord version, LocalDate confirmedOn, boolean paid) {
        List<Candidate> candidates = directory.membersOf(unitCode, 0, Integer.MAX_VALUE).stream()
                .filter(member -> Eligibility.decide(version.rules(), Applicant.of(member)).eligible())
                .map(member -> new Candidate(0, member.residentId(), Applicant.of(member), 1, member.id()))
                .toList();
        EnrolmentListView list = lists.create(unitCode, version, candidates, "NEW", "agent", null);
        lists.confirm(list.id(), confirmedOn, "supervisor");
        if (paid) {
            LocalDate paidOn = confirmedOn.plusDays(5);
            for (BillView bill : billing.ofList(list.id(), Locale.ROOT)) {
                payments.record(new Payments.NewPayment(unitCode, paidOn, bill.total(), Payer.UNIT, "DEMO-" + bill.id(), bill.id()),
                        "officer", paidOn);
            }
        }
    }
}
