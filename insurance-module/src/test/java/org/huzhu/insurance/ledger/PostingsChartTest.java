package org.huzhu.insurance.ledger;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.huzhu.insurance.api.ledger.JournalEntryView;
import org.huzhu.insurance.testing.BothDatabases;
import org.huzhu.insurance.testing.InsuranceDatabase.Kind;
import org.huzhu.platform.api.BusinessClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The postings chart, event by event: the exact journal lines each premium event writes through {@link JournalStore},
 * on H2 and PostgreSQL, and the books balancing after it.
 */
class PostingsChartTest {

    private static final LocalDate DAY = LocalDate.of(2016, 6, 20);

    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases("premium_postings");

    private static List<JournalEntryView.Line> posted(Kind kind, EntryDraft draft) throws SQLException {
        JournalStore journal = new JournalStore();
        journal.dataSource = DATABASES.get(kind).dataSource();
        journal.clock = new BusinessClock();
        journal.trail = new org.huzhu.insurance.testing.RecordedTrail();
        long id = journal.post(draft, "U1", null, "t");
        DATABASES.get(kind).checkDeferred();
        assertEquals(yuan("0.00"), journal.trialBalance(draft.date()).balanceSum(), "the books balance");
        JournalEntryView entry = journal.entry(id).orElseThrow();
        assertEquals(draft.kind().name(), entry.kind());
        assertEquals(draft.reference(), entry.reference());
        return entry.postings();
    }

    private static JournalEntryView.Line dr(Account account, String amount) {
        return new JournalEntryView.Line(account.name(), "DEBIT", yuan(amount));
    }

    private static JournalEntryView.Line cr(Account account, String amount) {
        return new JournalEntryView.Line(account.name(), "CREDIT", yuan(amount));
    }

    /** Each event of the chart: the rule, what happened, and the exact lines it writes. */
    static Stream<Arguments> chart() {
        LocalDate lastDay = LocalDate.of(2016, 12, 31);
        List<Arguments> events = List.of(
                Arguments.of("a bill issued debits the receivable and credits the unearned premium reserve",
                        PostingsChart.billIssued(DAY, "7", yuan("130.00")),
                        List.of(dr(Account.PREMIUM_RECEIVABLE, "130.00"), cr(Account.UNEARNED_PREMIUM_RESERVE, "130.00"))),
                Arguments.of("an overpayment by bank credits the bills and the rest to the unit's credit",
                        PostingsChart.paymentReceived(DAY, "8", false, yuan("130.00"), yuan("10.00")),
                        List.of(dr(Account.BANK, "140.00"), cr(Account.PREMIUM_RECEIVABLE, "130.00"), cr(Account.UNIT_CREDIT, "10.00"))),
                Arguments.of("the hardship fund paying exactly its part makes no credit",
                        PostingsChart.paymentReceived(DAY, "9", true, yuan("32.50"), yuan("0.00")),
                        List.of(dr(Account.HARDSHIP_FUND, "32.50"), cr(Account.PREMIUM_RECEIVABLE, "32.50"))),
                Arguments.of("credit set against a bill leaves the unit's credit for the receivable",
                        PostingsChart.creditApplied(DAY, "7", yuan("10.00")),
                        List.of(dr(Account.UNIT_CREDIT, "10.00"), cr(Account.PREMIUM_RECEIVABLE, "10.00"))),
                Arguments.of("premium earned leaves the reserve on the month's last day",
                        PostingsChart.earned(LocalDate.of(2016, 7, 31), "2016-07:1-50000", yuan("11.04")).orElseThrow(),
                        List.of(dr(Account.UNEARNED_PREMIUM_RESERVE, "11.04"), cr(Account.EARNED_PREMIUM, "11.04"))),
                Arguments.of("a lapsed bill leaves the reserve, the receivable for what was owed and the credit for what it had received",
                        PostingsChart.billLapsed(DAY, "7", yuan("130.00"), yuan("100.00")),
                        List.of(dr(Account.UNEARNED_PREMIUM_RESERVE, "130.00"), cr(Account.PREMIUM_RECEIVABLE, "30.00"),
                                cr(Account.UNIT_CREDIT, "100.00"))),
                Arguments.of("a lapsed bill that received nothing leaves only the reserve and the receivable",
                        PostingsChart.billLapsed(DAY, "8", yuan("65.00"), yuan("0.00")),
                        List.of(dr(Account.UNEARNED_PREMIUM_RESERVE, "65.00"), cr(Account.PREMIUM_RECEIVABLE, "65.00"))),
                Arguments.of("a member leaving releases their reserve to the refund and the rest to earned premium",
                        PostingsChart.memberLeft(lastDay, "enrolment:1", yuan("32.68"), yuan("32.23")).orElseThrow(),
                        List.of(dr(Account.UNEARNED_PREMIUM_RESERVE, "32.68"), cr(Account.REFUNDS_PAYABLE, "32.23"),
                                cr(Account.EARNED_PREMIUM, "0.45"))),
                Arguments.of("a refund above the reserve left is debited to earned premium",
                        PostingsChart.memberLeft(lastDay, "enrolment:2", yuan("30.00"), yuan("32.23")).orElseThrow(),
                        List.of(dr(Account.UNEARNED_PREMIUM_RESERVE, "30.00"), cr(Account.REFUNDS_PAYABLE, "32.23"),
                                dr(Account.EARNED_PREMIUM, "2.23"))),
                Arguments.of("benefits a bank return confirms paid are claims expense paid out of the bank",
                        PostingsChart.benefitsPaid(DAY, "12", yuan("7000.00")).orElseThrow(),
                        List.of(dr(Account.CLAIMS_EXPENSE, "7000.00"), cr(Account.BANK, "7000.00"))),
                Arguments.of("a paid claim reversed turns what it was paid into a recovery and takes it out of the claims expense",
                        PostingsChart.benefitReversed(DAY, "41", yuan("5000.00")).orElseThrow(),
                        List.of(dr(Account.RECOVERIES_RECEIVABLE, "5000.00"), cr(Account.CLAIMS_EXPENSE, "5000.00"))));
        return Stream.of(Kind.values()).flatMap(kind -> events.stream().map(event -> Arguments.of(kind, event.get()[0], event.get()[1],
                event.get()[2])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("chart")
    void eachEventWritesExactlyItsLinesAndTheBooksBalance(Kind kind, String rule, EntryDraft draft, List<JournalEntryView.Line> lines)
            throws SQLException {
        assertEquals(lines, posted(kind, draft));
    }

    @Test
    void anEventWhoseAmountsAreAllZeroMakesNoEntry() {
        assertTrue(PostingsChart.earned(LocalDate.of(2016, 7, 31), "2016-07:1-50000", yuan("0.00")).isEmpty());
        assertTrue(PostingsChart.memberLeft(LocalDate.of(2016, 12, 31), "enrolment:3", yuan("0.00"), yuan("0.00")).isEmpty());
        assertTrue(PostingsChart.benefitsPaid(DAY, "12", yuan("0.00")).isEmpty(), "a return with every line failed");
        assertTrue(PostingsChart.benefitReversed(DAY, "41", yuan("0.00")).isEmpty(), "a claim reversed before it was paid");
    }

    @Test
    void aLapseIsPostedAsTheVoidingOfItsEnrolmentsOnTheDayOfTheLapse() {
        EntryDraft lapse = PostingsChart.billLapsed(DAY, "8", yuan("65.00"), yuan("0.00"));
        assertEquals(EntryKind.ENROLMENT_VOIDED, lapse.kind());
        assertEquals(DAY, lapse.date());
    }
}
