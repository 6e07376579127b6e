package org.huzhu.claims.api;

import java.util.List;
import java.util.Locale;

/** Payment batches as the web pages use them: the same code paths as the REST API. */
public interface ClaimPayments {

    List<PaymentRequests.BatchView> batches();

    /** A batch of every approved claim still to pay (optionally of one plan). */
    PaymentRequests.BatchView create(String planCode, String user);

    /** The bank transfer file (CSV): member name, card, amount, claim reference. */
    String bankFile(long batchId);

    /** The bank's return file marks each line paid or failed. */
    PaymentRequests.ReturnResult applyReturn(long batchId, byte[] file, String user, Locale locale);
}
