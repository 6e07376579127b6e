package org.huzhu.insurance.ledger;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.ledger.JournalEntryView;
import org.huzhu.insurance.testing.BothDatabases;
import org.huzhu.insurance.testing.InsuranceDatabase.Kind;
import org.huzhu.platform.api.BusinessClock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The postings chart, event by event: the exact journal lines each premium event writes through {@link JournalStore},
 * on H2 and PostgreSQL, and the books balancing after it.
 */
class PremiumPostingsTest {

    private static final LocalDate DAY = LocalDate.of(2016, 6, 20);
    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases("premium_postings");

    private static List<JournalEntryView.Line> posted(Kind kind, EntryDraft draft) throws SQLException {
        JournalStore journal = new JournalStore();
        journal.dataSource = DATABASES.get(kind).dataSource();
        journal.clock = new BusinessClock();
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

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aBillIssuedDebitsTheReceivableAndCreditsTheUnearnedPremiumReserve(Kind kind) throws SQLException {
        assertEquals(List.of(dr(Account.PREMIUM_RECEIVABLE, "130.00"), cr(Account.UNEARNED_PREMIUM_RESERVE, "130.00")),
                posted(kind, PremiumPostings.billIssued(DAY, "7", yuan("130.00"))));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anOverpaymentByBankCreditsTheBillsAndTheRestToTheUnitsCredit(Kind kind) throws SQLException {
        assertEquals(List.of(dr(Account.BANK, "140.00"), cr(Account.PREMIUM_RECEIVABLE, "130.00"), cr(Account.UNIT_CREDIT, "10.00")),
                posted(kind, PremiumPostings.paymentReceived(DAY, "8", false, yuan("130.00"), yuan("10.00"))));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theHardshipFundPayingExactlyItsPartMakesNoCredit(Kind kind) throws SQLException {
        assertEquals(List.of(dr(Account.HARDSHIP_FUND, "32.50"), cr(Account.PREMIUM_RECEIVABLE, "32.50")),
                posted(kind, PremiumPostings.paymentReceived(DAY, "9", true, yuan("32.50"), yuan("0.00"))));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void creditSetAgainstABillLeavesTheUnitsCreditForTheReceivable(Kind kind) throws SQLException {
        assertEquals(List.of(dr(Account.UNIT_CREDIT, "10.00"), cr(Account.PREMIUM_RECEIVABLE, "10.00")),
                posted(kind, PremiumPostings.creditApplied(DAY, "7", yuan("10.00"))));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void premiumEarnedLeavesTheReserveOnTheMonthsLastDayAndNothingEarnedMakesNoEntry(Kind kind) throws SQLException {
        EntryDraft earned = PremiumPostings.earned(LocalDate.of(2016, 7, 31), "2016-07:1-50000", yuan("11.04")).orElseThrow();
        assertEquals(LocalDate.of(2016, 7, 31), earned.date());
        assertEquals(List.of(dr(Account.UNEARNED_PREMIUM_RESERVE, "11.04"), cr(Account.EARNED_PREMIUM, "11.04")), posted(kind, earned));
        assertTrue(PremiumPostings.earned(LocalDate.of(2016, 7, 31), "2016-07:1-50000", yuan("0.00")).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLapsedBillLeavesTheReserveTheReceivableForWhatWasOwedAndTheCreditForWhatItHadReceived(Kind kind) throws SQLException {
        assertEquals(List.of(dr(Account.UNEARNED_PREMIUM_RESERVE, "130.00"), cr(Account.PREMIUM_RECEIVABLE, "30.00"),
                cr(Account.UNIT_CREDIT, "100.00")), posted(kind, PremiumPostings.billLapsed(DAY, "7", yuan("130.00"), yuan("100.00"))));
        assertEquals(List.of(dr(Account.UNEARNED_PREMIUM_RESERVE, "65.00"), cr(Account.PREMIUM_RECEIVABLE, "65.00")),
                posted(kind, PremiumPostings.billLapsed(DAY, "8", yuan("65.00"), yuan("0.00"))));
        assertEquals(EntryKind.ENROLMENT_VOIDED, PremiumPostings.billLapsed(DAY, "8", yuan("65.00"), yuan("0.00")).kind());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aMemberLeavingReleasesTheirReserveToTheRefundAndTheRestToEarnedPremium(Kind kind) throws SQLException {
        LocalDate lastDay = LocalDate.of(2016, 12, 31);
        assertEquals(List.of(dr(Account.UNEARNED_PREMIUM_RESERVE, "32.68"), cr(Account.REFUNDS_PAYABLE, "32.23"),
                cr(Account.EARNED_PREMIUM, "0.45")), posted(kind, PremiumPostings.memberLeft(lastDay, "enrolment:1", yuan("32.68"),
                yuan("32.23")).orElseThrow()));
        assertEquals(List.of(dr(Account.UNEARNED_PREMIUM_RESERVE, "30.00"), cr(Account.REFUNDS_PAYABLE, "32.23"),
                dr(Account.EARNED_PREMIUM, "2.23")), posted(kind, PremiumPostings.memberLeft(lastDay, "enrolment:2", yuan("30.00"),
                yuan("32.23")).orElseThrow()));
        assertTrue(PremiumPostings.memberLeft(lastDay, "enrolment:3", yuan("0.00"), yuan("0.00")).isEmpty());
    }
}
