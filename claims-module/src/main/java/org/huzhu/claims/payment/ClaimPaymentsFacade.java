package org.huzhu.claims.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

import org.huzhu.claims.api.ClaimPayments;
import org.huzhu.claims.api.PaymentRequests;

/** The payment batches behind the web pages. */
@ApplicationScoped
public class ClaimPaymentsFacade implements ClaimPayments {

    @Inject
    PaymentBatches batches;

    @Override
    public List<PaymentRequests.BatchView> batches() {
        return batches.list();
    }

    @Override
    public PaymentRequests.BatchView create(String planCode, String user) {
        return batches.create(planCode, user);
    }

    @Override
    public String bankFile(long batchId) {
        return batches.bankFile(batchId);
    }

    @Override
    public PaymentRequests.ReturnResult applyReturn(long batchId, byte[] file, String user, Locale locale) {
        return batches.applyReturn(batchId, file, user, locale);
    }
}
