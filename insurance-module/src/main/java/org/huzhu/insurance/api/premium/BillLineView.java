package org.huzhu.insurance.api.premium;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One member's line on a bill; the payer parts add up to the amount. */
public record BillLineView(long enrolmentId, long memberId, int shares, LocalDate coverStart, boolean hardship,
                           BigDecimal amount, BigDecimal unitPart, BigDecimal unionPart, BigDecimal memberPart,
                           BigDecimal hardshipFundPart, BigDecimal refund, LocalDate leftOn) {
}
