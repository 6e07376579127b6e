package org.huzhu.insurance.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.rules.BenefitRule;
import org.huzhu.insurance.api.rules.Cap;
import org.huzhu.insurance.api.rules.CapGroup;
import org.huzhu.insurance.api.rules.CoInsuranceBand;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.DailyAllowanceBenefit;
import org.huzhu.insurance.api.rules.DeathBenefit;
import org.huzhu.insurance.api.rules.DiseaseClass;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.insurance.api.rules.IcdRange;
import org.huzhu.insurance.api.rules.LumpSumBenefit;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.api.rules.PayerShare;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PremiumTier;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;
import org.huzhu.insurance.api.rules.ReimbursementCategory;
import org.huzhu.members.api.Sex;

/**
 * Refuses rule sets that cannot be applied consistently. {@link #problems} lists every problem found, each a
 * message code with its arguments; {@link #requireValid} throws one exception that carries them all.
 */
public final class PlanRulesValidator {

    private static final int OLDEST_AGE_LIMIT = 120;

    private PlanRulesValidator() {
    }

    public static void requireValid(PlanRules rules) {
        List<Reason> problems = problems(rules);
        if (!problems.isEmpty()) {
            throw new PlanRulesRejected(problems);
        }
    }

    public static List<Reason> problems(PlanRules rules) {
        List<Reason> problems = new ArrayList<>();
        period(rules.period(), problems);
        if (rules.maxShares() < 1) {
            problems.add(Reason.of("rules.shares.max", rules.maxShares()));
        }
        eligibility(rules, problems);
        group(rules, problems);
        premium(rules, problems);
        if (rules.cover().paymentDueDays() < 0) {
            problems.add(Reason.of("rules.cover.paymentDueDays", rules.cover().paymentDueDays()));
        }
        if (rules.cover().waitingPeriodMonths() < 0) {
            problems.add(Reason.of("rules.cover.waitingPeriod", rules.cover().waitingPeriodMonths()));
        }
        if (rules.claimTimeLimitMonths() < 1) {
            problems.add(Reason.of("rules.claimTimeLimit", rules.claimTimeLimitMonths()));
        }
        benefits(rules, problems);
        return List.copyOf(problems);
    }

    private static void period(CoveragePeriod period, List<Reason> problems) {
        if (!period.end().isAfter(period.start())) {
            problems.add(Reason.of("rules.period.endBeforeStart", period.start(), period.end()));
        } else if (period.cycleYears() < 1) {
            problems.add(Reason.of("rules.period.cycleYears", period.cycleYears()));
        } else if (!period.start().plusYears(period.cycleYears()).minusDays(1).equals(period.end())) {
            problems.add(Reason.of("rules.period.cycleMismatch", period.start(), period.end(), period.cycleYears()));
        }
    }

    private static void eligibility(PlanRules rules, List<Reason> problems) {
        if (rules.eligibility().employment().isEmpty()) {
            problems.add(Reason.of("rules.eligibility.noStatus"));
        }
        for (Map.Entry<Sex, Integer> limit : rules.eligibility().maxAgeExclusive().entrySet()) {
            if (limit.getValue() < 1 || limit.getValue() > OLDEST_AGE_LIMIT) {
                problems.add(Reason.of("rules.eligibility.maxAge", limit.getKey().code(), limit.getValue()));
            }
        }
    }

    private static void group(PlanRules rules, List<Reason> problems) {
        BigDecimal fraction = rules.group().minimumFraction();
        if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            problems.add(Reason.of("rules.group.fraction", fraction));
        }
        if (rules.group().allRequiredUpTo() < 0) {
            problems.add(Reason.of("rules.group.allRequiredUpTo", rules.group().allRequiredUpTo()));
        }
    }

    private static void premium(PlanRules rules, List<Reason> problems) {
        List<PremiumTier> tiers = rules.premium().tiers();
        if (tiers.isEmpty()) {
            problems.add(Reason.of("rules.premium.noTiers"));
        }
        BigDecimal previousBound = null;
        for (int i = 0; i < tiers.size(); i++) {
            PremiumTier tier = tiers.get(i);
            int number = i + 1;
            if (tier.amount().signum() <= 0) {
                problems.add(Reason.of("rules.premium.tierAmount", number, tier.amount()));
            }
            boolean last = i == tiers.size() - 1;
            if (tier.unitAverageAgeBelow().isEmpty()) {
                if (!last) {
                    problems.add(Reason.of("rules.premium.openTierNotLast", number));
                }
                continue;
            }
            BigDecimal bound = tier.unitAverageAgeBelow().get();
            if (last) {
                problems.add(Reason.of("rules.premium.lastTierBounded", number, bound));
            }
            if (previousBound != null && bound.compareTo(previousBound) <= 0) {
                problems.add(Reason.of("rules.premium.tiersNotOrdered", number, bound, previousBound));
            }
            previousBound = bound;
        }
        rules.premium().expectedLossRatio().ifPresent(ratio -> {
            if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.valueOf(3)) > 0 || ratio.stripTrailingZeros().scale() > 4) {
                problems.add(Reason.of("rules.premium.expectedLossRatio", ratio.toPlainString()));
            }
        });
        List<PayerShare> payers = rules.premium().payers();
        if (payers.isEmpty()) {
            problems.add(Reason.of("rules.premium.noPayers"));
            return;
        }
        Set<Payer> seen = EnumSet.noneOf(Payer.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (PayerShare payer : payers) {
            if (!seen.add(payer.payer())) {
                problems.add(Reason.of("rules.premium.payerTwice", payer.payer().name()));
            }
            if (!isFraction(payer.fraction()) || payer.fraction().signum() == 0) {
                problems.add(Reason.of("rules.premium.payerFraction", payer.payer().name(), payer.fraction()));
            }
            sum = sum.add(payer.fraction());
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            problems.add(Reason.of("rules.premium.payersSum", sum.toPlainString()));
        }
    }

    private static void benefits(PlanRules rules, List<Reason> problems) {
        if (rules.benefits().isEmpty()) {
            problems.add(Reason.of("rules.benefits.none"));
        }
        Set<String> codes = new HashSet<>();
        Set<ReimbursementCategory> categories = EnumSet.noneOf(ReimbursementCategory.class);
        Set<String> groupsUsed = new HashSet<>();
        for (BenefitRule benefit : rules.benefits()) {
            if (!codes.add(benefit.code())) {
                problems.add(Reason.of("rules.benefit.codeTwice", benefit.code()));
            }
            codeLength(benefit.code(), problems);
            if (benefit instanceof LumpSumBenefit lumpSum) {
                lumpSum(lumpSum, problems);
            } else if (benefit instanceof ReimbursementBenefit reimbursement) {
                reimbursement(rules, reimbursement, categories, problems);
                reimbursement.capGroup().ifPresent(groupsUsed::add);
            } else if (benefit instanceof DailyAllowanceBenefit allowance) {
                positive(allowance.code(), "amountPerDayPerShare", allowance.amountPerDayPerShare(), problems);
                if (allowance.maxDays() < 1) {
                    problems.add(Reason.of("rules.benefit.maxDays", allowance.code(), allowance.maxDays()));
                }
            } else if (benefit instanceof DeathBenefit death) {
                positive(death.code(), "amountPerShare", death.amountPerShare(), problems);
            }
        }
        Set<String> groups = new HashSet<>();
        for (CapGroup group : rules.capGroups()) {
            if (!groups.add(group.code())) {
                problems.add(Reason.of("rules.cap.groupTwice", group.code()));
            }
            codeLength(group.code(), problems);
            cap(group.code(), group.cap(), problems);
            if (!groupsUsed.contains(group.code())) {
                problems.add(Reason.of("rules.cap.groupUnused", group.code()));
            }
        }
    }

    private static void lumpSum(LumpSumBenefit benefit, List<Reason> problems) {
        positive(benefit.code(), "sumPerShare", benefit.sumPerShare(), problems);
        if (benefit.classes().isEmpty()) {
            problems.add(Reason.of("rules.lumpSum.noClasses", benefit.code()));
        } else if (benefit.classes().stream().noneMatch(c -> c.stage() == DiseaseStage.MAIN)) {
            problems.add(Reason.of("rules.lumpSum.noMainClass", benefit.code()));
        }
        Set<String> classCodes = new HashSet<>();
        for (DiseaseClass diseaseClass : benefit.classes()) {
            String code = diseaseClass.code();
            if (!classCodes.add(code)) {
                problems.add(Reason.of("rules.lumpSum.classTwice", benefit.code(), code));
            }
            codeLength(code, problems);
            if (diseaseClass.amountPerShare().isPresent() && diseaseClass.rateOfSum().isPresent()) {
                problems.add(Reason.of("rules.lumpSum.amountAndRate", benefit.code(), code));
            }
            diseaseClass.amountPerShare().filter(amount -> amount.signum() <= 0).ifPresent(amount ->
                    problems.add(Reason.of("rules.benefit.amount", benefit.code() + "/" + code, "amountPerShare", amount)));
            diseaseClass.rateOfSum().filter(rate -> !isFraction(rate) || rate.signum() == 0).ifPresent(rate ->
                    problems.add(Reason.of("rules.lumpSum.classRate", benefit.code(), code, rate)));
            if (diseaseClass.icd10().isEmpty()) {
                problems.add(Reason.of("rules.lumpSum.noIcd", benefit.code(), code));
            }
            for (IcdRange range : diseaseClass.icd10()) {
                if (!range.ordered()) {
                    problems.add(Reason.of("rules.lumpSum.icdRange", benefit.code(), code, range.toString()));
                }
            }
        }
    }

    private static void reimbursement(PlanRules rules, ReimbursementBenefit benefit,
                                      Set<ReimbursementCategory> categoriesSeen, List<Reason> problems) {
        String code = benefit.code();
        if (benefit.categories().isEmpty()) {
            problems.add(Reason.of("rules.reimbursement.noCategories", code));
        }
        for (ReimbursementCategory category : ReimbursementCategory.values()) {
            if (benefit.categories().contains(category) && !categoriesSeen.add(category)) {
                problems.add(Reason.of("rules.reimbursement.categoryTwice", code, category.name()));
            }
        }
        if (benefit.deductible().signum() < 0) {
            problems.add(Reason.of("rules.reimbursement.deductible", code, benefit.deductible()));
        }
        bands(benefit, problems);
        benefit.cap().ifPresent(cap -> cap(code, cap, problems));
        benefit.capGroup().filter(group -> rules.capGroup(group).isEmpty())
                .ifPresent(group -> problems.add(Reason.of("rules.cap.unknownGroup", code, group)));
        if (benefit.cap().isEmpty() && benefit.capGroup().isEmpty()) {
            problems.add(Reason.of("rules.cap.missing", code));
        }
    }

    private static void bands(ReimbursementBenefit benefit, List<Reason> problems) {
        String code = benefit.code();
        List<CoInsuranceBand> bands = benefit.bands();
        if (bands.isEmpty()) {
            problems.add(Reason.of("rules.bands.none", code));
            return;
        }
        if (bands.get(0).from().compareTo(benefit.deductible()) != 0) {
            problems.add(Reason.of("rules.bands.startNotAtDeductible", code, bands.get(0).from(), benefit.deductible()));
        }
        for (int i = 0; i < bands.size(); i++) {
            CoInsuranceBand band = bands.get(i);
            int number = i + 1;
            if (!isFraction(band.rate())) {
                problems.add(Reason.of("rules.bands.rate", code, number, band.rate()));
            }
            if (band.to().isPresent() && band.to().get().compareTo(band.from()) <= 0) {
                problems.add(Reason.of("rules.bands.empty", code, number, band.from(), band.to().get()));
            }
            if (i == 0) {
                continue;
            }
            CoInsuranceBand previous = bands.get(i - 1);
            if (previous.to().isEmpty()) {
                problems.add(Reason.of("rules.bands.openNotLast", code, i));
                continue;
            }
            int order = band.from().compareTo(previous.to().get());
            if (order < 0) {
                problems.add(Reason.of("rules.bands.overlap", code, number, band.from(), previous.to().get()));
            } else if (order > 0) {
                problems.add(Reason.of("rules.bands.gap", code, number, previous.to().get(), band.from()));
            }
        }
    }

    /** Codes are stored with every claim assessed under them; longer ones than storage holds are refused here. */
    private static void codeLength(String code, List<Reason> problems) {
        if (code.length() > PlanRules.MAX_CODE_LENGTH) {
            problems.add(Reason.of("rules.code.tooLong", code, code.length(), PlanRules.MAX_CODE_LENGTH));
        }
    }

    private static void cap(String owner, Cap cap, List<Reason> problems) {
        if (cap.amount().signum() <= 0) {
            problems.add(Reason.of("rules.cap.amount", owner, cap.amount()));
        }
    }

    private static void positive(String benefit, String field, BigDecimal amount, List<Reason> problems) {
        if (amount.signum() <= 0) {
            problems.add(Reason.of("rules.benefit.amount", benefit, field, amount));
        }
    }

    private static boolean isFraction(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
    }
}
