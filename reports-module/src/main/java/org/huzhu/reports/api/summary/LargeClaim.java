package org.huzhu.reports.api.summary;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A claim above the large-claim threshold.
 *
 * @param claimNumber    the claim's reference
 * @param monthOfService month the treatment (or diagnosis) took place
 * @param diagnosis      diagnosis or disease class as shown to actuaries
 * @param incurred       incurred amount (paid + case reserve)
 * @param paid           paid so far
 */
public record LargeClaim(String claimNumber, YearMonth monthOfService, String diagnosis, BigDecimal incurred,
                         BigDecimal paid) {

    public LargeClaim {
        Objects.requireNonNull(claimNumber, "claimNumber");
    }
}
