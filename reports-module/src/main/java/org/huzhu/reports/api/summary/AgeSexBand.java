package org.huzhu.reports.api.summary;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Members and claims of one age band and sex.
 *
 * @param ageBand         the band's label as computed, e.g. "30-39" or "60+"
 * @param sex             the members' sex
 * @param members         members in force at the end of the month
 * @param memberMonths    exposure in member-months
 * @param claims          number of claims incurred
 * @param incurredClaims  amount of claims incurred
 * @param frequencyPer1000 claims per 1,000 member-years
 */
public record AgeSexBand(String ageBand, Sex sex, long members, BigDecimal memberMonths, long claims,
                         BigDecimal incurredClaims, BigDecimal frequencyPer1000) {

    public AgeSexBand {
        Objects.requireNonNull(ageBand, "ageBand");
        Objects.requireNonNull(sex, "sex");
    }

    public enum Sex { FEMALE, MALE }
}
