package org.huzhu.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.premium.PaymentProofView;
import org.huzhu.insurance.api.premium.PaymentView;
import org.huzhu.insurance.api.premium.Premiums;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;

/**
 * Proofs of payments not yet recorded, on the statement page: the unit's agent sends the bank slip with the amount, day
 * and reference; an officer records the payment from a waiting proof, which matches it. The unit is the statement's
 * (an agent's own); every action asks the policy again about the unit or proof it touches.
 */
@Named
@ViewScoped
public class ProofsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Premiums premiums;

    @Inject
    transient BusinessClock clock;

    @Inject
    StatementPage statement;

    private BigDecimal amount;
    private LocalDate paidOn;
    private String bankReference;
    private transient Part slip;

    @PostConstruct
    void startFromToday() {
        paidOn = clock.today();
    }

    public List<PaymentProofView> getProofs() {
        String unit = statement.getUnitCode();
        if (unit == null || unit.isBlank()) {
            return List.of();
        }
        try {
            return premiums.proofs(Pages.caller(), unit);
        } catch (DomainException refused) {
            return List.of();
        }
    }

    public void submit() {
        if (slip == null || slip.getSize() == 0) {
            Pages.error("upload.noFile");
            return;
        }
        try (InputStream content = slip.getInputStream()) {
            long id = premiums.submitProof(Pages.caller(), statement.getUnitCode(), amount, paidOn, bankReference, content.readAllBytes(),
                    slip.getSubmittedFileName());
            Pages.info("proof.sent", id, Formats.money(amount));
            amount = null;
            bankReference = null;
        } catch (DomainException refused) {
            Pages.error(refused);
        } catch (IOException unreadable) {
            Pages.error("upload.noFile");
        }
    }

    public void record(long proofId) {
        try {
            PaymentView payment = premiums.recordFromProof(Pages.caller(), proofId);
            Pages.info("proof.recorded", proofId, payment.id(), Formats.money(payment.amount()));
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
    public String getBankReference() { return bankReference; }
    public void setBankReference(String bankReference) { this.bankReference = bankReference; }
    public Part getSlip() { return slip; }
    public void setSlip(Part slip) { this.slip = slip; }
}
