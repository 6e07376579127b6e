package org.huzhu.insurance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.premium.Money;
import org.huzhu.platform.api.DomainException;

/**
 * The premium journal: append-only double entry. An entry is posted only if it has at least one debit and
 * one credit, every amount is above zero in whole fen, and debits equal credits; otherwise it is refused and
 * nothing changes. Entries are never edited or removed: a correction is a reversal entry (sides swapped,
 * naming the original), posted in an open month. A closed month takes no new entries.
 */
public final class Journal {

    private final List<JournalEntry> entries = new ArrayList<>();
    private final Map<Long, Long> reversedBy = new HashMap<>();
    private final Map<YearMonth, LocalDate> closed = new HashMap<>();

    public JournalEntry post(EntryDraft draft) {
        checkPostings(draft.postings());
        checkOpen(draft.date());
        return append(draft, Optional.empty());
    }

    /** Posts the reversal of entry {@code number}, dated {@code on}. */
    public JournalEntry reverse(long number, LocalDate on) {
        JournalEntry original = entry(number).orElseThrow(
                () -> Reason.of("ledger.unknownEntry", number).exception(DomainException.Kind.NOT_FOUND));
        if (original.reverses().isPresent()) {
            throw Reason.of("ledger.reversalOfReversal", number).exception(DomainException.Kind.CONFLICT);
        }
        Long reversal = reversedBy.get(number);
        if (reversal != null) {
            throw Reason.of("ledger.alreadyReversed", number, reversal).exception(DomainException.Kind.CONFLICT);
        }
        checkOpen(on);
        EntryDraft draft = new EntryDraft(on, EntryKind.REVERSAL, original.reference(),
                original.postings().stream().map(Posting::reversed).toList());
        JournalEntry entry = append(draft, Optional.of(number));
        reversedBy.put(number, entry.number());
        return entry;
    }

    /** Closes a month on {@code closedOn}; closing it again keeps the first closing date. */
    public void closeMonth(YearMonth month, LocalDate closedOn) {
        closed.putIfAbsent(month, closedOn);
    }

    public boolean isClosed(YearMonth month) {
        return closed.containsKey(month);
    }

    public List<JournalEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    public Optional<JournalEntry> entry(long number) {
        return number >= 1 && number <= entries.size() ? Optional.of(entries.get((int) number - 1)) : Optional.empty();
    }

    public Optional<Long> reversedBy(long number) {
        return Optional.ofNullable(reversedBy.get(number));
    }

    public TrialBalance trialBalance() {
        return trialBalance(LocalDate.MAX);
    }

    /** Balances from the entries dated up to and including {@code date}. */
    public TrialBalance trialBalance(LocalDate date) {
        Map<Account, BigDecimal> balances = new EnumMap<>(Account.class);
        for (Account account : Account.values()) {
            balances.put(account, Money.ZERO);
        }
        for (JournalEntry entry : entries) {
            if (!entry.date().isAfter(date)) {
                entry.postings().forEach(p -> balances.merge(p.account(), p.signed(), BigDecimal::add));
            }
        }
        return new TrialBalance(balances);
    }

    /**
     * Written premium of a month: what bills issued in the month credited to the unearned premium reserve,
     * less the reversals of bill entries dated in the month.
     */
    public BigDecimal writtenPremium(YearMonth month) {
        BigDecimal written = Money.ZERO;
        for (JournalEntry entry : entries) {
            boolean bill = entry.kind() == EntryKind.BILL_ISSUED || entry.reverses()
                    .flatMap(this::entry).map(e -> e.kind() == EntryKind.BILL_ISSUED).orElse(false);
            if (bill && YearMonth.from(entry.date()).equals(month)) {
                for (Posting p : entry.postings()) {
                    if (p.account() == Account.UNEARNED_PREMIUM_RESERVE) {
                        written = written.subtract(p.signed());
                    }
                }
            }
        }
        return written;
    }

    private JournalEntry append(EntryDraft draft, Optional<Long> reverses) {
        JournalEntry entry = new JournalEntry(entries.size() + 1L, draft.date(), draft.kind(), draft.reference(),
                draft.postings(), reverses);
        entries.add(entry);
        return entry;
    }

    private void checkOpen(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        LocalDate closedOn = closed.get(month);
        if (closedOn != null) {
            throw Reason.of("ledger.monthClosed", date, month, closedOn).exception(DomainException.Kind.CONFLICT);
        }
    }

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
