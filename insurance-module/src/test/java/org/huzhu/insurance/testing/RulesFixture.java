package org.huzhu.insurance.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.huzhu.insurance.api.rules.BenefitRule;
import org.huzhu.insurance.api.rules.Cap;
import org.huzhu.insurance.api.rules.CapBasis;
import org.huzhu.insurance.api.rules.CapGroup;
import org.huzhu.insurance.api.rules.CoInsuranceBand;
import org.huzhu.insurance.api.rules.CoverRule;
import org.huzhu.insurance.api.rules.CoverStartRule;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.EligibilityRule;
import org.huzhu.insurance.api.rules.GroupRequirement;
import org.huzhu.insurance.api.rules.MidPeriodJoiner;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.api.rules.PayerShare;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PremiumBasis;
import org.huzhu.insurance.api.rules.PremiumRule;
import org.huzhu.insurance.api.rules.PremiumTier;
import org.huzhu.insurance.api.rules.RefundRule;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;
import org.huzhu.insurance.api.rules.ReimbursementCategory;
import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.Sex;

/**
 * Rule sets for tests: a valid inpatient version for 1 July 2016 – 30 June 2017 (the working inpatient plan
 * of docs/domain.md) and copies with one part replaced.
 */
public final class RulesFixture {

    private RulesFixture() {
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    public static PlanRules inpatient2016() {
        return new PlanRules(
                new CoveragePeriod(LocalDate.of(2016, 7, 1), LocalDate.of(2017, 6, 30), 1), 1,
                new EligibilityRule(Set.of(EmploymentStatus.IN_SERVICE), Map.of(Sex.FEMALE, 55, Sex.MALE, 60), true, false),
                GroupRequirement.SHANGHAI_2024,
                new PremiumRule(PremiumBasis.PER_SHARE_PER_PERIOD, List.of(PremiumTier.open(yuan("65.00"))),
                        List.of(new PayerShare(Payer.MEMBER, BigDecimal.ONE)), MidPeriodJoiner.FULL),
                new CoverRule(CoverStartRule.DAY_AFTER_CONFIRMATION, 15, 0),
                24, RefundRule.NONE,
                List.of(reimbursement("INPATIENT", "1000.00", List.of(band("1000.00", "10000.00", "0.50"), band("10000.00", null, "0.70")))),
                List.of());
    }

    public static ReimbursementBenefit reimbursement(String code, String deductible, List<CoInsuranceBand> bands) {
        return new ReimbursementBenefit(code, Set.of(ReimbursementCategory.INPATIENT), yuan(deductible), bands,
                Optional.of(new Cap(yuan("15000.00"), CapBasis.SHARE_PER_YEAR)), Optional.empty());
    }

    public static CoInsuranceBand band(String from, String to, String rate) {
        return new CoInsuranceBand(yuan(from), Optional.ofNullable(to).map(RulesFixture::yuan), new BigDecimal(rate));
    }

    public static PlanRules withPeriod(PlanRules r, CoveragePeriod period) {
        return new PlanRules(period, r.maxShares(), r.eligibility(), r.group(), r.premium(), r.cover(),
                r.claimTimeLimitMonths(), r.refund(), r.benefits(), r.capGroups());
    }

    public static PlanRules withMaxShares(PlanRules r, int maxShares) {
        return new PlanRules(r.period(), maxShares, r.eligibility(), r.group(), r.premium(), r.cover(),
                r.claimTimeLimitMonths(), r.refund(), r.benefits(), r.capGroups());
    }

    public static PlanRules withEligibility(PlanRules r, EligibilityRule eligibility) {
        return new PlanRules(r.period(), r.maxShares(), eligibility, r.group(), r.premium(), r.cover(),
                r.claimTimeLimitMonths(), r.refund(), r.benefits(), r.capGroups());
    }

    public static PlanRules withGroup(PlanRules r, GroupRequirement group) {
        return new PlanRules(r.period(), r.maxShares(), r.eligibility(), group, r.premium(), r.cover(),
                r.claimTimeLimitMonths(), r.refund(), r.benefits(), r.capGroups());
    }

    public static PlanRules withPremium(PlanRules r, PremiumRule premium) {
        return new PlanRules(r.period(), r.maxShares(), r.eligibility(), r.group(), premium, r.cover(),
                r.claimTimeLimitMonths(), r.refund(), r.benefits(), r.capGroups());
    }

    public static PlanRules withTiers(PlanRules r, PremiumTier... tiers) {
        PremiumRule p = r.premium();
        return withPremium(r, new PremiumRule(p.basis(), List.of(tiers), p.payers(), p.midPeriodJoiner()));
    }

    public static PlanRules withPayers(PlanRules r, PayerShare... payers) {
        PremiumRule p = r.premium();
        return withPremium(r, new PremiumRule(p.basis(), p.tiers(), List.of(payers), p.midPeriodJoiner()));
    }

    public static PlanRules withCover(PlanRules r, CoverRule cover) {
        return new PlanRules(r.period(), r.maxShares(), r.eligibility(), r.group(), r.premium(), cover,
                r.claimTimeLimitMonths(), r.refund(), r.benefits(), r.capGroups());
    }

    public static PlanRules withWaitingMonths(PlanRules r, int months) {
        return withCover(r, new CoverRule(r.cover().midPeriodStart(), r.cover().paymentDueDays(), months));
    }

    public static PlanRules withRefund(PlanRules r, RefundRule refund) {
        return new PlanRules(r.period(), r.maxShares(), r.eligibility(), r.group(), r.premium(), r.cover(),
                r.claimTimeLimitMonths(), refund, r.benefits(), r.capGroups());
    }

    public static PlanRules withClaimTimeLimit(PlanRules r, int months) {
        return new PlanRules(r.period(), r.maxShares(), r.eligibility(), r.group(), r.premium(), r.cover(),
                months, r.refund(), r.benefits(), r.capGroups());
    }

    public static PlanRules withBenefits(PlanRules r, List<? extends BenefitRule> benefits, CapGroup... capGroups) {
        return new PlanRules(r.period(), r.maxShares(), r.eligibility(), r.group(), r.premium(), r.cover(),
                r.claimTimeLimitMonths(), r.refund(), List.copyOf(benefits), List.of(capGroups));
    }

    public static PlanRules withBands(PlanRules r, String deductible, CoInsuranceBand... bands) {
        return withBenefits(r, List.of(reimbursement("INPATIENT", deductible, List.of(bands))));
    }
}
