package org.huzhu.insurance.api.premium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

import org.huzhu.insurance.api.rules.Payer;

/** Premium accounting as the web pages use it: statements, payments, vouchers and the monthly earning run. */
public interface Premiums {

    UnitStatementView statement(String unitCode, LocalDate asOf, Locale locale);

    /** Records a payment, allocated oldest bill first or to the chosen bill; overpayment becomes the unit's credit. */
    PaymentView recordPayment(String unitCode, LocalDate receivedOn, BigDecimal amount, Payer payer, String bankReference, Long billId,
                              String recordedBy);

    /** Stores a payment's voucher (PDF, JPEG or PNG, checked by content, size-limited). */
    void storeVoucher(long paymentId, byte[] content, String fileName, String uploadedBy);

    /** The unit a payment belongs to, for access checks. */
    Optional<String> unitOfPayment(long paymentId);

    /** Bills not yet paid in full, over all units. */
    long openBills();

    EarningRunView startEarning(YearMonth month, String startedBy);

    Optional<EarningRunView> earning(YearMonth month);
}
