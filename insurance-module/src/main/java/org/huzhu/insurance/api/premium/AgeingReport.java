package org.huzhu.insurance.api.premium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Unpaid bill balances on a date, summed by age bucket; every bucket is present, zero when empty. */
public record AgeingReport(LocalDate asOf, Map<AgeBucket, BigDecimal> byBucket) {

    public AgeingReport {
        Objects.requireNonNull(asOf, "asOf");
        byBucket = Collections.unmodifiableMap(new EnumMap<>(byBucket));
    }

    public BigDecimal bucket(AgeBucket bucket) {
        return byBucket.get(bucket);
    }

    public BigDecimal total() {
        return byBucket.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
