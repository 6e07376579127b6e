package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The rate paid on the accumulated in-scope self-pay between {@code from} and {@code to}; the last band may
 * be open-ended. Bands of a benefit are contiguous and the first starts at the deductible.
 */
public record CoInsuranceBand(BigDecimal from, Optional<BigDecimal> to, BigDecimal rate) {

    public CoInsuranceBand {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
    }
}
