package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.rules.MidPeriodJoiner;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.api.rules.PayerShare;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PremiumBasis;
import org.huzhu.insurance.api.rules.PremiumRule;
import org.huzhu.insurance.api.rules.PremiumTier;
import org.huzhu.platform.api.DomainException;

/**
 * Premium of a unit's enrolment under a plan version. The rate comes from the tier for the unit's average
 * member age; the amount is members × shares × rate (members × rate when the version charges per person),
 * reduced by days of cover when the version charges mid-period joiners pro rata, and rounded half-up to the
 * fen once, at the end.
 */
public final class PremiumCalculator {

    private PremiumCalculator() {
    }

    /** Mean of the members' ages on the period start date, to one decimal, half-up. */
    public static BigDecimal unitAverageAge(PlanRules rules, Collection<LocalDate> birthDates) {
        if (birthDates.isEmpty()) {
            throw Reason.of("premium.noMembers").exception(DomainException.Kind.UNPROCESSABLE);
        }
        long total = birthDates.stream().mapToLong(rules.period()::ageAtStart).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(birthDates.size()), 1, RoundingMode.HALF_UP);
    }

    /** The first tier, in listed order, whose bound is above the unit's average age. */
    public static PremiumTier tier(PremiumRule rule, BigDecimal unitAverageAge) {
        return rule.tiers().stream().filter(tier -> tier.applies(unitAverageAge)).findFirst()
                .orElseThrow(() -> Reason.of("premium.noTier", unitAverageAge).exception(DomainException.Kind.UNPROCESSABLE));
    }

    /**
     * Premium for {@code members} people holding {@code sharesEach} shares, covered from {@code coverStart}
     * to the period end.
     */
    public static BigDecimal premium(PlanRules rules, BigDecimal unitAverageAge, int members, int sharesEach,
                                     LocalDate coverStart) {
        if (sharesEach < 1 || sharesEach > rules.maxShares()) {
            throw Reason.of("premium.shares", sharesEach, rules.maxShares()).exception(DomainException.Kind.UNPROCESSABLE);
        }
        if (members < 0) {
            throw new IllegalArgumentException("Members cannot be negative: " + members);
        }
        if (!rules.period().contains(coverStart)) {
            throw Reason.of("premium.coverOutsidePeriod", coverStart, rules.period().start(), rules.period().end())
                    .exception(DomainException.Kind.UNPROCESSABLE);
        }
        PremiumRule rule = rules.premium();
        BigDecimal rate = tier(rule, unitAverageAge).amount();
        int units = rule.basis() == PremiumBasis.PER_SHARE_PER_PERIOD ? members * sharesEach : members;
        BigDecimal exact = rate.multiply(BigDecimal.valueOf(units));
        if (rule.midPeriodJoiner() == MidPeriodJoiner.PRO_RATA && coverStart.isAfter(rules.period().start())) {
            long coveredDays = ChronoUnit.DAYS.between(coverStart, rules.period().end()) + 1;
            return exact.multiply(BigDecimal.valueOf(coveredDays))
                    .divide(BigDecimal.valueOf(rules.period().days()), 2, RoundingMode.HALF_UP);
        }
        return exact.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Splits a premium between the version's payers by their fractions, each part rounded half-up to the fen;
     * the last payer listed takes the rounding difference so that the parts add up to the premium.
     */
    public static Map<Payer, BigDecimal> split(PremiumRule rule, BigDecimal premium) {
        Map<Payer, BigDecimal> parts = new LinkedHashMap<>();
        List<PayerShare> payers = rule.payers();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < payers.size(); i++) {
            PayerShare payer = payers.get(i);
            BigDecimal part = i == payers.size() - 1 ? premium.subtract(allocated)
                    : premium.multiply(payer.fraction()).setScale(2, RoundingMode.HALF_UP);
            parts.merge(payer.payer(), part, BigDecimal::add);
            allocated = allocated.add(part);
        }
        return parts;
    }
}
