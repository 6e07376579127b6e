package org.huzhu.systemtests.incontainer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.huzhu.insurance.api.rules.BenefitRule;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.DeathBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.platform.api.DomainException;

/**
 * The one plan year in force today that every in-container test of a run shares (they share the database,
 * and a plan's versions may not overlap): the working inpatient rules of 2016 plus a death benefit, from the
 * first day of the month two months ago, for a year.
 */
final class TestPlans {

    static final String PLAN = "WORKING_INPATIENT";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private TestPlans() {
    }

    static synchronized PlanVersionRecord currentWorkingVersion(PlanVersions versions) {
        String code = "IT" + LocalDate.now(SHANGHAI).getYear();
        try {
            return versions.require(PLAN, code);
        } catch (DomainException notYet) {
            PlanRules source = versions.require(PLAN, "2016").rules();
            LocalDate start = LocalDate.now(SHANGHAI).minusMonths(2).withDayOfMonth(1);
            List<BenefitRule> benefits = new ArrayList<>(source.benefits());
            benefits.add(new DeathBenefit("DEATH", new BigDecimal("5000.00")));
            PlanRules rules = new PlanRules(new CoveragePeriod(start, start.plusYears(1).minusDays(1), 1), source.maxShares(),
                    source.eligibility(), source.group(), source.premium(), source.cover(), source.claimTimeLimitMonths(),
                    source.refund(), benefits, source.capGroups());
            return versions.create(PLAN, code, rules);
        }
    }
}
