package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One premium rate. Tiers are listed by ascending bound; a unit whose average member age is below
 * {@code unitAverageAgeBelow} pays this tier's amount. The last tier has no bound.
 */
public record PremiumTier(Optional<BigDecimal> unitAverageAgeBelow, BigDecimal amount) {

    public PremiumTier {
        Objects.requireNonNull(unitAverageAgeBelow, "unitAverageAgeBelow");
        Objects.requireNonNull(amount, "amount");
    }

    public static PremiumTier below(BigDecimal age, BigDecimal amount) {
        return new PremiumTier(Optional.of(age), amount);
    }

    public static PremiumTier open(BigDecimal amount) {
        return new PremiumTier(Optional.empty(), amount);
    }

    public boolean applies(BigDecimal unitAverageAge) {
        return unitAverageAgeBelow.map(bound -> unitAverageAge.compareTo(bound) < 0).orElse(true);
    }
}
