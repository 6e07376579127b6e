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

    record Used(Map<String, BigDecimal> byBenefit, Map<String, BigDecimal> byCapGroup) {
        public static final Used NONE = new Used(Map.of(), Map.of());
    }
}
