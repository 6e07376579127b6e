package org.huzhu.insurance.ledger;

import static org.huzhu.insurance.ledger.Posting.credit;
import static org.huzhu.insurance.ledger.Posting.debit;
import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JournalTest {

    private static final LocalDate DAY = LocalDate.of(2016, 7, 15);

    private static EntryDraft draft(Posting... postings) {
        return new EntryDraft(DAY, EntryKind.PAYMENT_RECEIVED, "P1", List.of(postings));
    }

    static Stream<Arguments> refusedEntries() {
        return Stream.of(
                Arguments.of("debits and credits differ", "ledger.unbalanced",
                        draft(debit(Account.BANK, yuan("10.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("9.99")))),
                Arguments.of("no credit", "ledger.noPostings", draft(debit(Account.BANK, yuan("10.00")))),
                Arguments.of("no postings at all", "ledger.noPostings", draft()),
                Arguments.of("zero amount", "ledger.amount",
                        draft(debit(Account.BANK, yuan("0.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("0.00")))),
                Arguments.of("negative amount", "ledger.amount",
                        draft(debit(Account.BANK, yuan("-1.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("-1.00")))),
                Arguments.of("finer than a fen", "ledger.amount",
                        draft(debit(Account.BANK, yuan("1.005")), credit(Account.PREMIUM_RECEIVABLE, yuan("1.005")))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedEntries")
    void everyEntryMustBalanceOrIsRefusedAndNothingIsPosted(String rule, String code, EntryDraft draft) {
        Journal journal = new Journal();
        assertEquals(code, assertThrows(DomainException.class, () -> journal.post(draft)).code());
        assertEquals(List.of(), journal.entries());
    }

    @Test
    void aBalancedEntryWithSeveralPostingsIsPosted() {
        Journal journal = new Journal();
        JournalEntry entry = journal.post(draft(debit(Account.BANK, yuan("150.00")),
                credit(Account.PREMIUM_RECEIVABLE, yuan("130.00")), credit(Account.UNIT_CREDIT, yuan("20.00"))));
        assertEquals(1, entry.number());
        assertEquals(yuan("150.00"), journal.trialBalance().balance(Account.BANK));
        assertEquals(yuan("20.00"), journal.trialBalance().normal(Account.UNIT_CREDIT));
        assertEquals(yuan("0.00"), journal.trialBalance().total());
    }

    @Test
    void aCorrectionIsAReversalEntryNamingTheOriginalWhichStaysUnchanged() {
        Journal journal = new Journal();
        JournalEntry original = journal.post(draft(debit(Account.BANK, yuan("150.00")),
                credit(Account.PREMIUM_RECEIVABLE, yuan("150.00"))));
        JournalEntry reversal = journal.reverse(original.number(), DAY.plusDays(2));
        assertEquals(Optional.of(original.number()), reversal.reverses());
        assertEquals(EntryKind.REVERSAL, reversal.kind());
        assertEquals("P1", reversal.reference());
        assertEquals(List.of(credit(Account.BANK, yuan("150.00")), debit(Account.PREMIUM_RECEIVABLE, yuan("150.00"))),
                reversal.postings());
        assertEquals(original, journal.entry(1).orElseThrow());
        assertEquals(Optional.of(2L), journal.reversedBy(1));
        assertEquals(yuan("0.00"), journal.trialBalance().balance(Account.BANK));
        assertEquals(2, journal.entries().size());
    }

    @Test
    void anEntryIsReversedOnceAndAReversalIsNotReversed() {
        Journal journal = new Journal();
        journal.post(draft(debit(Account.BANK, yuan("1.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("1.00"))));
        journal.reverse(1, DAY);
        assertEquals("ledger.alreadyReversed", assertThrows(DomainException.class, () -> journal.reverse(1, DAY)).code());
        assertEquals("ledger.reversalOfReversal", assertThrows(DomainException.class, () -> journal.reverse(2, DAY)).code());
        assertEquals("ledger.unknownEntry", assertThrows(DomainException.class, () -> journal.reverse(9, DAY)).code());
    }

    @Test
    void aClosedMonthTakesNoNewEntriesAndSaysWhy() {
        Journal journal = new Journal();
        journal.post(draft(debit(Account.BANK, yuan("1.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("1.00"))));
        journal.closeMonth(YearMonth.of(2016, 7), LocalDate.of(2016, 8, 3));
        DomainException refused = assertThrows(DomainException.class,
                () -> journal.post(draft(debit(Account.BANK, yuan("2.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("2.00")))));
        assertEquals("ledger.monthClosed", refused.code());
        assertEquals(List.of(DAY, YearMonth.of(2016, 7), LocalDate.of(2016, 8, 3)), refused.arguments());
        assertEquals("ledger.monthClosed", assertThrows(DomainException.class, () -> journal.reverse(1, DAY.plusDays(1))).code());
        // the correction goes into the open month
        journal.reverse(1, LocalDate.of(2016, 8, 4));
        assertEquals(yuan("0.00"), journal.trialBalance().balance(Account.BANK));
        assertEquals(yuan("1.00"), journal.trialBalance(LocalDate.of(2016, 7, 31)).balance(Account.BANK));
    }

    @Test
    void theEntryListCannotBeChangedFromOutside() {
        Journal journal = new Journal();
        journal.post(draft(debit(Account.BANK, yuan("1.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("1.00"))));
        assertThrows(UnsupportedOperationException.class, () -> journal.entries().clear());
    }
}
