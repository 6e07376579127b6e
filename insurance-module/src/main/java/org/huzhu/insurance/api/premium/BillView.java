package org.huzhu.insurance.api.premium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A unit's premium bill for one confirmed list under one plan version. {@code status} is UNPAID,
 * PARTIALLY_PAID, PAID (cover in force) or LAPSED (not paid in full by {@code paymentDue}: the enrolments are
 * void from their start); {@code statusReason} says why in the reader's language.
 */
public record BillView(long id, String unitCode, String planCode, String versionCode, long listId, LocalDate issuedOn,
                       LocalDate paymentDue, BigDecimal rate, BigDecimal unitAverageAge, int lines, BigDecimal total,
                       Map<String, BigDecimal> byPayer, BigDecimal paid, BigDecimal outstanding, String status,
                       LocalDate paidInFullOn, LocalDate lapsedOn, String statusReason) {
}
