package org.huzhu.insurance.api.premium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A recorded payment, where it went (bills and the unit's credit) and whether it was reversed. */
public record PaymentView(long id, String unitCode, LocalDate receivedOn, BigDecimal amount, String payer,
                          String bankReference, Long chosenBillId, List<AllocationView> allocations, BigDecimal toCredit,
                          boolean hasVoucher, LocalDate reversedOn, String reversalNote, Long journalEntry) {

    public PaymentView {
        allocations = List.copyOf(allocations);
    }

    /** Part of the payment put against one bill (negative in a reversal). */
    public record AllocationView(long billId, String kind, BigDecimal amount, LocalDate on) {
    }
}
