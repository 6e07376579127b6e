package org.huzhu.insurance.premium;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.huzhu.insurance.api.premium.BillView;
import org.huzhu.insurance.api.premium.PaymentView;
import org.huzhu.insurance.api.premium.UnitStatementView;
import org.huzhu.insurance.ledger.Money;
import org.huzhu.insurance.premium.rules.Ageing;
import org.huzhu.insurance.premium.rules.BillBalance;
import org.huzhu.platform.api.Jdbc;

/** A unit's premium statement: bills, payments, what is owed, credit, balance and the ageing of what is owed. */
@ApplicationScoped
public class UnitStatements {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    Billing billing;

    @Inject
    Payments payments;

    public UnitStatementView of(String unitCode, LocalDate asOf, Locale locale) {
        List<BillView> bills = billing.ofUnit(unitCode, locale);
        List<PaymentView> paid = payments.ofUnit(unitCode);
        List<BillBalance> open = bills.stream().filter(b -> b.status().equals("UNPAID") || b.status().equals("PARTIALLY_PAID"))
                .map(b -> new BillBalance(String.valueOf(b.id()), unitCode, b.issuedOn(), b.total(), b.paid())).toList();
        BigDecimal outstanding = open.stream().map(BillBalance::outstanding).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal credit = Jdbc.queryOne(dataSource, "select credit from insurance.unit_account where unit_code = ?",
                row -> Money.fen(row.getBigDecimal(1)), unitCode).orElse(Money.ZERO);
        BigDecimal refunds = Jdbc.queryOne(dataSource, "select coalesce(sum(l.refund), 0) from insurance.bill_line l "
                + "join insurance.bill b on b.id = l.bill_id where b.unit_code = ?", row -> Money.fen(row.getBigDecimal(1)), unitCode)
                .orElse(Money.ZERO);
        return new UnitStatementView(unitCode, asOf, bills, paid, outstanding, credit, outstanding.subtract(credit),
                Ageing.of(open, asOf), refunds);
    }
}
