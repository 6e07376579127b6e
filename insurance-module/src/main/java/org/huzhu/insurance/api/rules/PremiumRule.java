package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the premium is set: its basis, the tiers by the unit's average member age (one tier when the version
 * does not tier), who pays which fraction, and what a mid-period joiner pays; and, where the version was priced for
 * one, the loss ratio the premium was priced for (expected claims / premium, e.g. 0.90), which reserving takes as
 * the a-priori expectation of a month whose claims are not yet known.
 */
public record PremiumRule(PremiumBasis basis, List<PremiumTier> tiers, List<PayerShare> payers,
                          MidPeriodJoiner midPeriodJoiner, Optional<BigDecimal> expectedLossRatio) {

    public PremiumRule {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(midPeriodJoiner, "midPeriodJoiner");
        Objects.requireNonNull(expectedLossRatio, "expectedLossRatio");
        tiers = List.copyOf(tiers);
        payers = List.copyOf(payers);
    }

    /** A version priced without a stated loss ratio. */
    public PremiumRule(PremiumBasis basis, List<PremiumTier> tiers, List<PayerShare> payers, MidPeriodJoiner midPeriodJoiner) {
        this(basis, tiers, payers, midPeriodJoiner, Optional.empty());
    }

    /** The same rule priced for another loss ratio (none: empty). */
    public PremiumRule withExpectedLossRatio(Optional<BigDecimal> ratio) {
        return new PremiumRule(basis, tiers, payers, midPeriodJoiner, ratio);
    }
}
