package org.huzhu.insurance.api.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a member has already received in a plan year, by benefit code and by shared cap group. Implemented by
 * the claims module (which depends on insurance, not the other way round); the coverage query subtracts it from
 * the version's caps to show the remaining annual limits.
 */
public interface UsedLimits {

    Used of(long memberId, String planCode, LocalDate yearStart);

    /**
     * Paid by benefit and by cap group, and of once-per-cycle lump sums the early-stage and main sums paid (counted in the
     * cycle when asked for the cycle's first day).
     */
    record Used(Map<String, BigDecimal> byBenefit, Map<String, BigDecimal> byCapGroup, Map<String, BigDecimal> earlyLumpSums,
                Map<String, BigDecimal> mainLumpSums) {
        public static final Used NONE = new Used(Map.of(), Map.of(), Map.of(), Map.of());

        public Used(Map<String, BigDecimal> byBenefit, Map<String, BigDecimal> byCapGroup) {
            this(byBenefit, byCapGroup, Map.of(), Map.of());
        }
    }
}
