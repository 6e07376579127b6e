package org.huzhu.insurance.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.ledger.AccountStatementView;
import org.huzhu.insurance.api.ledger.JournalEntryView;
import org.huzhu.insurance.api.ledger.TrialBalanceView;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;

/**
 * The premium journal, the one there is ({@code insurance.journal_entry}, {@code insurance.journal_posting}): append-only
 * double entry. An entry is posted only if it has at least one debit and one credit, every amount is above zero in
 * whole fen, and debits equal credits; otherwise it is refused and nothing changes. Entries are only inserted, never
 * updated or deleted; a correction is a reversal entry (sides swapped, naming the original), once per entry and never
 * of a reversal, posted in an open month; a closed month takes no new entries. These rules are checked here, where
 * entries are written, and the database refuses what breaks them (migration V60: triggers on PostgreSQL, check
 * constraints on H2). An idempotency key, when given, makes a second posting of the same event return the first
 * entry instead of posting again.
 */
@ApplicationScoped
public class JournalStore {

    @Inject
    BusinessClock clock;

    private static final int STATEMENT_LIMIT = 10_000;
    private static final int KEYS_PER_QUERY = 1_000;

    @Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    /** Posts a checked draft; returns the entry id. */
    @Transactional
    public long post(EntryDraft draft, String unitCode, String idempotencyKey, String postedBy) {
        checkPostings(draft.postings());
        if (idempotencyKey != null) {
            Optional<Long> existing = Jdbc.queryOne(dataSource, "select id from insurance.journal_entry where idempotency_key = ?",
                    row -> row.getLong(1), idempotencyKey);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        checkOpen(draft.date());
        return append(draft, unitCode, null, idempotencyKey, postedBy);
    }

    /** A draft to post with the unit it concerns and its idempotency key. */
    public record KeyedDraft(EntryDraft draft, String unitCode, String idempotencyKey) {

        public KeyedDraft {
            Objects.requireNonNull(draft, "draft");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }

    /**
     * Posts many new entries at once (the bills of a bulk confirmation), each checked as {@link #post} checks one:
     * the entries and then their postings are inserted with JDBC batches. Every key must be new: posting an event
     * again fails on {@code journal_entry_idempotent} and nothing of the call is kept.
     */
    @Transactional
    public int postAll(List<KeyedDraft> drafts, String postedBy) {
        if (drafts.isEmpty()) {
            return 0;
        }
        Set<LocalDate> dates = new HashSet<>();
        for (KeyedDraft keyed : drafts) {
            checkPostings(keyed.draft().postings());
            dates.add(keyed.draft().date());
        }
        dates.forEach(this::checkOpen);
        Timestamp now = clock.timestamp();
        Map<String, Long> ids = new HashMap<>();
        Jdbc.withConnection(dataSource, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into insurance.journal_entry (entry_date, kind, reference, "
                    + "unit_code, reverses, idempotency_key, posted_by, posted_at) values (?, ?, ?, ?, null, ?, ?, ?)")) {
                for (KeyedDraft keyed : drafts) {
                    EntryDraft draft = keyed.draft();
                    Jdbc.bind(insert, draft.date(), draft.kind(), draft.reference(), keyed.unitCode(), keyed.idempotencyKey(), postedBy, now);
                    insert.addBatch();
                }
                Jdbc.executeBatch(insert);
            }
            for (int from = 0; from < drafts.size(); from += KEYS_PER_QUERY) {
                List<KeyedDraft> part = drafts.subList(from, Math.min(drafts.size(), from + KEYS_PER_QUERY));
                try (PreparedStatement query = Jdbc.prepare(connection, "select idempotency_key, id from insurance.journal_entry "
                        + "where idempotency_key in (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")",
                        part.stream().map(KeyedDraft::idempotencyKey).toArray());
                     ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into insurance.journal_posting "
                    + "(entry_id, line_no, account, side, amount) values (?, ?, ?, ?, ?)")) {
                for (KeyedDraft keyed : drafts) {
                    int line = 0;
                    for (Posting p : keyed.draft().postings()) {
                        Jdbc.bind(insert, ids.get(keyed.idempotencyKey()), ++line, p.account(), p.side(), p.amount());
                        insert.addBatch();
                    }
                }
                Jdbc.executeBatch(insert);
            }
            return null;
        });
        return drafts.size();
    }

    /** Posts the reversal of an entry, dated {@code on}: the same postings with the sides swapped. */
    @Transactional
    public long reverse(long entryId, LocalDate on, String postedBy) {
        JournalEntryView original = entry(entryId).orElseThrow(
                () -> Reason.of("ledger.unknownEntry", entryId).exception(DomainException.Kind.NOT_FOUND));
        if (original.reverses() != null) {
            throw Reason.of("ledger.reversalOfReversal", entryId).exception(DomainException.Kind.CONFLICT);
        }
        if (original.reversedBy() != null) {
            throw Reason.of("ledger.alreadyReversed", entryId, original.reversedBy()).exception(DomainException.Kind.CONFLICT);
        }
        checkOpen(on);
        List<Posting> swapped = original.postings().stream().map(p -> new Posting(Account.valueOf(p.account()),
                Side.valueOf(p.side()).opposite(), p.amount())).toList();
        try {
            long reversal = append(new EntryDraft(on, EntryKind.REVERSAL, original.reference(), swapped), original.unitCode(), entryId, null,
                    postedBy);
            trail.record(postedBy, "LEDGER_ENTRY_REVERSED", org.huzhu.platform.api.audit.AuditedObject.LEDGER, "entry " + entryId,
                    java.util.Map.of("entry", entryId), java.util.Map.of("entry", entryId, "reversal", reversal, "on", on.toString()));
            return reversal;
        } catch (Jdbc.DataAccessException e) {
            if (e.isUniqueViolation()) {
                throw Reason.of("ledger.alreadyReversed", entryId, "?").exception(DomainException.Kind.CONFLICT);
            }
            throw e;
        }
    }

    /** Closes a month; closing it again keeps the first closing. */
    @Transactional
    public void closeMonth(YearMonth month, LocalDate closedOn, String closedBy) {
        if (closedOn(month).isEmpty()) {
            Jdbc.update(dataSource, "insert into insurance.ledger_month (month_key, closed_on, closed_by) values (?, ?, ?)",
                    month.toString(), closedOn, closedBy);
            trail.record(closedBy, "LEDGER_MONTH_CLOSED", org.huzhu.platform.api.audit.AuditedObject.LEDGER, month.toString(),
                    java.util.Map.of("closed", false), java.util.Map.of("closed", true, "closedOn", closedOn.toString()));
        }
    }

    public Optional<LocalDate> closedOn(YearMonth month) {
        return Jdbc.queryOne(dataSource, "select closed_on from insurance.ledger_month where month_key = ?",
                row -> row.getDate(1).toLocalDate(), month.toString());
    }

    public void checkOpen(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        closedOn(month).ifPresent(closed -> {
            throw Reason.of("ledger.monthClosed", date, month, closed).exception(DomainException.Kind.CONFLICT);
        });
    }

    /**
     * The entry with its postings. The entry is read and its connection given back before its postings are read: reading
     * them inside the row mapper held one connection while asking for a second, which outside a transaction (this look-up
     * has none) can leave every request waiting once as many run as the pool has connections.
     */
    public Optional<JournalEntryView> entry(long id) {
        return Jdbc.queryOne(dataSource, "select e.id, e.entry_date, e.kind, e.reference, e.unit_code, e.reverses, "
                + "(select r.id from insurance.journal_entry r where r.reverses = e.id), e.posted_by, e.posted_at "
                + "from insurance.journal_entry e where e.id = ?", row -> new JournalEntryView(row.getLong(1),
                row.getDate(2).toLocalDate(), row.getString(3), row.getString(4), row.getString(5),
                (Long) row.getObject(6, Long.class), (Long) row.getObject(7, Long.class), row.getString(8),
                row.getTimestamp(9).toInstant(), List.of()), id)
                .map(entry -> new JournalEntryView(entry.id(), entry.date(), entry.kind(), entry.reference(), entry.unitCode(),
                        entry.reverses(), entry.reversedBy(), entry.postedBy(), entry.postedAt(), postings(entry.id())));
    }

    private List<JournalEntryView.Line> postings(long entryId) {
        return Jdbc.query(dataSource, "select account, side, amount from insurance.journal_posting where entry_id = ? order by line_no",
                row -> new JournalEntryView.Line(row.getString(1), row.getString(2), row.getBigDecimal(3)), entryId);
    }

    /** Balances of every account from the entries dated up to and including {@code asOf}. */
    public TrialBalanceView trialBalance(LocalDate asOf) {
        List<TrialBalanceView.Line> lines = new ArrayList<>();
        BigDecimal debits = Money.ZERO;
        BigDecimal credits = Money.ZERO;
        java.util.Map<String, BigDecimal[]> sums = new java.util.HashMap<>();
        Jdbc.query(dataSource, "select p.account, sum(case when p.side = 'DEBIT' then p.amount else 0 end), "
                + "sum(case when p.side = 'CREDIT' then p.amount else 0 end) from insurance.journal_posting p "
                + "join insurance.journal_entry e on e.id = p.entry_id where e.entry_date <= ? group by p.account",
                row -> sums.put(row.getString(1), new BigDecimal[] {row.getBigDecimal(2), row.getBigDecimal(3)}), asOf);
        for (Account account : Account.values()) {
            BigDecimal[] dc = sums.getOrDefault(account.name(), new BigDecimal[] {Money.ZERO, Money.ZERO});
            BigDecimal debit = Money.fen(dc[0]);
            BigDecimal credit = Money.fen(dc[1]);
            BigDecimal balance = debit.subtract(credit);
            lines.add(new TrialBalanceView.Line(account.name(), account.normalSide().name(), debit, credit, balance,
                    account.normalSide() == Side.DEBIT ? balance : balance.negate()));
            debits = debits.add(debit);
            credits = credits.add(credit);
        }
        return new TrialBalanceView(asOf, lines, debits, credits, debits.subtract(credits));
    }

    /** Balance of one account (debits positive) from the entries dated up to and including {@code asOf}. */
    public BigDecimal balance(Account account, LocalDate asOf) {
        return Jdbc.queryOne(dataSource, "select coalesce(sum(case when p.side = 'DEBIT' then p.amount else -p.amount end), 0) "
                + "from insurance.journal_posting p join insurance.journal_entry e on e.id = p.entry_id "
                + "where p.account = ? and e.entry_date <= ?", row -> Money.fen(row.getBigDecimal(1)), account.name(), asOf)
                .orElse(Money.ZERO);
    }

    /** The postings of one account dated from {@code from} to {@code to}, oldest first, with a running balance. */
    public AccountStatementView statement(Account account, LocalDate from, LocalDate to, String unitCode) {
        BigDecimal opening = unitCode == null ? balance(account, from.minusDays(1))
                : Jdbc.queryOne(dataSource, "select coalesce(sum(case when p.side = 'DEBIT' then p.amount else -p.amount end), 0) "
                        + "from insurance.journal_posting p join insurance.journal_entry e on e.id = p.entry_id "
                        + "where p.account = ? and e.entry_date < ? and e.unit_code = ?", row -> Money.fen(row.getBigDecimal(1)),
                        account.name(), from, unitCode).orElse(Money.ZERO);
        BigDecimal[] running = {opening};
        List<AccountStatementView.Line> lines = Jdbc.query(dataSource, "select e.id, e.entry_date, e.kind, e.reference, e.unit_code, "
                + "p.side, p.amount from insurance.journal_posting p join insurance.journal_entry e on e.id = p.entry_id "
                + "where p.account = ? and e.entry_date between ? and ?" + (unitCode == null ? "" : " and e.unit_code = ?")
                + " order by e.entry_date, e.id, p.line_no limit " + (STATEMENT_LIMIT + 1), row -> {
                    boolean debit = "DEBIT".equals(row.getString(6));
                    BigDecimal amount = row.getBigDecimal(7);
                    running[0] = running[0].add(debit ? amount : amount.negate());
                    return new AccountStatementView.Line(row.getLong(1), row.getDate(2).toLocalDate(), row.getString(3),
                            row.getString(4), row.getString(5), debit ? amount : Money.ZERO, debit ? Money.ZERO : amount, running[0]);
                }, unitCode == null ? new Object[] {account.name(), from, to} : new Object[] {account.name(), from, to, unitCode});
        boolean truncated = lines.size() > STATEMENT_LIMIT;
        List<AccountStatementView.Line> shown = truncated ? lines.subList(0, STATEMENT_LIMIT) : lines;
        BigDecimal closing = shown.isEmpty() ? opening : shown.get(shown.size() - 1).balance();
        return new AccountStatementView(account.name(), from, to, opening, shown, closing, truncated);
    }

    private long append(EntryDraft draft, String unitCode, Long reverses, String idempotencyKey, String postedBy) {
        long id = Jdbc.insert(dataSource, "insert into insurance.journal_entry (entry_date, kind, reference, unit_code, reverses, "
                + "idempotency_key, posted_by, posted_at) values (?, ?, ?, ?, ?, ?, ?, ?)", draft.date(), draft.kind(), draft.reference(),
                unitCode, reverses, idempotencyKey, postedBy, clock.timestamp());
        Jdbc.withConnection(dataSource, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into insurance.journal_posting "
                    + "(entry_id, line_no, account, side, amount) values (?, ?, ?, ?, ?)")) {
                int line = 0;
                for (Posting p : draft.postings()) {
                    Jdbc.bind(insert, id, ++line, p.account(), p.side(), p.amount());
                    insert.addBatch();
                }
                Jdbc.executeBatch(insert);
            }
            return null;
        });
        return id;
    }

    /** Balanced, whole fen above zero, at least one debit and one credit: refused before anything is written. */
    static void checkPostings(List<Posting> postings) {
        BigDecimal debits = Money.ZERO;
        BigDecimal credits = Money.ZERO;
        for (Posting p : postings) {
            if (p.amount().signum() <= 0 || !Money.isWholeFen(p.amount())) {
                throw Reason.of("ledger.amount", p.account().name(), p.amount().toPlainString())
                        .exception(DomainException.Kind.UNPROCESSABLE);
            }
            if (p.side() == Side.DEBIT) {
                debits = debits.add(p.amount());
            } else {
                credits = credits.add(p.amount());
            }
        }
        if (debits.signum() == 0 || credits.signum() == 0) {
            throw Reason.of("ledger.noPostings").exception(DomainException.Kind.UNPROCESSABLE);
        }
        if (debits.compareTo(credits) != 0) {
            throw Reason.of("ledger.unbalanced", debits.toPlainString(), credits.toPlainString())
                    .exception(DomainException.Kind.UNPROCESSABLE);
        }
    }
}
