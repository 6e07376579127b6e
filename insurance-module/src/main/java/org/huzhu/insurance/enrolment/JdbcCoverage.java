package org.huzhu.insurance.enrolment;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.huzhu.insurance.api.enrolment.CoverLeft;
import org.huzhu.insurance.api.enrolment.Coverage;
import org.huzhu.insurance.api.enrolment.CoverStatus;
import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.insurance.api.enrolment.UsedLimits;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.ReadDatabase;
import org.huzhu.platform.api.SupportedLocales;

/**
 * One indexed read ({@code enrolment_by_resident}) of every enrolment whose plan version is in force on the
 * date, with what is left of its limits as {@link CoverLeft} counts it (the claims engine's own arithmetic).
 */
@ApplicationScoped
public class JdbcCoverage implements Coverage {


    /** Coverage is shown, not decided, here: it may be read from a replica. */
    @jakarta.inject.Inject
    ReadDatabase database;

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<org.huzhu.insurance.api.enrolment.UsedLimits> usedLimits;

    @jakarta.inject.Inject
    org.huzhu.insurance.plan.PlanVersions versions;

    @Inject
    BusinessClock clock;

    /** An enrolment as read, before its remaining limits are counted. */
    private record Row(String planCode, String planName, String versionCode, String unitCode, int shares, LocalDate coverStart,
                       LocalDate coverEnd, LocalDate waitingEnd, String premium, LocalDate paymentDue, CoverStatus status, long memberId,
                       long versionId) {
    }

    /**
     * The member's enrolments in force on the date, with what is left of their limits. The enrolments are read first and
     * their connection given back before the limits are counted: counting reads the plan version and the used limits, each
     * with a connection of its own, and a request that held one connection while it waited for the next could, with as
     * many requests as the pool has connections, leave every one of them waiting (seen as look-ups that stopped under load).
     */
    @Override
    public List<CoverageView> of(ResidentId member, LocalDate date, Locale locale) {
        boolean english = SupportedLocales.ENGLISH.equals(SupportedLocales.supported(locale));
        LocalDate today = clock.today();
        List<Row> rows = Jdbc.query(database.dataSource(), "select p.code, p.name_zh, p.name_en, v.version_code, e.unit_code, e.shares, e.cover_start, "
                + "e.cover_end, e.waiting_end, e.premium_status, e.payment_due, e.status, e.ended_on, e.member_id, e.plan_version_id "
                + "from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id "
                + "join insurance.plan p on p.id = v.plan_id "
                + "where e.resident_id = ? and v.period_start <= ? and v.period_end >= ? order by p.code", row -> {
                    LocalDate coverStart = row.getDate(7).toLocalDate();
                    LocalDate coverEnd = row.getDate(8).toLocalDate();
                    String premium = row.getString(10);
                    LocalDate paymentDue = row.getDate(11).toLocalDate();
                    Date endedOn = row.getDate(13);
                    CoverStatus status = status(row.getString(12), coverStart, coverEnd, endedOn == null ? null : endedOn.toLocalDate(),
                            premium, paymentDue, date, today);
                    return new Row(row.getString(1), english ? row.getString(3) : row.getString(2), row.getString(4), row.getString(5),
                            row.getInt(6), coverStart, coverEnd, row.getDate(9).toLocalDate(), premium, paymentDue, status, row.getLong(14),
                            row.getLong(15));
                }, member.value(), date, date);
        return rows.stream().map(r -> {
            Remaining remaining = remaining(r.memberId(), r.versionId(), r.planCode(), r.shares(), date, r.status());
            return new CoverageView(r.planCode(), r.planName(), r.versionCode(), r.unitCode(), r.shares(), r.coverStart(), r.coverEnd(),
                    r.waitingEnd(), date.isBefore(r.waitingEnd()), r.premium(), r.paymentDue(), remaining.status(), remaining.limits());
        }).toList();
    }

    /**
     * What is left of the version's limits ({@link CoverLeft}, as the claims engine counts it): yearly caps against what
     * was paid in the plan year containing the date, once-per-cycle lump sums against the cycle; USED_UP instead of
     * IN_FORCE when nothing can pay any more.
     */
    private Remaining remaining(long memberId, long versionId, String planCode, int shares, LocalDate date, CoverStatus status) {
        org.huzhu.insurance.api.rules.PlanRules rules = versions.require(versionId).rules();
        if (!rules.period().contains(date)) {
            return new Remaining(List.of(), status);
        }
        LocalDate cycleStart = rules.period().start();
        LocalDate yearStart = rules.period().yearStartOf(date);
        UsedLimits.Used inYear = used(memberId, planCode, yearStart);
        UsedLimits.Used inCycle = yearStart.equals(cycleStart) ? inYear : used(memberId, planCode, cycleStart);
        List<CoverageView.RemainingLimit> limits = CoverLeft.limits(rules, shares, inYear, inCycle);
        return new Remaining(limits, status == CoverStatus.IN_FORCE && CoverLeft.usedUp(rules, limits) ? CoverStatus.USED_UP : status);
    }

    private record Remaining(List<CoverageView.RemainingLimit> limits, CoverStatus status) {
    }

    private UsedLimits.Used used(long memberId, String planCode, LocalDate from) {
        return usedLimits.isResolvable() ? usedLimits.get().of(memberId, planCode, from) : UsedLimits.Used.NONE;
    }

    static CoverStatus status(String enrolmentStatus, LocalDate coverStart, LocalDate coverEnd, LocalDate endedOn, String premium,
                              LocalDate paymentDue, LocalDate date, LocalDate today) {
        if ("LAPSED".equals(enrolmentStatus)) {
            return CoverStatus.LAPSED;
        }
        if (endedOn != null && endedOn.isBefore(coverStart)) {
            return CoverStatus.ENDED;
        }
        if (date.isBefore(coverStart)) {
            return CoverStatus.NOT_STARTED;
        }
        if (date.isAfter(coverEnd)) {
            return CoverStatus.ENDED;
        }
        if (!"PAID".equals(premium)) {
            return today.isAfter(paymentDue) ? CoverStatus.LAPSED : CoverStatus.PREMIUM_PENDING;
        }
        return CoverStatus.IN_FORCE;
    }
}
