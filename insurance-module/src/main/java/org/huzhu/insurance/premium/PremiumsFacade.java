package org.huzhu.insurance.premium;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

import org.huzhu.insurance.access.UnitAccess;
import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.premium.EarningRunView;
import org.huzhu.insurance.api.premium.PaymentView;
import org.huzhu.insurance.api.premium.Premiums;
import org.huzhu.insurance.api.premium.UnitStatementView;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.premium.earning.EarningRuns;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Scope;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;

/** The premium services behind the web pages: the same code paths and the same access checks as the REST API. */
@ApplicationScoped
public class PremiumsFacade implements Premiums {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    UnitStatements statements;

    @Inject
    Payments payments;

    @Inject
    EarningRuns earningRuns;

    @Inject
    UnitAccess access;

    @Inject
    PaymentProofs proofs;

    @Override
    public UnitStatementView statement(Caller caller, String unitCode, LocalDate asOf, Locale locale) {
        return statements.of(access.require(caller, Action.READ_PREMIUM, unitCode), asOf, locale);
    }

    @Override
    public PaymentView recordPayment(Caller caller, String unitCode, LocalDate receivedOn, BigDecimal amount, Payer payer, String bankReference,
                                     Long billId) {
        String unit = access.require(caller, Action.RECORD_PAYMENT, unitCode);
        return payments.record(new Payments.NewPayment(unit, receivedOn, amount, payer, bankReference, billId), caller.username());
    }

    @Override
    public void storeVoucher(Caller caller, long paymentId, byte[] content, String fileName) {
        String unit = unitOfPayment(paymentId).orElseThrow(() -> Reason.of("premium.payment.notFound", paymentId)
                .exception(DomainException.Kind.NOT_FOUND));
        access.require(caller, Action.UPLOAD_VOUCHER, unit);
        payments.storeVoucher(paymentId, content, fileName, caller.username());
    }

    @Override
    public long submitProof(Caller caller, String unitCode, BigDecimal amount, LocalDate paidOn, String bankReference, byte[] content,
                            String fileName) {
        String unit = access.require(caller, Action.UPLOAD_VOUCHER, unitCode);
        return proofs.submit(unit, amount, paidOn, bankReference, content, fileName, caller.username());
    }

    @Override
    public java.util.List<org.huzhu.insurance.api.premium.PaymentProofView> proofs(Caller caller, String unitCode) {
        return proofs.ofUnit(access.require(caller, Action.READ_PREMIUM, unitCode));
    }

    @Override
    public PaymentView recordFromProof(Caller caller, long proofId) {
        String unit = proofs.view(proofId).map(org.huzhu.insurance.api.premium.PaymentProofView::unitCode)
                .orElseThrow(() -> Reason.of("premium.proof.notFound", proofId).exception(DomainException.Kind.NOT_FOUND));
        access.require(caller, Action.RECORD_PAYMENT, unit);
        return proofs.record(proofId, caller.username());
    }

    @Override
    public Optional<String> unitOfPayment(long paymentId) {
        return payments.view(paymentId).map(PaymentView::unitCode);
    }

    @Override
    public long openBills(Caller caller) {
        Scope scope = access.policy().scope(caller, Action.READ_PREMIUM);
        if (scope.isEmpty()) {
            return 0;
        }
        if (scope.everything()) {
            return Jdbc.queryOne(dataSource, "select count(*) from insurance.bill where status in ('UNPAID', 'PARTIALLY_PAID')",
                    row -> row.getLong(1)).orElse(0L);
        }
        return Jdbc.query(dataSource, "select unit_code, count(*) from insurance.bill where status in ('UNPAID', 'PARTIALLY_PAID') "
                + "group by unit_code", row -> scope.includes(row.getString(1)) ? row.getLong(2) : 0L).stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public EarningRunView startEarning(Caller caller, YearMonth month) {
        access.policy().require(caller, Action.ASSOCIATION_WORK, Target.association());
        return earningRuns.start(month, null, null, caller.username());
    }

    @Override
    public Optional<EarningRunView> earning(Caller caller, YearMonth month) {
        access.policy().require(caller, Action.ASSOCIATION_WORK, Target.association());
        return earningRuns.find(month);
    }
}
