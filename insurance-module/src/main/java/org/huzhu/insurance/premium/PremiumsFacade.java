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

import org.huzhu.insurance.api.premium.EarningRunView;
import org.huzhu.insurance.api.premium.PaymentView;
import org.huzhu.insurance.api.premium.Premiums;
import org.huzhu.insurance.api.premium.UnitStatementView;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.premium.earning.EarningRuns;
import org.huzhu.platform.api.Jdbc;

/** The premium services behind the web pages: the same code paths as the REST API. */
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

    @Override
    public UnitStatementView statement(String unitCode, LocalDate asOf, Locale locale) {
        return statements.of(unitCode, asOf, locale);
    }

    @Override
    public PaymentView recordPayment(String unitCode, LocalDate receivedOn, BigDecimal amount, Payer payer, String bankReference, Long billId,
                                     String recordedBy) {
        return payments.record(new Payments.NewPayment(unitCode, receivedOn, amount, payer, bankReference, billId), recordedBy);
    }

    @Override
    public void storeVoucher(long paymentId, byte[] content, String fileName, String uploadedBy) {
        payments.storeVoucher(paymentId, content, fileName, uploadedBy);
    }

    @Override
    public Optional<String> unitOfPayment(long paymentId) {
        return payments.view(paymentId).map(PaymentView::unitCode);
    }

    @Override
    public long openBills() {
        return Jdbc.queryOne(dataSource, "select count(*) from insurance.bill where status in ('UNPAID', 'PARTIALLY_PAID')",
                row -> row.getLong(1)).orElse(0L);
    }

    @Override
    public EarningRunView startEarning(YearMonth month, String startedBy) {
        return earningRuns.start(month, null, null, startedBy);
    }

    @Override
    public Optional<EarningRunView> earning(YearMonth month) {
        return earningRuns.find(month);
    }
}
