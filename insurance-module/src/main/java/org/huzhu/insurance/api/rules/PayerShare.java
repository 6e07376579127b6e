package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** The fraction of the premium one payer bears; the fractions of a version sum to exactly 1. */
public record PayerShare(Payer payer, BigDecimal fraction) {

    public PayerShare {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(fraction, "fraction");
    }
}
