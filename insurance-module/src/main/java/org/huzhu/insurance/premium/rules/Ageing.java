package org.huzhu.insurance.premium.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.huzhu.insurance.api.premium.AgeBucket;
import org.huzhu.insurance.api.premium.AgeingReport;
import org.huzhu.insurance.ledger.Money;

/**
 * Ageing of unpaid premium: each bill's outstanding balance goes into the bucket of its age on the given
 * date, counted in days from the issue date (issued today is 0 days; 30 days is still in 0–30, 31 starts
 * 31–90, 91 is over 90). PAID bills and bills issued after the date are left out. The balances given must
 * be those on the date (payments after it not yet counted).
 */
public final class Ageing {

    private Ageing() {
    }

    public static AgeingReport of(Collection<BillBalance> bills, LocalDate asOf) {
        Map<AgeBucket, BigDecimal> buckets = new EnumMap<>(AgeBucket.class);
        for (AgeBucket bucket : AgeBucket.values()) {
            buckets.put(bucket, Money.ZERO);
        }
        for (BillBalance bill : bills) {
            if (bill.status() == BillStatus.PAID || bill.issuedOn().isAfter(asOf)) {
                continue;
            }
            AgeBucket bucket = AgeBucket.of(ChronoUnit.DAYS.between(bill.issuedOn(), asOf));
            buckets.merge(bucket, bill.outstanding(), BigDecimal::add);
        }
        return new AgeingReport(asOf, buckets);
    }
}
