package org.huzhu.insurance.api.premium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A unit's proof of a payment not yet recorded: what its agent read from the bank slip, who sent it and when, and the
 * payment an officer recorded from it ({@code paymentId}, null while it waits).
 */
public record PaymentProofView(long id, String unitCode, BigDecimal amount, LocalDate paidOn, String bankReference, String fileName,
                               String uploadedBy, LocalDateTime uploadedAt, Long paymentId) {
}
