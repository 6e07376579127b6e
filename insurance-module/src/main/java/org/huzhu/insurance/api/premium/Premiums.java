package org.huzhu.insurance.api.premium;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.members.api.access.Caller;

/**
 * Premium accounting as the web pages use it: statements, payments, vouchers and the monthly earning run. Every method
 * asks the access policy about the unit it finally touches (a voucher: its payment's unit), whatever the page checked.
 */
public interface Premiums {

    UnitStatementView statement(Caller caller, String unitCode, LocalDate asOf, Locale locale);

    /** Records a payment, allocated oldest bill first or to the chosen bill; overpayment becomes the unit's credit. */
    PaymentView recordPayment(Caller caller, String unitCode, LocalDate receivedOn, BigDecimal amount, Payer payer, String bankReference,
                              Long billId);

    /** Stores a payment's voucher (PDF, JPEG or PNG, checked by content, size-limited). */
    void storeVoucher(Caller caller, long paymentId, byte[] content, String fileName);

    /**
     * Keeps a unit's proof of a payment no officer has recorded yet (the bank slip, with the amount, day and reference read
     * from it; PDF, JPEG or PNG); returns its id. For whoever may upload the unit's vouchers (its agent, its officers).
     */
    long submitProof(Caller caller, String unitCode, BigDecimal amount, LocalDate paidOn, String bankReference, byte[] content,
                     String fileName);

    /** The unit's proofs of payment, newest first, each with the payment recorded from it (none while it waits). */
    java.util.List<PaymentProofView> proofs(Caller caller, String unitCode);

    /**
     * Records the payment a proof shows (its amount, day and reference, paid by the unit) and matches the proof to it; the
     * slip becomes the payment's voucher. For whoever may record the unit's payments; a proof is matched once.
     */
    PaymentView recordFromProof(Caller caller, long proofId);

    /** The unit a payment belongs to, for access checks. */
    Optional<String> unitOfPayment(long paymentId);

    /** Bills not yet paid in full, over the units the caller may see. */
    long openBills(Caller caller);

    EarningRunView startEarning(Caller caller, YearMonth month);

    Optional<EarningRunView> earning(Caller caller, YearMonth month);
}
