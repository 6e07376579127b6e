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

import org.huzhu.insurance.api.premium.Premiums;
import org.huzhu.insurance.api.premium.UnitStatementView;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

/**
 * A unit's premium statement: bills, payments, balance and ageing. Officers record payments; the unit agent
 * (and officers) upload payment vouchers. Agents see only their own unit.
 */
@Named
@ViewScoped
public class StatementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Premiums premiums;

    @Inject
    transient UnitRegistry units;

    @Inject
    transient AccessPolicy policy;

    @Inject
    transient BusinessClock clock;

    private String unitCode;
    private LocalDate receivedOn;
    private BigDecimal amount;
    private Payer payer = Payer.UNIT;
    private String bankReference;
    private Long paymentId;
    private String agentUnit;
    private transient Part voucher;

    /** Whether the caller may record payments for the unit shown (the payment form); recording checks again. */
    public boolean isStaff() {
        String unit = getUnitCode();
        return unit != null && policy.allows(Pages.caller(), Action.RECORD_PAYMENT, Target.unit(unit));
    }

    /** The unit shown: for an agent always their own, whatever the address says (every action checks the unit again). */
    public String getUnitCode() {
        if (agentUnit == null) {
            agentUnit = Pages.inRole(Roles.UNIT_AGENT) ? units.unitOfAgent(Pages.user()).orElse("") : "";
        }
        return agentUnit.isEmpty() ? unitCode : agentUnit;
    }

    @PostConstruct
    void startFromToday() {
        receivedOn = clock.today();
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public UnitStatementView getStatement() {
        String unit = getUnitCode();
        if (unit == null || unit.isBlank()) {
            return null;
        }
        try {
            return premiums.statement(Pages.caller(), unit, clock.today(), Pages.locale());
        } catch (DomainException refused) {
            Pages.error(refused);
            return null;
        }
    }

    public Payer[] getPayers() {
        return Payer.values();
    }

    public void record() {
        try {
            premiums.recordPayment(Pages.caller(), getUnitCode(), receivedOn, amount, payer, bankReference, null);
            Pages.info("statement.paymentRecorded", amount);
            amount = null;
            bankReference = null;
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    public void uploadVoucher() {
        if (voucher == null || voucher.getSize() == 0 || paymentId == null) {
            Pages.error("upload.noFile");
            return;
        }
        if (!premiums.unitOfPayment(paymentId).map(u -> u.equals(getUnitCode())).orElse(false)) {
            Pages.error("statement.notYourPayment");
            return;
        }
        try (InputStream content = voucher.getInputStream()) {
            premiums.storeVoucher(Pages.caller(), paymentId, content.readAllBytes(), voucher.getSubmittedFileName());
            Pages.info("statement.voucherStored", paymentId);
        } catch (DomainException refused) {
            Pages.error(refused);
        } catch (IOException unreadable) {
            Pages.error("upload.noFile");
        }
    }

    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public Payer getPayer() { return payer; }
    public void setPayer(Payer payer) { this.payer = payer; }
    public String getBankReference() { return bankReference; }
    public void setBankReference(String bankReference) { this.bankReference = bankReference; }
    public Long getPaymentId() { return paymentId; }
    public void setPaymentId(Long paymentId) { this.paymentId = paymentId; }
    public Part getVoucher() { return voucher; }
    public void setVoucher(Part voucher) { this.voucher = voucher; }
}
