package org.huzhu.insurance.ledger;

import static org.huzhu.insurance.ledger.Posting.credit;
import static org.huzhu.insurance.ledger.Posting.debit;
import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.huzhu.insurance.api.ledger.JournalEntryView;
import org.huzhu.insurance.testing.BothDatabases;
import org.huzhu.insurance.testing.RecordedTrail;
import org.huzhu.insurance.testing.InsuranceDatabase;
import org.huzhu.insurance.testing.InsuranceDatabase.Kind;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The journal's rules where entries are written ({@link JournalStore}) and in the database under it, on H2 (evaluation
 * mode) and PostgreSQL: balanced entries in whole fen, one reversal per entry and none of a reversal, no entry in a
 * closed month. Each test runs in a transaction rolled back after it.
 */
class JournalStoreTest {

    private static final LocalDate DAY = LocalDate.of(2016, 7, 15);

    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases("journal_store");

    static JournalStore journal(Kind kind) {
        JournalStore journal = new JournalStore();
        journal.dataSource = DATABASES.get(kind).dataSource();
        journal.clock = new BusinessClock();
        journal.trail = new RecordedTrail();
        return journal;
    }

    private static EntryDraft draft(LocalDate on, Posting... postings) {
        return new EntryDraft(on, EntryKind.PAYMENT_RECEIVED, "P1", List.of(postings));
    }

    /** Posts a payment of one yuan on {@code DAY}; returns its entry. */
    private static long oneYuanReceived(JournalStore journal) {
        return journal.post(draft(DAY, debit(Account.BANK, yuan("1.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("1.00"))), "U1", null, "t");
    }

    private static JournalEntryView.Line line(Account account, Side side, String amount) {
        return new JournalEntryView.Line(account.name(), side.name(), yuan(amount));
    }

    static Stream<Arguments> refusedEntries() {
        List<Arguments> cases = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            cases.add(Arguments.of(kind, "debits and credits differ", "ledger.unbalanced",
                    draft(DAY, debit(Account.BANK, yuan("10.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("9.99")))));
            cases.add(Arguments.of(kind, "no credit", "ledger.noPostings", draft(DAY, debit(Account.BANK, yuan("10.00")))));
            cases.add(Arguments.of(kind, "no postings at all", "ledger.noPostings", draft(DAY)));
            cases.add(Arguments.of(kind, "zero amount", "ledger.amount",
                    draft(DAY, debit(Account.BANK, yuan("0.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("0.00")))));
            cases.add(Arguments.of(kind, "negative amount", "ledger.amount",
                    draft(DAY, debit(Account.BANK, yuan("-1.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("-1.00")))));
            cases.add(Arguments.of(kind, "finer than a fen", "ledger.amount",
                    draft(DAY, debit(Account.BANK, new BigDecimal("1.005")), credit(Account.PREMIUM_RECEIVABLE, new BigDecimal("1.005")))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @MethodSource("refusedEntries")
    void anEntryThatDoesNotBalanceInWholeFenIsRefusedAndNothingIsWritten(Kind kind, String rule, String code, EntryDraft draft)
            throws SQLException {
        JournalStore journal = journal(kind);
        assertEquals(code, assertThrows(DomainException.class, () -> journal.post(draft, "U1", "K1", "t")).code());
        assertEquals(code, assertThrows(DomainException.class,
                () -> journal.postAll(List.of(new JournalStore.KeyedDraft(draft, "U1", "K2")), "t")).code());
        assertEquals(0, count(kind, "select count(*) from insurance.journal_entry"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aBalancedEntryIsWrittenWithExactlyItsLines(Kind kind) throws SQLException {
        JournalStore journal = journal(kind);
        long id = journal.post(draft(DAY, debit(Account.BANK, yuan("150.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("130.00")),
                credit(Account.UNIT_CREDIT, yuan("20.00"))), "U1", "PAYMENT:1", "t");
        DATABASES.get(kind).checkDeferred();
        JournalEntryView entry = journal.entry(id).orElseThrow();
        assertEquals(List.of(line(Account.BANK, Side.DEBIT, "150.00"), line(Account.PREMIUM_RECEIVABLE, Side.CREDIT, "130.00"),
                line(Account.UNIT_CREDIT, Side.CREDIT, "20.00")), entry.postings());
        assertEquals(id, journal.post(draft(DAY, debit(Account.BANK, yuan("150.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("150.00"))),
                "U1", "PAYMENT:1", "t"), "the same event posted again is the first entry");
        assertEquals(yuan("150.00"), journal.balance(Account.BANK, DAY));
        assertEquals(yuan("0.00"), journal.trialBalance(DAY).balanceSum());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCorrectionIsAReversalEntryNamingTheOriginalWhichStaysUnchanged(Kind kind) throws SQLException {
        JournalStore journal = journal(kind);
        long original = journal.post(draft(DAY, debit(Account.BANK, yuan("150.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("150.00"))),
                "U1", null, "t");
        JournalEntryView before = journal.entry(original).orElseThrow();
        long reversal = journal.reverse(original, DAY.plusDays(2), "t");
        DATABASES.get(kind).checkDeferred();
        JournalEntryView entry = journal.entry(reversal).orElseThrow();
        assertEquals(original, entry.reverses());
        assertEquals("REVERSAL", entry.kind());
        assertEquals("P1", entry.reference());
        assertEquals(List.of(line(Account.BANK, Side.CREDIT, "150.00"), line(Account.PREMIUM_RECEIVABLE, Side.DEBIT, "150.00")),
                entry.postings());
        JournalEntryView after = journal.entry(original).orElseThrow();
        assertEquals(before.postings(), after.postings());
        assertEquals(reversal, after.reversedBy());
        assertEquals(yuan("150.00"), journal.balance(Account.BANK, DAY));
        assertEquals(yuan("0.00"), journal.balance(Account.BANK, DAY.plusDays(2)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEntryIsReversedOnceAndAReversalIsNotReversed(Kind kind) {
        JournalStore journal = journal(kind);
        long original = oneYuanReceived(journal);
        long reversal = journal.reverse(original, DAY, "t");
        assertEquals("ledger.alreadyReversed", assertThrows(DomainException.class, () -> journal.reverse(original, DAY, "t")).code());
        assertEquals("ledger.reversalOfReversal", assertThrows(DomainException.class, () -> journal.reverse(reversal, DAY, "t")).code());
        assertEquals("ledger.unknownEntry", assertThrows(DomainException.class, () -> journal.reverse(reversal + 99, DAY, "t")).code());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aClosedMonthTakesNoNewEntriesAndSaysWhy(Kind kind) {
        JournalStore journal = journal(kind);
        long original = oneYuanReceived(journal);
        journal.closeMonth(YearMonth.of(2016, 7), LocalDate.of(2016, 8, 3), "t");
        journal.closeMonth(YearMonth.of(2016, 7), LocalDate.of(2016, 8, 9), "t");
        DomainException refused = assertThrows(DomainException.class, () -> journal.post(draft(DAY,
                debit(Account.BANK, yuan("2.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("2.00"))), "U1", null, "t"));
        assertEquals("ledger.monthClosed", refused.code());
        assertEquals(List.of(DAY, YearMonth.of(2016, 7), LocalDate.of(2016, 8, 3)), refused.arguments());
        assertEquals("ledger.monthClosed", assertThrows(DomainException.class, () -> journal.postAll(List.of(new JournalStore.KeyedDraft(
                draft(DAY, debit(Account.BANK, yuan("2.00")), credit(Account.PREMIUM_RECEIVABLE, yuan("2.00"))), "U1", "BILL:9")), "t")).code());
        assertEquals("ledger.monthClosed", assertThrows(DomainException.class, () -> journal.reverse(original, DAY.plusDays(1), "t")).code());
        // the correction goes into the open month
        journal.reverse(original, LocalDate.of(2016, 8, 4), "t");
        assertEquals(List.of("LEDGER_MONTH_CLOSED", "LEDGER_ENTRY_REVERSED"),
                ((RecordedTrail) journal.trail).actions(), "closing once and correcting are audited, a second closing is not");
        assertEquals(yuan("0.00"), journal.balance(Account.BANK, LocalDate.of(2016, 8, 4)));
        assertEquals(yuan("1.00"), journal.balance(Account.BANK, LocalDate.of(2016, 7, 31)));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theDatabaseRefusesAnEntryDatedInAClosedMonth(Kind kind) throws SQLException {
        journal(kind).closeMonth(YearMonth.of(2016, 7), LocalDate.of(2016, 8, 3), "t");
        SQLException refused = assertThrows(SQLException.class, () -> insertEntry(kind, DAY, null));
        assertTrue(refused.getSQLState().startsWith("235"), refused.getSQLState() + " " + refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theDatabaseRefusesTheReversalOfAReversalAndASecondReversal(Kind kind) throws SQLException {
        JournalStore journal = journal(kind);
        long original = oneYuanReceived(journal);
        journal.reverse(original, DAY, "t");
        SQLException again = assertThrows(SQLException.class, () -> insertEntry(kind, DAY, original));
        assertEquals("23505", again.getSQLState(), again.getMessage());
        DATABASES.get(kind).rollback();
        long second = oneYuanReceived(journal);
        long reversal = journal.reverse(second, DAY, "t");
        SQLException refused = assertThrows(SQLException.class, () -> insertEntry(kind, DAY, reversal));
        assertTrue(refused.getSQLState().startsWith("235"), refused.getSQLState() + " " + refused.getMessage());
    }

    @Test
    void postgresqlRefusesAtCommitAnEntryWhosePostingsDoNotBalance() throws SQLException {
        InsuranceDatabase database = DATABASES.get(Kind.POSTGRESQL);
        long unbalanced = insertEntry(Kind.POSTGRESQL, DAY, null);
        insertPosting(Kind.POSTGRESQL, unbalanced, 1, Side.DEBIT, "10.00");
        insertPosting(Kind.POSTGRESQL, unbalanced, 2, Side.CREDIT, "9.99");
        SQLException refused = assertThrows(SQLException.class, database::checkDeferred);
        assertEquals("23514", refused.getSQLState(), refused.getMessage());
        database.rollback();
        insertEntry(Kind.POSTGRESQL, DAY, null);
        assertEquals("23514", assertThrows(SQLException.class, database::checkDeferred).getSQLState(), "an entry without postings");
        database.rollback();
        long balanced = insertEntry(Kind.POSTGRESQL, DAY, null);
        insertPosting(Kind.POSTGRESQL, balanced, 1, Side.DEBIT, "10.00");
        insertPosting(Kind.POSTGRESQL, balanced, 2, Side.CREDIT, "10.00");
        database.checkDeferred();
    }

    private static long insertEntry(Kind kind, LocalDate on, Long reverses) throws SQLException {
        try (PreparedStatement insert = DATABASES.get(kind).connection().prepareStatement("insert into insurance.journal_entry (entry_date, "
                + "kind, reference, reverses, posted_by, posted_at) values (?, 'REVERSAL', 'X', ?, 't', current_timestamp)", new String[] {"id"})) {
            Jdbc.bind(insert, on, reverses);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertPosting(Kind kind, long entry, int line, Side side, String amount) throws SQLException {
        try (PreparedStatement insert = DATABASES.get(kind).connection().prepareStatement("insert into insurance.journal_posting (entry_id, "
                + "line_no, account, side, amount) values (?, ?, 'BANK', ?, ?)")) {
            Jdbc.bind(insert, entry, line, side, yuan(amount));
            insert.executeUpdate();
        }
    }

    private static long count(Kind kind, String sql) throws SQLException {
        try (Statement statement = DATABASES.get(kind).connection().createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
