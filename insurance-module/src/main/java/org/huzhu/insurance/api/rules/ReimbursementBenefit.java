package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Pays part of the member's in-scope self-pay (医保范围内个人自付) for the listed categories, accumulated over
 * the plan year: nothing below the deductible, then each co-insurance band's rate on the part of the
 * accumulated amount inside the band. The sum of benefits is limited by the benefit's own cap, by a cap
 * group shared with other benefits, or both.
 */
public record ReimbursementBenefit(String code, Set<ReimbursementCategory> categories, BigDecimal deductible,
                                   List<CoInsuranceBand> bands, Optional<Cap> cap,
                                   Optional<String> capGroup) implements BenefitRule {

    public ReimbursementBenefit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(deductible, "deductible");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(capGroup, "capGroup");
        categories = Set.copyOf(categories);
        bands = List.copyOf(bands);
    }
}
