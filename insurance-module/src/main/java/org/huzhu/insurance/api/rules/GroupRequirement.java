package org.huzhu.insurance.api.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The group rule: a unit must enrol at least {@code minimumFraction} of its eligible headcount, and all of
 * it when it has {@code allRequiredUpTo} eligible people or fewer.
 */
public record GroupRequirement(BigDecimal minimumFraction, int allRequiredUpTo) {

    /** The Shanghai 2024 rule (75%, everyone in units of 10 or fewer), used when a document names none. */
    public static final GroupRequirement SHANGHAI_2024 = new GroupRequirement(new BigDecimal("0.75"), 10);

    public GroupRequirement {
        Objects.requireNonNull(minimumFraction, "minimumFraction");
    }
}
