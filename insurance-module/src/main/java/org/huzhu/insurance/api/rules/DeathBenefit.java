package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** A sum per share paid on the member's death, to the union account for the beneficiary. */
public record DeathBenefit(String code, BigDecimal amountPerShare) implements BenefitRule {

    public DeathBenefit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(amountPerShare, "amountPerShare");
    }
}
