package org.huzhu.claims.payment;

import org.huzhu.claims.api.PaymentRequests;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.intake.ClaimSettings;
import org.huzhu.claims.intake.ClaimWorkflow;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.insurance.api.ledger.BenefitLedger;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.tabular.Table;
import org.huzhu.platform.api.tabular.TabularFiles;

/**
 * Payment batches: every approved claim with an amount still to pay goes into a batch line (to the member's
 * card, or for a death benefit to the union's account), the batch is exported as a bank transfer file, and
 * the bank's return file marks each line paid or failed. A claim is in at most one live line (unique
 * constraint), and only an approved claim can enter a batch, so nothing is paid twice; a failed line puts
 * the claim back to approved for the next batch. An appeal that grants more pays only the difference. What a return
 * confirms paid is booked in the association's journal (one entry per return, {@link BenefitLedger#benefitsPaid}) in
 * the same transaction as the lines.
 */
@ApplicationScoped
public class PaymentBatches {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    MemberDirectory directory;

    @Inject
    ClaimWorkflow workflow;

    @Inject
    BenefitLedger ledger;

    @Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    @Inject
    BusinessClock clock;

    private record Due(long claimId, long memberId, String memberName, ClaimType type, BigDecimal amount) {
    }

    @Transactional
    public PaymentRequests.BatchView create(String planCode, String user) {
        boolean plan = planCode != null && !planCode.isBlank();
        List<Due> due = Jdbc.query(dataSource, "select id, member_id, member_name, claim_type, approved_amount - paid_amount from claims.claim "
                        + "where status = 'APPROVED' and approved_amount > paid_amount " + (plan ? "and plan_code = ? " : "")
                        + "order by id for update",
                row -> new Due(row.getLong(1), row.getLong(2), row.getString(3), ClaimType.valueOf(row.getString(4)), row.getBigDecimal(5)),
                plan ? new Object[] {planCode.strip()} : new Object[0]);
        List<PaymentRequests.Skipped> skipped = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Due d : due) {
            boolean union = d.type() == ClaimType.DEATH;
            String account;
            if (union) {
                account = ClaimSettings.unionAccount();
            } else {
                account = directory.findById(d.memberId()).map(MemberView::bankCard).filter(card -> !card.isBlank()).orElse(null);
                if (account == null) {
                    skipped.add(new PaymentRequests.Skipped(ClaimsProblem.reference(d.claimId()), "NO_BANK_CARD"));
                    continue;
                }
            }
            lines.add(new Object[] {d.claimId(), d.memberName(), account, union, d.amount()});
            total = total.add(d.amount());
        }
        if (lines.isEmpty()) {
            throw ClaimsProblem.unprocessable("batch.empty");
        }
        LocalDateTime now = clock.now();
        long batchId = Jdbc.insert(dataSource, "insert into claims.payment_batch (status, line_count, total, created_by, created_at) "
                + "values ('OPEN', ?, ?, ?, ?)", lines.size(), total, user, Timestamp.valueOf(now));
        Jdbc.withConnection(dataSource, connection -> {
            try (var insert = connection.prepareStatement("insert into claims.payment_line (batch_id, claim_id, live_claim_id, payee_name, "
                    + "account, union_account, amount, status) values (?, ?, ?, ?, ?, ?, ?, 'PENDING')")) {
                for (Object[] line : lines) {
                    Jdbc.bind(insert, batchId, line[0], line[0], line[1], line[2], line[3], line[4]);
                    insert.addBatch();
                }
                Jdbc.executeBatch(insert);
            }
            return null;
        });
        java.util.Map<Long, String> notes = new java.util.LinkedHashMap<>();
        for (Object[] line : lines) {
            notes.put((Long) line[0], "batch " + batchId + ", " + line[4] + (Boolean.TRUE.equals(line[3]) ? " to the union account" : ""));
        }
        workflow.putInBatch(notes, user);
        PaymentRequests.BatchView view = view(batchId);
        trail.record(user, "PAYMENT_BATCH_CREATED", org.huzhu.platform.api.audit.AuditedObject.PAYMENT_BATCH, String.valueOf(batchId), null,
                java.util.Map.of("status", view.status(), "lineCount", view.lineCount(), "total", view.total()));
        return new PaymentRequests.BatchView(view.id(), view.status(), view.lineCount(), view.total(), view.createdBy(), view.createdAt(),
                view.closedAt(), view.lines(), skipped);
    }

    public PaymentRequests.BatchView view(long batchId) {
        PaymentRequests.BatchView batch = Jdbc.queryOne(dataSource, "select id, status, line_count, total, created_by, created_at, closed_at "
                        + "from claims.payment_batch where id = ?", row -> new PaymentRequests.BatchView(row.getLong(1), row.getString(2),
                        row.getInt(3), row.getBigDecimal(4), row.getString(5), row.getTimestamp(6).toLocalDateTime(),
                        Optional.ofNullable(row.getTimestamp(7)).map(Timestamp::toLocalDateTime).orElse(null), List.of(), List.of()), batchId)
                .orElseThrow(() -> ClaimsProblem.notFound("batch.notFound", batchId));
        List<PaymentRequests.LineView> lines = Jdbc.query(dataSource, "select id, claim_id, payee_name, account, union_account, amount, status, "
                + "bank_message from claims.payment_line where batch_id = ? order by id", row -> new PaymentRequests.LineView(row.getLong(1),
                row.getLong(2), ClaimsProblem.reference(row.getLong(2)), row.getString(3),
                // members' cards masked in the batch's list; the bank file carries them whole, for the bank
                row.getBoolean(5) ? row.getString(4) : org.huzhu.platform.api.PersonalData.maskCard(row.getString(4)), row.getBoolean(5), row.getBigDecimal(6),
                row.getString(7), row.getString(8)), batchId);
        return new PaymentRequests.BatchView(batch.id(), batch.status(), batch.lineCount(), batch.total(), batch.createdBy(),
                batch.createdAt(), batch.closedAt(), lines, List.of());
    }

    public List<PaymentRequests.BatchView> list() {
        return Jdbc.query(dataSource, "select id from claims.payment_batch order by id desc limit 100", row -> row.getLong(1))
                .stream().map(this::view).map(b -> new PaymentRequests.BatchView(b.id(), b.status(), b.lineCount(), b.total(),
                        b.createdBy(), b.createdAt(), b.closedAt(), List.of(), List.of())).toList();
    }

    /**
     * Applies the bank's return file (CSV or XLSX with columns {@code claim_reference}, {@code result} PAID or
     * FAILED, optional {@code message}): paid lines add to the claim's paid amount, failed lines send the claim
     * back to approved. Rows that name no pending line of the batch are reported and change nothing.
     */
    @Transactional
    public PaymentRequests.ReturnResult applyReturn(long batchId, byte[] file, String user, Locale locale) {
        PaymentRequests.BatchView batch = view(batchId);
        if ("CLOSED".equals(batch.status())) {
            throw ClaimsProblem.conflict("batch.closed", batchId);
        }
        Table table;
        try {
            table = TabularFiles.read(new ByteArrayInputStream(file));
        } catch (DomainException limit) {
            throw limit;
        } catch (IOException | RuntimeException e) {
            throw ClaimsProblem.invalid("bankReturn.columns", "claim_reference, result");
        }
        List<String> header = table.header().stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
        int reference = header.indexOf("claim_reference");
        int result = header.indexOf("result");
        int message = header.indexOf("message");
        if (reference < 0 || result < 0) {
            throw ClaimsProblem.invalid("bankReturn.columns", "claim_reference, result");
        }
        int paid = 0;
        int failed = 0;
        BigDecimal paidTotal = BigDecimal.ZERO;
        List<PaymentRequests.RowProblem> problems = new ArrayList<>();
        LocalDateTime now = clock.now();
        for (Table.Row row : table.rows()) {
            String ref = row.cell(reference);
            String outcome = row.cell(result).toUpperCase(Locale.ROOT);
            long claimId = ClaimsProblem.claimId(ref);
            if (!outcome.equals("PAID") && !outcome.equals("FAILED")) {
                problems.add(problem(row.number(), ref, "bankReturn.result", locale, row.number(), outcome));
                continue;
            }
            Optional<Object[]> line = Jdbc.queryOne(dataSource, "select l.id, l.amount from claims.payment_line l where l.batch_id = ? "
                    + "and l.live_claim_id = ? and l.status = 'PENDING' for update", r -> new Object[] {r.getLong(1), r.getBigDecimal(2)},
                    batchId, claimId);
            if (line.isEmpty()) {
                problems.add(problem(row.number(), ref, "bankReturn.line", locale, row.number(), ref));
                continue;
            }
            long lineId = (Long) line.get()[0];
            BigDecimal amount = (BigDecimal) line.get()[1];
            String note = message < 0 ? null : row.cell(message);
            Jdbc.update(dataSource, "update claims.payment_line set status = ?, live_claim_id = null, bank_message = ?, settled_at = ? where id = ?",
                    outcome, note == null || note.isEmpty() ? null : note, Timestamp.valueOf(now), lineId);
            if (outcome.equals("PAID")) {
                workflow.paymentMade(claimId, amount, user, "batch " + batchId + ", " + amount);
                paidTotal = paidTotal.add(amount);
                paid++;
            } else {
                workflow.paymentFailed(claimId, user, "batch " + batchId + (note == null || note.isEmpty() ? "" : ": " + note));
                failed++;
            }
        }
        ledger.benefitsPaid(batchId, paidTotal, user);
        long pending = Jdbc.queryOne(dataSource, "select count(*) from claims.payment_line where batch_id = ? and status = 'PENDING'",
                r -> r.getLong(1), batchId).orElse(0L);
        if (pending == 0) {
            Jdbc.update(dataSource, "update claims.payment_batch set status = 'CLOSED', closed_at = ? where id = ?", Timestamp.valueOf(now), batchId);
        }
        trail.record(user, "PAYMENT_BATCH_RETURNED", org.huzhu.platform.api.audit.AuditedObject.PAYMENT_BATCH, String.valueOf(batchId),
                java.util.Map.of("status", batch.status()), java.util.Map.of("status", pending == 0 ? "CLOSED" : batch.status(), "paid", paid,
                        "failed", failed, "pending", pending));
        return new PaymentRequests.ReturnResult(batchId, paid, failed, (int) pending, problems);
    }

    private static PaymentRequests.RowProblem problem(int row, String reference, String code, Locale locale, Object... arguments) {
        return new PaymentRequests.RowProblem(row, reference, code,
                org.huzhu.platform.api.Messages.get(org.huzhu.claims.api.ClaimsMessages.BUNDLE, code, locale, arguments));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
