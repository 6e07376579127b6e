package org.huzhu.insurance.premium;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;

import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.ledger.JournalStore;
import org.huzhu.insurance.ledger.Money;
import org.huzhu.insurance.ledger.PostingsChart;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.insurance.premium.rules.EarnedPremium;
import org.huzhu.insurance.premium.rules.Refunds;
import org.huzhu.members.api.MemberEventKind;
import org.huzhu.members.api.MemberStatusChanged;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;

/**
 * A member who leaves the unit or dies on a paid enrolment: the refund by the version's rule ({@link Refunds};
 * the whole premium when cover had not started) goes to refunds payable, and the rest of the member's reserve
 * is earned at once ({@link PostingsChart#memberLeft}). From then on the monthly earning no longer counts the
 * line: it stops after the later of last month and the latest month a run has started, and the reserve
 * released is the premium less what the runs count up to then, so the line's earning adds up to its premium
 * less the refund exactly, whatever the order of runs and departures.
 */
@ApplicationScoped
public class PremiumDepartures {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    PlanVersions versions;

    @Inject
    Billing billing;

    @Inject
    JournalStore journal;

    @Inject
    BusinessClock clock;

    void onStatusChange(@Observes MemberStatusChanged change) {
        if (change.kind() != MemberEventKind.LEFT_UNIT && change.kind() != MemberEventKind.DIED) {
            return;
        }
        LocalDate lastDay = change.effectiveDate();
        LocalDate today = clock.today();
        int earnTo = Math.max(Billing.yyyymm(YearMonth.from(today).minusMonths(1)), billing.latestRunMonth());
        int earnToEnd = (int) YearMonth.of(earnTo / 100, earnTo % 100).atEndOfMonth().toEpochDay();
        record Line(long enrolmentId, String unitCode, BigDecimal amount, LocalDate coverStart, long versionId, BigDecimal earnedByRuns) {
        }
        // what the monthly runs count of the line up to earnTo: the same computation as theirs (EarnedPremium)
        List<Line> lines = Jdbc.query(dataSource, "select l.enrolment_id, e.unit_code, l.amount, l.cover_start, l.plan_version_id, "
                + "case when l.earn_from > ? then 0 else " + EarnedPremium.fenEarnedTo() + " end "
                + "from insurance.bill_line l join insurance.enrolment e on e.id = l.enrolment_id where l.member_id = ? "
                + "and l.earn_from is not null and l.left_on is null and l.end_day >= ?", row -> new Line(row.getLong(1), row.getString(2),
                Money.fen(row.getBigDecimal(3)), row.getDate(4).toLocalDate(), row.getLong(5), BigDecimal.valueOf(row.getLong(6), 2)),
                earnTo, earnToEnd, change.memberId(), (int) lastDay.toEpochDay());
        for (Line line : lines) {
            PlanRules rules = versions.require(line.versionId()).rules();
            BigDecimal refund = lastDay.isBefore(line.coverStart()) ? line.amount()
                    : Refunds.refund(rules, line.amount(), line.coverStart(), lastDay);
            BigDecimal earnedByRuns = line.earnedByRuns();
            BigDecimal unearnedLeft = line.amount().subtract(earnedByRuns);
            PostingsChart.memberLeft(today, "enrolment:" + line.enrolmentId(), unearnedLeft, refund)
                    .ifPresent(draft -> journal.post(draft, line.unitCode(), "LEFT:" + line.enrolmentId(), "system"));
            Jdbc.update(dataSource, "update insurance.bill_line set earn_to = ?, refund = ?, left_on = ? where enrolment_id = ?", earnTo,
                    refund, lastDay, line.enrolmentId());
        }
    }
}
