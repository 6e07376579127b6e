package org.huzhu.insurance.premium;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.premium.BillLineView;
import org.huzhu.insurance.api.premium.BillView;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.ledger.JournalStore;
import org.huzhu.insurance.ledger.Money;
import org.huzhu.insurance.ledger.PostingsChart;
import org.huzhu.insurance.premium.rules.BillStatus;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;

/**
 * Bills in the database. Confirming enrolment lists (new or renewal, one or many) issues the units' bills for them in
 * the same transaction, through {@link BulkBilling#issue} only ({@link PremiumBill#issue}: one line per enrolment,
 * lines and payer parts adding up exactly), posts them ({@link PostingsChart#billIssued}) and sets any credit the
 * unit holds against them ({@link #applyCredit}).
 * A bill paid in full puts its enrolments' cover in force ({@code premium_status = 'PAID'}); a bill not paid in
 * full by its payment date lapses: its enrolments become LAPSED (void from their start), its amount is taken
 * off the receivable and the reserve, and what it had received goes to the unit's credit.
 *
 * <p>Locking: everything that changes what a unit owes or holds locks the unit's {@code unit_account} row first
 * ({@code select ... for update}), then the bills, so payments, credit and lapses of one unit run one after the
 * other and never over-allocate a bill.</p>
 */
@ApplicationScoped
public class Billing {

    static final String BILL_COLUMNS = "select b.id, b.unit_code, p.code, v.version_code, b.list_id, b.issued_on, b.payment_due, b.rate, "
            + "b.unit_average_age, (select count(*) from insurance.bill_line l where l.bill_id = b.id), b.total, b.unit_part, b.union_part, "
            + "b.member_part, b.hardship_part, b.paid, b.status, b.paid_in_full_on, b.lapsed_on, l.confirmed_on "
            + "from insurance.bill b join insurance.plan_version v on v.id = b.plan_version_id join insurance.plan p on p.id = v.plan_id "
            + "join insurance.enrolment_list l on l.id = b.list_id ";

    @jakarta.inject.Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    JournalStore journal;

    @Inject
    BusinessClock clock;

    /** Locks the unit's account (creating it if need be) and sets the credit it holds, if any, against a bill just issued. */
    void applyCredit(long billId, String unitCode, BigDecimal total, LocalDate issuedOn, String by) {
        BigDecimal credit = lockAccount(unitCode);
        if (credit.signum() > 0) {
            BigDecimal used = credit.min(total);
            LocalDate on = creditAppliedOn(unitCode, issuedOn);
            Jdbc.update(dataSource, "insert into insurance.bill_allocation (bill_id, payment_id, kind, amount, allocated_on) values (?, null, 'CREDIT', ?, ?)",
                    billId, used, on);
            Jdbc.update(dataSource, "update insurance.unit_account set credit = credit - ? where unit_code = ?", used, unitCode);
            journal.post(PostingsChart.creditApplied(on, String.valueOf(billId), used), unitCode, null, by);
            addPaid(billId, used, on);
        }
    }

    /**
     * The day the unit's credit is set against a bill issued on {@code issuedOn}: the issue (confirmation) day, also when
     * the confirmation is back-dated, unless the credit arose later (the latest payment that left money as credit, or the
     * latest lapse that gave money back as credit), in which case that day. This day is the bill's paid-in-full day.
     */
    LocalDate creditAppliedOn(String unitCode, LocalDate issuedOn) {
        LocalDate on = issuedOn;
        List<LocalDate> arose = new ArrayList<>();
        arose.addAll(Jdbc.query(dataSource, "select received_on from insurance.payment where unit_code = ? and to_credit > 0 "
                + "and reversed_on is null", row -> row.getDate(1).toLocalDate(), unitCode));
        arose.addAll(Jdbc.query(dataSource, "select a.allocated_on from insurance.bill_allocation a join insurance.bill b on b.id = a.bill_id "
                + "where b.unit_code = ? and a.kind = 'LAPSE'", row -> row.getDate(1).toLocalDate(), unitCode));
        for (LocalDate day : arose) {
            if (day.isAfter(on)) {
                on = day;
            }
        }
        return on;
    }

    /** Creates the unit's account row if it has none, then locks it; returns the unit's credit. */
    BigDecimal lockAccount(String unitCode) {
        Jdbc.update(dataSource, "insert into insurance.unit_account (unit_code, credit) values (?, 0) on conflict do nothing", unitCode);
        return Jdbc.queryOne(dataSource, "select credit from insurance.unit_account where unit_code = ? for update",
                row -> row.getBigDecimal(1), unitCode).map(Money::fen).orElseThrow();
    }

    /** Adds an amount (negative to take it back) to what a bill has received and sets its status; paid in full puts cover in force. */
    void addPaid(long billId, BigDecimal amount, LocalDate on) {
        record Amounts(BigDecimal total, BigDecimal paid) {
        }
        Amounts before = Jdbc.queryOne(dataSource, "select total, paid from insurance.bill where id = ? for update",
                row -> new Amounts(Money.fen(row.getBigDecimal(1)), Money.fen(row.getBigDecimal(2))), billId).orElseThrow();
        BigDecimal nowPaid = before.paid().add(amount);
        BillStatus status = BillStatus.of(before.total(), nowPaid);
        boolean paid = status == BillStatus.PAID;
        Jdbc.update(dataSource, "update insurance.bill set paid = ?, status = ?, paid_in_full_on = ? where id = ?", nowPaid, status.name(),
                paid ? on : null, billId);
        if (paid) {
            Jdbc.update(dataSource, "update insurance.enrolment set premium_status = 'PAID' where id in "
                    + "(select enrolment_id from insurance.bill_line where bill_id = ?)", billId);
            Jdbc.update(dataSource, "update insurance.bill_line set earn_from = ? where bill_id = ? and earn_from is null", firstUnrunMonth(on), billId);
        } else {
            Jdbc.update(dataSource, "update insurance.enrolment set premium_status = 'UNPAID' where id in "
                    + "(select enrolment_id from insurance.bill_line where bill_id = ?)", billId);
            Jdbc.update(dataSource, "update insurance.bill_line set earn_from = null where bill_id = ?", billId);
        }
    }

    /**
     * The first month the monthly earning will count a bill paid in full on {@code paidOn}: the month it was paid in, or
     * the month after the latest month any earning run has started, whichever is later. So no run has counted the bill
     * before, and every run from then on does (the first one catches up the months of cover before it). A payment
     * received last month and recorded today is counted by last month's run if that run has not started yet.
     */
    int firstUnrunMonth(LocalDate paidOn) {
        int paidMonth = yyyymm(YearMonth.from(paidOn));
        Optional<String> latest = Jdbc.queryOne(dataSource, "select coalesce(max(run_month), '') from insurance.earning_run", row -> row.getString(1)).filter(m -> !m.isEmpty());
        int afterLatestRun = latest.map(m -> yyyymm(YearMonth.parse(m).plusMonths(1))).orElse(0);
        return Math.max(paidMonth, afterLatestRun);
    }

    /** The latest month an earning run has started, as yyyymm, or 0. */
    int latestRunMonth() {
        return Jdbc.queryOne(dataSource, "select coalesce(max(run_month), '') from insurance.earning_run", row -> row.getString(1)).filter(m -> !m.isEmpty())
                .map(m -> yyyymm(YearMonth.parse(m))).orElse(0);
    }

    /** Lapses every bill not paid in full whose payment date is before {@code asOf}; returns the bills lapsed. */
    @Transactional
    public List<Long> lapseOverdue(LocalDate asOf, String by) {
        List<String> units = Jdbc.query(dataSource, "select distinct unit_code from insurance.bill where status in (?, ?) "
                + "and payment_due < ? order by unit_code", row -> row.getString(1), BillStatus.UNPAID.name(), BillStatus.PARTIALLY_PAID.name(), asOf);
        List<Long> lapsed = new ArrayList<>();
        for (String unit : units) {
            lapsed.addAll(lapseOverdue(unit, asOf, by));
        }
        return lapsed;
    }

    /** Lapses the unit's overdue bills (see {@link #lapseOverdue(LocalDate, String)}). */
    @Transactional
    public List<Long> lapseOverdue(String unitCode, LocalDate asOf, String by) {
        List<Long> overdue = Jdbc.query(dataSource, "select id from insurance.bill where unit_code = ? and status in (?, ?) "
                + "and payment_due < ? order by id", row -> row.getLong(1), unitCode, BillStatus.UNPAID.name(), BillStatus.PARTIALLY_PAID.name(), asOf);
        if (overdue.isEmpty()) {
            return overdue;
        }
        lockAccount(unitCode);
        List<Long> lapsed = new ArrayList<>();
        for (long billId : overdue) {
            record BillRow(BigDecimal total, BigDecimal paid, String status) {
            }
            BillRow bill = Jdbc.queryOne(dataSource, "select total, paid, status from insurance.bill where id = ? for update",
                    row -> new BillRow(row.getBigDecimal(1), row.getBigDecimal(2), row.getString(3)), billId).orElseThrow();
            if (!BillStatus.valueOf(bill.status()).open()) {
                continue;
            }
            Jdbc.update(dataSource, "update insurance.bill set status = ?, lapsed_on = ? where id = ?", BillStatus.LAPSED.name(), asOf, billId);
            Jdbc.update(dataSource, "update insurance.enrolment set status = 'LAPSED', premium_status = 'UNPAID', ended_reason = 'UNPAID', "
                    + "ended_on = coalesce(ended_on, cover_start) where id in (select enrolment_id from insurance.bill_line where bill_id = ?)", billId);
            Jdbc.update(dataSource, "update insurance.bill_line set earn_from = null, earn_to = null where bill_id = ?", billId);
            BigDecimal paid = Money.fen(bill.paid());
            if (paid.signum() > 0) {
                Jdbc.update(dataSource, "insert into insurance.bill_allocation (bill_id, payment_id, kind, amount, allocated_on) "
                        + "values (?, null, 'LAPSE', ?, ?)", billId, paid.negate(), asOf);
                Jdbc.update(dataSource, "update insurance.unit_account set credit = credit + ? where unit_code = ?", paid, unitCode);
            }
            journal.post(PostingsChart.billLapsed(asOf, String.valueOf(billId), Money.fen(bill.total()), paid), unitCode, "LAPSE:" + billId, by);
            trail.record(by, "BILL_LAPSED", org.huzhu.platform.api.audit.AuditedObject.BILL, String.valueOf(billId),
                    java.util.Map.of("status", bill.status(), "paid", paid), java.util.Map.of("status", BillStatus.LAPSED.name(), "lapsedOn", asOf.toString()));
            lapsed.add(billId);
        }
        return lapsed;
    }

    public Optional<BillView> view(long billId, Locale locale) {
        return Jdbc.queryOne(dataSource, BILL_COLUMNS + "where b.id = ?", row -> bill(row, locale), billId);
    }

    public BillView require(long billId, Locale locale) {
        return view(billId, locale).orElseThrow(() -> Reason.of("premium.bill.notFound", billId).exception(DomainException.Kind.NOT_FOUND));
    }

    public List<BillView> ofUnit(String unitCode, Locale locale) {
        return Jdbc.query(dataSource, BILL_COLUMNS + "where b.unit_code = ? order by b.issued_on, b.id", row -> bill(row, locale), unitCode);
    }

    public List<BillView> ofList(long listId, Locale locale) {
        return Jdbc.query(dataSource, BILL_COLUMNS + "where b.list_id = ?", row -> bill(row, locale), listId);
    }

    public List<BillLineView> lines(long billId, int offset, int limit) {
        return Jdbc.query(dataSource, "select enrolment_id, member_id, shares, cover_start, hardship, amount, unit_part, union_part, member_part, "
                + "hardship_part, refund, left_on from insurance.bill_line where bill_id = ? order by enrolment_id limit ? offset ?",
                row -> new BillLineView(row.getLong(1), row.getLong(2), row.getInt(3), row.getDate(4).toLocalDate(), row.getBoolean(5),
                        row.getBigDecimal(6), row.getBigDecimal(7), row.getBigDecimal(8), row.getBigDecimal(9), row.getBigDecimal(10),
                        row.getBigDecimal(11), row.getDate(12) == null ? null : row.getDate(12).toLocalDate()), billId, limit, offset);
    }

    static BillView bill(ResultSet row, Locale locale) throws SQLException {
        Map<String, BigDecimal> byPayer = new java.util.LinkedHashMap<>();
        Map<Payer, BigDecimal> parts = new EnumMap<>(Payer.class);
        parts.put(Payer.UNIT, row.getBigDecimal(12));
        parts.put(Payer.UNION, row.getBigDecimal(13));
        parts.put(Payer.MEMBER, row.getBigDecimal(14));
        parts.put(Payer.HARDSHIP_FUND, row.getBigDecimal(15));
        parts.forEach((payer, amount) -> {
            if (amount.signum() != 0) {
                byPayer.put(payer.name(), amount);
            }
        });
        BigDecimal total = row.getBigDecimal(11);
        BigDecimal paid = row.getBigDecimal(16);
        String status = row.getString(17);
        LocalDate due = row.getDate(7).toLocalDate();
        LocalDate paidInFull = row.getDate(18) == null ? null : row.getDate(18).toLocalDate();
        LocalDate lapsedOn = row.getDate(19) == null ? null : row.getDate(19).toLocalDate();
        LocalDate confirmedOn = row.getDate(20).toLocalDate();
        BillStatus known = BillStatus.valueOf(status);
        BigDecimal outstanding = known == BillStatus.LAPSED ? Money.ZERO : total.subtract(paid);
        Reason reason = switch (known) {
            case PAID -> Reason.of("premium.bill.inForce", paidInFull);
            case LAPSED -> Reason.of("premium.bill.lapsed", due, confirmedOn, paid.toPlainString());
            case UNPAID, PARTIALLY_PAID -> Reason.of("premium.bill.awaitingPayment", outstanding.toPlainString(), due);
        };
        return new BillView(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                row.getDate(6).toLocalDate(), due, row.getBigDecimal(8), row.getBigDecimal(9), row.getInt(10), total, byPayer,
                paid, outstanding, status, paidInFull, lapsedOn, reason.text(locale));
    }

    static int yyyymm(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

}
