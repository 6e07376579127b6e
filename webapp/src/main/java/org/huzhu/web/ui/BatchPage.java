package org.huzhu.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

import org.huzhu.claims.api.ClaimPayments;
import org.huzhu.claims.api.PaymentRequests;
import org.huzhu.platform.api.DomainException;

/** One payment batch: who made it and when, and each line with its claim, payee, card, amount and the bank's answer. */
@Named
@ViewScoped
public class BatchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClaimPayments payments;

    private Long id;
    private PaymentRequests.BatchView batch;

    public void load() throws IOException {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            batch = payments.batch(Pages.caller(), id);
        } catch (DomainException refused) {
            batch = null;
            Pages.refused(refused);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PaymentRequests.BatchView getBatch() {
        return batch;
    }
}
