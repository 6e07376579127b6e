package org.huzhu.insurance.api.rules;

import java.util.List;
import java.util.Objects;

/**
 * How the premium is set: its basis, the tiers by the unit's average member age (one tier when the version
 * does not tier), who pays which fraction, and what a mid-period joiner pays.
 */
public record PremiumRule(PremiumBasis basis, List<PremiumTier> tiers, List<PayerShare> payers,
                          MidPeriodJoiner midPeriodJoiner) {

    public PremiumRule {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(midPeriodJoiner, "midPeriodJoiner");
        tiers = List.copyOf(tiers);
        payers = List.copyOf(payers);
    }
}
