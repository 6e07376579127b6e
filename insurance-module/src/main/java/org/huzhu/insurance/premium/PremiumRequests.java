package org.huzhu.insurance.premium;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.huzhu.insurance.api.rules.Payer;

/** Request bodies of the premium API (public records: JSON-B reads them). */
public final class PremiumRequests {

    private PremiumRequests() {
    }

    /** A payment to record; without {@code billId} it is allocated oldest bill first. */
    public record NewPayment(String unitCode, LocalDate receivedOn, BigDecimal amount, Payer payer, String bankReference, Long billId) {
    }

    public record Reversal(String note) {
    }

    public record EarningRequest(String month, Integer rangeSize, Long pauseMillis) {
    }

    public record Lapsed(LocalDate asOf, java.util.List<Long> bills) {
    }

}
