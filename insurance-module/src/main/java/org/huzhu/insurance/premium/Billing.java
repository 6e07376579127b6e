package org.huzhu.insurance.premium;

import static org.huzhu.insurance.ledger.Posting.credit;
import static org.huzhu.insurance.ledger.Posting.debit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.enrolment.EnrolmentListConfirmed;
import org.huzhu.insurance.api.premium.BillLineView;
import org.huzhu.insurance.api.premium.BillView;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.ledger.Account;
import org.huzhu.insurance.ledger.EntryDraft;
import org.huzhu.insurance.ledger.EntryKind;
import org.huzhu.insurance.ledger.JournalStore;
import org.huzhu.insurance.ledger.Posting;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;

/**
 * Bills in the database. Confirming an enrolment list (new or renewal) issues the unit's bill for it in the same
 * transaction ({@link PremiumBill#issue}: one line per enrolment, lines and payer parts adding up exactly),
 * posts it (Dr premium receivable, Cr unearned premium reserve) and sets any credit the unit holds against it.
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

    private static final int BATCH = 5_000;
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
    PlanVersions versions;

    @Inject
    MemberDirectory directory;

    @Inject
    JournalStore journal;

    @Inject
    BusinessClock clock;

    void onConfirmed(@Observes EnrolmentListConfirmed confirmed) {
        issue(confirmed.listId(), "system");
    }

    /** Issues the bill of a confirmed list; a list already billed keeps its bill. */
    @Transactional
    public Optional<Long> issue(long listId, String by) {
        Optional<Long> existing = Jdbc.queryOne(dataSource, "select id from insurance.bill where list_id = ?", row -> row.getLong(1), listId);
        if (existing.isPresent()) {
            return existing;
        }
        record ListRow(String unitCode, long versionId, BigDecimal averageAge, LocalDate confirmedOn) {
        }
        ListRow list = Jdbc.queryOne(dataSource, "select unit_code, plan_version_id, unit_average_age, confirmed_on from insurance.enrolment_list "
                + "where id = ? and status = 'CONFIRMED'", row -> new ListRow(row.getString(1), row.getLong(2), row.getBigDecimal(3),
                row.getDate(4).toLocalDate()), listId).orElseThrow(() -> Reason.of("premium.bill.listNotConfirmed", listId)
                .exception(DomainException.Kind.CONFLICT));
        PlanVersionRecord version = versions.require(list.versionId());
        record EnrolmentRow(long id, long memberId, int shares, LocalDate coverStart, LocalDate paymentDue) {
        }
        List<EnrolmentRow> enrolments = Jdbc.query(dataSource, "select id, member_id, shares, cover_start, payment_due from insurance.enrolment "
                + "where list_id = ? order by id", row -> new EnrolmentRow(row.getLong(1), row.getLong(2), row.getInt(3),
                row.getDate(4).toLocalDate(), row.getDate(5).toLocalDate()), listId);
        if (enrolments.isEmpty() || list.averageAge() == null) {
            return Optional.empty();
        }
        Map<Long, Boolean> hardship = new HashMap<>();
        for (MemberView member : directory.membersOf(list.unitCode(), 0, Integer.MAX_VALUE)) {
            hardship.put(member.id(), member.hardship());
        }
        Map<String, EnrolmentRow> byMember = new HashMap<>();
        List<BilledMember> members = new ArrayList<>();
        for (EnrolmentRow e : enrolments) {
            String key = String.valueOf(e.memberId());
            byMember.put(key, e);
            members.add(new BilledMember(key, e.shares(), e.coverStart(), hardship.getOrDefault(e.memberId(), false)));
        }
        PremiumBill bill = PremiumBill.issue("list-" + listId, list.unitCode(), version.planCode() + "/" + version.versionCode(),
                list.confirmedOn(), version.rules(), list.averageAge(), members);
        long periodEndDay = version.rules().period().end().toEpochDay();
        long billId = Jdbc.insert(dataSource, "insert into insurance.bill (unit_code, plan_version_id, list_id, issued_on, payment_due, rate, "
                + "unit_average_age, total, paid, unit_part, union_part, member_part, hardship_part, status, issued_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 'UNPAID', ?)", list.unitCode(), version.id(), listId, list.confirmedOn(),
                enrolments.get(0).paymentDue(), bill.rate(), list.averageAge(), bill.total(), bill.payer(Payer.UNIT), bill.payer(Payer.UNION),
                bill.payer(Payer.MEMBER), bill.payer(Payer.HARDSHIP_FUND), clock.timestamp());
        Jdbc.withConnection(dataSource, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into insurance.bill_line (enrolment_id, bill_id, member_id, "
                    + "plan_version_id, shares, cover_start, hardship, amount, unit_part, union_part, member_part, hardship_part, start_day, end_day) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (BillLine line : bill.lines()) {
                    EnrolmentRow e = byMember.get(line.memberId());
                    Jdbc.bind(insert, e.id(), billId, e.memberId(), version.id(), line.shares(), line.coverStart(), line.hardship(),
                            line.amount(), line.payer(Payer.UNIT), line.payer(Payer.UNION), line.payer(Payer.MEMBER),
                            line.payer(Payer.HARDSHIP_FUND), (int) line.coverStart().toEpochDay(), (int) periodEndDay);
                    insert.addBatch();
                    if (++pending % BATCH == 0) {
                        Jdbc.executeBatch(insert);
                    }
                }
                Jdbc.executeBatch(insert);
            }
            return null;
        });
        journal.post(new EntryDraft(bill.issuedOn(), EntryKind.BILL_ISSUED, String.valueOf(billId), List.of(
                debit(Account.PREMIUM_RECEIVABLE, bill.total()), credit(Account.UNEARNED_PREMIUM_RESERVE, bill.total()))),
                list.unitCode(), "BILL:" + billId, by);
        applyCredit(billId, list.unitCode(), bill.total(), list.confirmedOn(), by);
        trail.record(by, "BILL_ISSUED", org.huzhu.platform.api.audit.AuditedObject.BILL, String.valueOf(billId), null,
                java.util.Map.of("unit", list.unitCode(), "list", listId, "total", bill.total()));
        return Optional.of(billId);
    }

    /** Locks the unit's account (creating it if need be) and sets the credit it holds, if any, against a bill just issued. */
    void applyCredit(long billId, String unitCode, BigDecimal total, LocalDate issuedOn, String by) {
        BigDecimal credit = lockAccount(unitCode);
        if (credit.signum() > 0) {
            BigDecimal used = credit.min(total);
            LocalDate on = creditAppliedOn(unitCode, issuedOn);
            Jdbc.update(dataSource, "insert into insurance.bill_allocation (bill_id, payment_id, kind, amount, allocated_on) values (?, null, 'CREDIT', ?, ?)",
                    billId, used, on);
            Jdbc.update(dataSource, "update insurance.unit_account set credit = credit - ? where unit_code = ?", used, unitCode);
            journal.post(new EntryDraft(on, EntryKind.CREDIT_APPLIED, String.valueOf(billId), List.of(debit(Account.UNIT_CREDIT, used),
                    credit(Account.PREMIUM_RECEIVABLE, used))), unitCode, null, by);
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
            BigDecimal owed = Money.fen(bill.total()).subtract(paid);
            List<Posting> postings = new ArrayList<>();
            postings.add(debit(Account.UNEARNED_PREMIUM_RESERVE, Money.fen(bill.total())));
            if (owed.signum() > 0) {
                postings.add(credit(Account.PREMIUM_RECEIVABLE, owed));
            }
            if (paid.signum() > 0) {
                postings.add(credit(Account.UNIT_CREDIT, paid));
                Jdbc.update(dataSource, "insert into insurance.bill_allocation (bill_id, payment_id, kind, amount, allocated_on) "
                        + "values (?, null, 'LAPSE', ?, ?)", billId, paid.negate(), asOf);
                Jdbc.update(dataSource, "update insurance.unit_account set credit = credit + ? where unit_code = ?", paid, unitCode);
            }
            journal.post(new EntryDraft(asOf, EntryKind.ENROLMENT_VOIDED, String.valueOf(billId), postings), unitCode, "LAPSE:" + billId, by);
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
