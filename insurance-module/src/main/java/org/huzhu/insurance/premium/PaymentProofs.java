package org.huzhu.insurance.premium;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.premium.PaymentProofView;
import org.huzhu.insurance.api.premium.PaymentView;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.premium.rules.VoucherTypes;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;

/**
 * Proofs of payments not yet recorded: a unit's agent sends the bank slip with the amount, day and reference; an officer
 * records the payment from it, in one transaction with matching the proof and keeping the slip as the payment's voucher.
 */
@ApplicationScoped
public class PaymentProofs {

    private static final String COLUMNS = "select id, unit_code, amount, paid_on, bank_reference, file_name, uploaded_by, uploaded_at, payment_id "
            + "from insurance.payment_proof ";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    Payments payments;

    @Inject
    BusinessClock clock;

    /** Keeps a proof; the amount must be positive, the day not in the future, the file a PDF, JPEG or PNG of at most 5 MB. */
    public long submit(String unitCode, BigDecimal amount, LocalDate paidOn, String bankReference, byte[] content, String fileName, String by) {
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw Reason.of("premium.payment.amount", String.valueOf(amount)).exception(DomainException.Kind.INVALID);
        }
        if (paidOn == null || paidOn.isAfter(clock.today())) {
            throw Reason.of("premium.proof.date", String.valueOf(paidOn)).exception(DomainException.Kind.INVALID);
        }
        if (content == null || content.length == 0 || content.length > Payments.VOUCHER_MAX_BYTES) {
            throw Reason.of("premium.voucher.size", content == null ? 0 : content.length, Payments.VOUCHER_MAX_BYTES)
                    .exception(DomainException.Kind.INVALID);
        }
        String type = VoucherTypes.detect(content).orElseThrow(() -> Reason.of("premium.voucher.type").exception(DomainException.Kind.INVALID));
        String reference = bankReference == null || bankReference.isBlank() ? null : bankReference.strip();
        return Jdbc.insert(dataSource, "insert into insurance.payment_proof (unit_code, amount, paid_on, bank_reference, content_type, file_name, "
                + "size_bytes, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                unitCode, amount.setScale(2), paidOn, reference, type, fileName, content.length, content, by, clock.timestamp());
    }

    public List<PaymentProofView> ofUnit(String unitCode) {
        return Jdbc.query(dataSource, COLUMNS + "where unit_code = ? order by uploaded_at desc, id desc", PaymentProofs::proof, unitCode);
    }

    public Optional<PaymentProofView> view(long proofId) {
        return Jdbc.queryOne(dataSource, COLUMNS + "where id = ?", PaymentProofs::proof, proofId);
    }

    /**
     * Records the payment the proof shows (its amount, day and reference, paid by the unit, allocated oldest bill first),
     * matches the proof to it and keeps the slip as its voucher: all or nothing. A proof already matched is refused.
     */
    @Transactional
    public PaymentView record(long proofId, String by) {
        PaymentProofView proof = view(proofId).orElseThrow(() -> Reason.of("premium.proof.notFound", proofId).exception(DomainException.Kind.NOT_FOUND));
        if (proof.paymentId() != null) {
            throw Reason.of("premium.proof.matched", proofId, proof.paymentId()).exception(DomainException.Kind.CONFLICT);
        }
        PaymentView payment = payments.record(new Payments.NewPayment(proof.unitCode(), proof.paidOn(), proof.amount(), Payer.UNIT,
                proof.bankReference(), null), by);
        int matched = Jdbc.update(dataSource, "update insurance.payment_proof set payment_id = ?, matched_by = ?, matched_at = ? "
                + "where id = ? and payment_id is null", payment.id(), by, clock.timestamp(), proofId);
        if (matched != 1) {
            throw Reason.of("premium.proof.matched", proofId, "?").exception(DomainException.Kind.CONFLICT);
        }
        Jdbc.update(dataSource, "insert into insurance.payment_voucher (payment_id, content_type, file_name, size_bytes, content, uploaded_by, "
                + "uploaded_at) select ?, content_type, file_name, size_bytes, content, uploaded_by, uploaded_at from insurance.payment_proof "
                + "where id = ?", payment.id(), proofId);
        return payments.require(payment.id());
    }

    private static PaymentProofView proof(java.sql.ResultSet row) throws java.sql.SQLException {
        long payment = row.getLong(9);
        Long paymentId = row.wasNull() ? null : payment;
        return new PaymentProofView(row.getLong(1), row.getString(2), row.getBigDecimal(3), row.getDate(4).toLocalDate(), row.getString(5),
                row.getString(6), row.getString(7), row.getTimestamp(8).toLocalDateTime(), paymentId);
    }
}
