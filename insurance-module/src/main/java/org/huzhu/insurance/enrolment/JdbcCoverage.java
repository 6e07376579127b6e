package org.huzhu.insurance.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.huzhu.insurance.api.enrolment.Coverage;
import org.huzhu.insurance.api.enrolment.CoverStatus;
import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.SupportedLocales;

/**
 * One indexed read ({@code enrolment_by_resident}) of every enrolment whose plan version is in force on the
 * date. Remaining annual limits stay empty until claims are recorded against them.
 */
@ApplicationScoped
public class JdbcCoverage implements Coverage {


    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @jakarta.inject.Inject
    jakarta.enterprise.inject.Instance<org.huzhu.insurance.api.enrolment.UsedLimits> usedLimits;

    @jakarta.inject.Inject
    org.huzhu.insurance.plan.PlanVersions versions;

    @Inject
    BusinessClock clock;

    @Override
    public List<CoverageView> of(ResidentId member, LocalDate date, Locale locale) {
        boolean english = SupportedLocales.ENGLISH.equals(SupportedLocales.supported(locale));
        LocalDate today = clock.today();
        return Jdbc.query(dataSource, "select p.code, p.name_zh, p.name_en, v.version_code, e.unit_code, e.shares, e.cover_start, "
                + "e.cover_end, e.waiting_end, e.premium_status, e.payment_due, e.status, e.ended_on, e.member_id, e.plan_version_id "
                + "from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id "
                + "join insurance.plan p on p.id = v.plan_id "
                + "where e.resident_id = ? and v.period_start <= ? and v.period_end >= ? order by p.code", row -> {
                    LocalDate coverStart = row.getDate(7).toLocalDate();
                    LocalDate coverEnd = row.getDate(8).toLocalDate();
                    LocalDate waitingEnd = row.getDate(9).toLocalDate();
                    String premium = row.getString(10);
                    LocalDate paymentDue = row.getDate(11).toLocalDate();
                    Date endedOn = row.getDate(13);
                    CoverStatus status = status(row.getString(12), coverStart, coverEnd, endedOn == null ? null : endedOn.toLocalDate(),
                            premium, paymentDue, date, today);
                    return new CoverageView(row.getString(1), english ? row.getString(3) : row.getString(2), row.getString(4),
                            row.getString(5), row.getInt(6), coverStart, coverEnd, waitingEnd, date.isBefore(waitingEnd), premium,
                            paymentDue, status, remaining(row.getLong(14), row.getLong(15), row.getString(1), row.getInt(6), date));
                }, member.value(), date, date);
    }

    /** Each annual cap of the version (a benefit's own, or a group shared by several) less what was paid this plan year. */
    private List<CoverageView.RemainingLimit> remaining(long memberId, long versionId, String planCode, int shares, LocalDate date) {
        org.huzhu.insurance.api.rules.PlanRules rules = versions.require(versionId).rules();
        if (!rules.period().contains(date)) {
            return List.of();
        }
        LocalDate yearStart = rules.period().start().plusYears(java.time.Period.between(rules.period().start(), date).getYears());
        org.huzhu.insurance.api.enrolment.UsedLimits.Used used = usedLimits.isResolvable()
                ? usedLimits.get().of(memberId, planCode, yearStart) : org.huzhu.insurance.api.enrolment.UsedLimits.Used.NONE;
        List<CoverageView.RemainingLimit> limits = new java.util.ArrayList<>();
        for (org.huzhu.insurance.api.rules.BenefitRule benefit : rules.benefits()) {
            if (benefit instanceof org.huzhu.insurance.api.rules.ReimbursementBenefit reimbursement && reimbursement.cap().isPresent()) {
                limits.add(limit(reimbursement.code(), reimbursement.cap().get().forShares(shares), used.byBenefit().get(reimbursement.code())));
            }
        }
        for (org.huzhu.insurance.api.rules.CapGroup group : rules.capGroups()) {
            limits.add(limit(group.code(), group.cap().forShares(shares), used.byCapGroup().get(group.code())));
        }
        return limits;
    }

    private static CoverageView.RemainingLimit limit(String code, java.math.BigDecimal limit, java.math.BigDecimal used) {
        java.math.BigDecimal spent = used == null ? java.math.BigDecimal.ZERO.setScale(2)
                : used.setScale(2, java.math.RoundingMode.HALF_UP);
        java.math.BigDecimal left = limit.subtract(spent);
        return new CoverageView.RemainingLimit(code, limit.setScale(2), spent, left.signum() < 0 ? java.math.BigDecimal.ZERO.setScale(2) : left);
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
