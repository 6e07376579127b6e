package org.huzhu.claims.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;

import org.huzhu.claims.api.BankFile;
import org.huzhu.claims.api.ClaimPayments;
import org.huzhu.claims.api.PaymentRequests;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;

/** The payment batches behind the web pages, with the API's access check. */
@ApplicationScoped
public class ClaimPaymentsFacade implements ClaimPayments {

    @Inject
    PaymentBatches batches;

    @Inject
    BankFiles bankFiles;

    @Inject
    AccessPolicy policy;

    @Override
    public List<PaymentRequests.BatchView> batches(Caller caller) {
        associationWork(caller);
        return batches.list();
    }

    @Override
    public PaymentRequests.BatchView batch(Caller caller, long batchId) {
        associationWork(caller);
        return batches.view(batchId);
    }

    @Override
    public PaymentRequests.BatchView create(Caller caller, String planCode) {
        associationWork(caller);
        return batches.create(planCode, caller.username());
    }

    @Override
    public BankFile bankFile(Caller caller, long batchId) {
        associationWork(caller);
        return bankFiles.file(batchId, null);
    }

    @Override
    public PaymentRequests.ReturnResult applyReturn(Caller caller, long batchId, byte[] file, Locale locale) {
        associationWork(caller);
        return batches.applyReturn(batchId, file, caller.username(), locale);
    }

    private void associationWork(Caller caller) {
        policy.require(caller, Action.ASSOCIATION_WORK, Target.association());
    }
}
