package org.huzhu.insurance.premium;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.premium.PaymentView;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.ledger.JournalStore;
import org.huzhu.insurance.ledger.Money;
import org.huzhu.insurance.ledger.PostingsChart;
import org.huzhu.insurance.premium.rules.Allocation;
import org.huzhu.insurance.premium.rules.BillBalance;
import org.huzhu.insurance.premium.rules.BillStatus;
import org.huzhu.insurance.premium.rules.Payment;
import org.huzhu.insurance.premium.rules.PaymentAllocation;
import org.huzhu.insurance.premium.rules.PaymentAllocator;
import org.huzhu.insurance.premium.rules.PaymentSource;
import org.huzhu.insurance.premium.rules.UnitAccount;
import org.huzhu.insurance.premium.rules.VoucherTypes;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.DomainValues;
import org.huzhu.platform.api.Jdbc;

/**
 * Payments of premium: recorded with their date, payer and bank reference, allocated oldest bill first or to a
 * chosen bill by {@link PaymentAllocator} (what is left over becomes the unit's credit), posted to the journal,
 * and reversed when recorded wrongly. Each payment locks the unit's account row and then its open bills
 * ({@code select ... for update}) before it reads what they owe, so payments racing for the same bill are
 * allocated one after the other and a bill never receives more than its total.
 */
@ApplicationScoped
public class Payments {

    /** A scanned voucher may be at most this large. */
    public static final int VOUCHER_MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    Billing billing;

    @Inject
    JournalStore journal;

    @Inject
    MemberDirectory directory;

    @Inject
    BusinessClock clock;

    /** A payment to record. {@code billId} null allocates oldest bill first. */
    public record NewPayment(String unitCode, LocalDate receivedOn, BigDecimal amount, Payer payer, String bankReference, Long billId) {
    }

    @Transactional
    public PaymentView record(NewPayment request, String by) {
        return record(request, by, clock.today());
    }

    /**
     * Records a payment as if on {@code today}: bills whose payment date is before it lapse first, and the
     * payment may not be dated after it. Evaluation-mode demo data records its payments on past dates this way.
     */
    @Transactional
    public PaymentView record(NewPayment request, String by, LocalDate today) {
        if (request.amount() == null || request.amount().signum() <= 0 || !Money.isWholeFen(request.amount())
                || !DomainValues.fitsMoney(request.amount())) {
            throw Reason.of("premium.payment.amount", String.valueOf(request.amount())).exception(DomainException.Kind.INVALID);
        }
        if (request.receivedOn() == null || request.receivedOn().isAfter(today)) {
            throw Reason.of("premium.payment.receivedInFuture", request.receivedOn(), today).exception(DomainException.Kind.INVALID);
        }
        DomainValues.checked(request.receivedOn());
        if (request.payer() == null) {
            throw Reason.of("premium.payment.payerRequired").exception(DomainException.Kind.INVALID);
        }
        if (request.bankReference() != null && request.bankReference().length() > 64) {
            throw Reason.of("premium.payment.referenceTooLong", 64).exception(DomainException.Kind.INVALID);
        }
        if (directory.unit(request.unitCode()).isEmpty()) {
            throw Reason.of("enrolment.unitUnknown", request.unitCode()).exception(DomainException.Kind.NOT_FOUND);
        }
        String unit = request.unitCode();
        billing.lockAccount(unit);
        billing.lapseOverdue(unit, request.receivedOn(), by); // overdue when the money arrived, not when it was recorded
        UnitAccount account = UnitAccount.open(unit);
        for (BillBalance bill : Jdbc.query(dataSource, "select id, issued_on, total, paid from insurance.bill where unit_code = ? "
                + "and status in ('UNPAID', 'PARTIALLY_PAID') order by issued_on, id for update", row -> new BillBalance(row.getString(1),
                unit, row.getDate(2).toLocalDate(), row.getBigDecimal(3), row.getBigDecimal(4)), unit)) {
            account = account.withBill(bill);
        }
        PaymentSource source = request.payer() == Payer.HARDSHIP_FUND ? PaymentSource.HARDSHIP_FUND : PaymentSource.BANK;
        Payment payment = new Payment("new", unit, request.receivedOn(), request.amount(), source);
        PaymentAllocation allocation;
        if (request.billId() != null) {
            String status = Jdbc.queryOne(dataSource, "select status from insurance.bill where id = ? and unit_code = ?", row -> row.getString(1),
                    request.billId(), unit).orElseThrow(() -> Reason.of("premium.payment.unknownBill", request.billId(), unit)
                    .exception(DomainException.Kind.NOT_FOUND));
            if (BillStatus.valueOf(status) == BillStatus.LAPSED) {
                throw Reason.of("premium.payment.billLapsed", request.billId()).exception(DomainException.Kind.CONFLICT);
            }
            allocation = PaymentAllocator.toBill(account, payment, String.valueOf(request.billId()));
        } else {
            allocation = PaymentAllocator.oldestFirst(account, payment);
        }
        long paymentId = Jdbc.insert(dataSource, "insert into insurance.payment (unit_code, received_on, amount, payer, bank_reference, "
                + "chosen_bill_id, to_credit, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", unit, request.receivedOn(),
                payment.amount(), request.payer(), blankToNull(request.bankReference()), request.billId(), allocation.toCredit(), by,
                clock.timestamp());
        for (Allocation a : allocation.allocations()) {
            long billId = Long.parseLong(a.billId());
            Jdbc.update(dataSource, "insert into insurance.bill_allocation (bill_id, payment_id, kind, amount, allocated_on) "
                    + "values (?, ?, 'PAYMENT', ?, ?)", billId, paymentId, a.amount(), request.receivedOn());
            billing.addPaid(billId, a.amount(), request.receivedOn());
        }
        if (allocation.toCredit().signum() > 0) {
            BigDecimal credit = Jdbc.queryOne(dataSource, "select credit from insurance.unit_account where unit_code = ?", row -> row.getBigDecimal(1), unit)
                    .orElse(BigDecimal.ZERO);
            if (!DomainValues.fitsMoney(credit.add(allocation.toCredit()))) {
                // the unit's credit would no longer fit the books' amounts: nothing of the payment is kept
                throw Reason.of("premium.payment.creditTooLarge", credit.add(allocation.toCredit()).toPlainString())
                        .exception(DomainException.Kind.UNPROCESSABLE);
            }
            Jdbc.update(dataSource, "update insurance.unit_account set credit = credit + ? where unit_code = ?", allocation.toCredit(), unit);
        }
        long entry = journal.post(PostingsChart.paymentReceived(request.receivedOn(), String.valueOf(paymentId),
                source == PaymentSource.HARDSHIP_FUND, allocation.toBills(), allocation.toCredit()), unit, "PAYMENT:" + paymentId, by);
        Jdbc.update(dataSource, "update insurance.payment set journal_entry = ? where id = ?", entry, paymentId);
        return audited(by, "PAYMENT_RECORDED", null, require(paymentId));
    }

    /**
     * Reverses a wrongly recorded payment: its allocations are taken back from the bills (which may stop being
     * PAID, so their cover waits for payment again), its credit is taken back, and its journal entry is
     * reversed. Refused when the credit has been used, when a bill it paid has lapsed since, or when the monthly
     * earning has already counted a bill it completed.
     */
    @Transactional
    public PaymentView reverse(long paymentId, String note, String by) {
        LocalDate today = clock.today();
        String unit = Jdbc.queryOne(dataSource, "select unit_code from insurance.payment where id = ?", row -> row.getString(1), paymentId)
                .orElseThrow(() -> Reason.of("premium.payment.notFound", paymentId).exception(DomainException.Kind.NOT_FOUND));
        BigDecimal credit = billing.lockAccount(unit);
        record PaymentRow(BigDecimal toCredit, LocalDate reversedOn, Long entry) {
        }
        PaymentRow payment = Jdbc.queryOne(dataSource, "select to_credit, reversed_on, journal_entry from insurance.payment where id = ? for update",
                row -> new PaymentRow(row.getBigDecimal(1), row.getDate(2) == null ? null : row.getDate(2).toLocalDate(),
                        row.getObject(3, Long.class)), paymentId).orElseThrow();
        if (payment.reversedOn() != null) {
            throw Reason.of("premium.payment.alreadyReversed", paymentId).exception(DomainException.Kind.CONFLICT);
        }
        BigDecimal toCredit = Money.fen(payment.toCredit());
        if (credit.compareTo(toCredit) < 0) {
            throw Reason.of("premium.payment.creditUsed", paymentId, toCredit, credit).exception(DomainException.Kind.CONFLICT);
        }
        record Part(long billId, BigDecimal amount) {
        }
        List<Part> parts = Jdbc.query(dataSource, "select bill_id, sum(amount) from insurance.bill_allocation where payment_id = ? "
                + "group by bill_id order by bill_id", row -> new Part(row.getLong(1), Money.fen(row.getBigDecimal(2))), paymentId);
        int latestRun = billing.latestRunMonth();
        for (Part part : parts) {
            String status = Jdbc.queryOne(dataSource, "select status from insurance.bill where id = ? for update", row -> row.getString(1),
                    part.billId()).orElseThrow();
            if (BillStatus.valueOf(status) == BillStatus.LAPSED) {
                throw Reason.of("premium.payment.reverseLapsed", paymentId, part.billId()).exception(DomainException.Kind.CONFLICT);
            }
            boolean earned = Jdbc.queryOne(dataSource, "select count(*) from insurance.bill_line where bill_id = ? and earn_from <= ?",
                    row -> row.getLong(1) > 0, part.billId(), latestRun).orElse(false);
            if (earned) {
                throw Reason.of("premium.payment.reverseEarned", paymentId, part.billId()).exception(DomainException.Kind.CONFLICT);
            }
        }
        for (Part part : parts) {
            Jdbc.update(dataSource, "insert into insurance.bill_allocation (bill_id, payment_id, kind, amount, allocated_on) "
                    + "values (?, ?, 'REVERSAL', ?, ?)", part.billId(), paymentId, part.amount().negate(), today);
            billing.addPaid(part.billId(), part.amount().negate(), today);
        }
        if (toCredit.signum() > 0) {
            Jdbc.update(dataSource, "update insurance.unit_account set credit = credit - ? where unit_code = ?", toCredit, unit);
        }
        journal.reverse(payment.entry(), today, by);
        PaymentView before = require(paymentId);
        Jdbc.update(dataSource, "update insurance.payment set reversed_on = ?, reversed_by = ?, reversal_note = ? where id = ?", today, by,
                note, paymentId);
        return audited(by, "PAYMENT_REVERSED", before, require(paymentId));
    }

    private PaymentView audited(String by, String action, PaymentView before, PaymentView after) {
        trail.record(by, action, org.huzhu.platform.api.audit.AuditedObject.PAYMENT, String.valueOf(after.id()), before, after);
        return after;
    }

    /** Stores the scanned voucher of a payment (PDF, JPEG or PNG, recognised by its first bytes), replacing any earlier one. */
    @Transactional
    public void storeVoucher(long paymentId, byte[] content, String fileName, String by) {
        require(paymentId);
        if (content.length == 0 || content.length > VOUCHER_MAX_BYTES) {
            throw Reason.of("premium.voucher.size", content.length, VOUCHER_MAX_BYTES).exception(DomainException.Kind.INVALID);
        }
        String type = VoucherTypes.detect(content).orElseThrow(() -> Reason.of("premium.voucher.type")
                .exception(DomainException.Kind.INVALID));
        Jdbc.update(dataSource, "delete from insurance.payment_voucher where payment_id = ?", paymentId);
        Jdbc.update(dataSource, "insert into insurance.payment_voucher (payment_id, content_type, file_name, size_bytes, content, uploaded_by, "
                + "uploaded_at) values (?, ?, ?, ?, ?, ?, ?)", paymentId, type, fileName, content.length, content, by,
                clock.timestamp());
        trail.record(by, "PAYMENT_VOUCHER_STORED", org.huzhu.platform.api.audit.AuditedObject.PAYMENT, String.valueOf(paymentId), null,
                java.util.Map.of("contentType", type, "fileName", fileName == null ? "" : fileName, "bytes", content.length));
    }

    /** The stored voucher: content type and bytes. */
    public record Voucher(String contentType, String fileName, byte[] content) {
    }

    public Optional<Voucher> voucher(long paymentId) {
        return Jdbc.queryOne(dataSource, "select content_type, file_name, content from insurance.payment_voucher where payment_id = ?",
                row -> new Voucher(row.getString(1), row.getString(2), row.getBytes(3)), paymentId);
    }

    public PaymentView require(long paymentId) {
        return view(paymentId).orElseThrow(() -> Reason.of("premium.payment.notFound", paymentId).exception(DomainException.Kind.NOT_FOUND));
    }

    /**
     * The payments are read, and their connection given back, before their allocations are: reading those inside the row
     * mapper held one connection while asking for a second, which outside a transaction (these look-ups have none) can
     * leave every request waiting once as many run as the pool has connections.
     */
    public Optional<PaymentView> view(long paymentId) {
        return Jdbc.queryOne(dataSource, PAYMENT_COLUMNS + "where p.id = ?", Payments::payment, paymentId).map(this::withAllocations);
    }

    public List<PaymentView> ofUnit(String unitCode) {
        return Jdbc.query(dataSource, PAYMENT_COLUMNS + "where p.unit_code = ? order by p.received_on, p.id", Payments::payment, unitCode)
                .stream().map(this::withAllocations).toList();
    }

    private static final String PAYMENT_COLUMNS = "select p.id, p.unit_code, p.received_on, p.amount, p.payer, p.bank_reference, "
            + "p.chosen_bill_id, p.to_credit, (select count(*) from insurance.payment_voucher v where v.payment_id = p.id), p.reversed_on, "
            + "p.reversal_note, p.journal_entry from insurance.payment p ";

    /** The payment as read, its allocations not yet ({@link #withAllocations}). */
    private static PaymentView payment(java.sql.ResultSet row) throws java.sql.SQLException {
        return new PaymentView(row.getLong(1), row.getString(2), row.getDate(3).toLocalDate(), row.getBigDecimal(4), row.getString(5),
                row.getString(6), row.getObject(7, Long.class), List.of(), row.getBigDecimal(8), row.getLong(9) > 0,
                row.getDate(10) == null ? null : row.getDate(10).toLocalDate(), row.getString(11), row.getObject(12, Long.class));
    }

    private PaymentView withAllocations(PaymentView payment) {
        List<PaymentView.AllocationView> allocations = Jdbc.query(dataSource, "select bill_id, kind, amount, allocated_on "
                + "from insurance.bill_allocation where payment_id = ? order by id", a -> new PaymentView.AllocationView(a.getLong(1),
                a.getString(2), a.getBigDecimal(3), a.getDate(4).toLocalDate()), payment.id());
        return new PaymentView(payment.id(), payment.unitCode(), payment.receivedOn(), payment.amount(), payment.payer(),
                payment.bankReference(), payment.chosenBillId(), allocations, payment.toCredit(), payment.hasVoucher(), payment.reversedOn(),
                payment.reversalNote(), payment.journalEntry());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
