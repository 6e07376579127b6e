package org.huzhu.claims.api;

import java.util.List;
import java.util.Locale;

import org.huzhu.members.api.access.Caller;

/**
 * Payment batches as the web pages use them: the same code paths as the REST API. Batches span every unit: association
 * work, which the access policy allows to association-level staff.
 */
public interface ClaimPayments {

    List<PaymentRequests.BatchView> batches(Caller caller);

    /** One batch with its lines: each claim, payee, card (masked), amount and what the bank returned. */
    PaymentRequests.BatchView batch(Caller caller, long batchId);

    /** A batch of every approved claim still to pay (optionally of one plan). */
    PaymentRequests.BatchView create(Caller caller, String planCode);

    /** The bank transfer file in the configured format (GBK CSV or XLSX): payee, card, amount, claim reference. */
    BankFile bankFile(Caller caller, long batchId);

    /** The bank's return file marks each line paid or failed. */
    PaymentRequests.ReturnResult applyReturn(Caller caller, long batchId, byte[] file, Locale locale);
}
