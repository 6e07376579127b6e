package org.huzhu.insurance.ledger;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.api.rules.PayerShare;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.RefundRule;
import org.huzhu.insurance.premium.BillLine;
import org.huzhu.insurance.premium.BilledMember;
import org.huzhu.insurance.premium.EarnedPremium;
import org.huzhu.insurance.premium.Payment;
import org.huzhu.insurance.premium.PaymentAllocation;
import org.huzhu.insurance.premium.PaymentAllocator;
import org.huzhu.insurance.premium.PaymentSource;
import org.huzhu.insurance.premium.PremiumBill;
import org.huzhu.insurance.premium.Refunds;
import org.huzhu.insurance.premium.UnitAccount;
import org.huzhu.insurance.testing.RulesFixture;
import org.junit.jupiter.api.Test;

/** A unit's year in the journal: bill, payments, monthly earning, a leaver's refund; the books balance throughout. */
class PremiumPostingsTest {

    private static final LocalDate START = LocalDate.of(2016, 7, 1);
    private static final LocalDate END = LocalDate.of(2017, 6, 30);
    private static final PlanRules RULES = RulesFixture.withRefund(RulesFixture.withPayers(RulesFixture.inpatient2016(),
            new PayerShare(Payer.UNIT, new BigDecimal("0.5")), new PayerShare(Payer.MEMBER, new BigDecimal("0.5"))),
            RefundRule.PRO_RATA);

    private static PremiumBill bill() {
        return PremiumBill.issue("B1", "U1", "WORKING_INPATIENT/2016", LocalDate.of(2016, 6, 20), RULES,
                new BigDecimal("40.0"), List.of(new BilledMember("A", 1, START, false), new BilledMember("H", 1, START, true)));
    }

    @Test
    void billIssuedDebitsReceivableAndCreditsTheUnearnedPremiumReserve() {
        Journal journal = new Journal();
        journal.post(PremiumPostings.billIssued(bill()));
        TrialBalance tb = journal.trialBalance();
        assertEquals(yuan("130.00"), tb.normal(Account.PREMIUM_RECEIVABLE));
        assertEquals(yuan("130.00"), tb.normal(Account.UNEARNED_PREMIUM_RESERVE));
        assertEquals(yuan("0.00"), tb.normal(Account.EARNED_PREMIUM));
        assertEquals(yuan("130.00"), journal.writtenPremium(YearMonth.of(2016, 6)));
    }

    @Test
    void aPaymentReversedInTheJournalRestoresTheReceivable() {
        Journal journal = new Journal();
        PremiumBill bill = bill();
        journal.post(PremiumPostings.billIssued(bill));
        UnitAccount account = UnitAccount.open("U1").withBill(bill);
        PaymentAllocation payment = PaymentAllocator.oldestFirst(account, Payment.byBank("P1", "U1", START, yuan("140.00")));
        JournalEntry entry = journal.post(PremiumPostings.paymentReceived(payment));
        assertEquals(yuan("10.00"), journal.trialBalance().normal(Account.UNIT_CREDIT));
        journal.reverse(entry.number(), START.plusDays(5));
        assertEquals(yuan("130.00"), journal.trialBalance().normal(Account.PREMIUM_RECEIVABLE));
        assertEquals(yuan("0.00"), journal.trialBalance().normal(Account.UNIT_CREDIT));
        assertEquals(yuan("0.00"), journal.trialBalance().total());
    }

    @Test
    void aUnitsYearBalancesAndEndsWithNothingUnearned() {
        Journal journal = new Journal();
        PremiumBill bill = bill();
        journal.post(PremiumPostings.billIssued(bill));
        UnitAccount account = UnitAccount.open("U1").withBill(bill);

        // the hardship fund pays the hardship member's half, the unit the rest and 5 yuan too much
        PaymentAllocation fund = PaymentAllocator.oldestFirst(account,
                new Payment("P1", "U1", LocalDate.of(2016, 6, 25), bill.payer(Payer.HARDSHIP_FUND), PaymentSource.HARDSHIP_FUND));
        account = account.apply(fund);
        journal.post(PremiumPostings.paymentReceived(fund));
        PaymentAllocation unit = PaymentAllocator.oldestFirst(account, Payment.byBank("P2", "U1", LocalDate.of(2016, 6, 28), yuan("102.50")));
        account = account.apply(unit);
        journal.post(PremiumPostings.paymentReceived(unit));
        assertTrue(account.bill("B1").orElseThrow().coverInForce());
        journal.closeMonth(YearMonth.of(2016, 6), LocalDate.of(2016, 7, 5));

        // member A dies on 31 December; H stays all year
        LocalDate lastDayOfA = LocalDate.of(2016, 12, 31);
        BillLine a = bill.lines().get(0);
        EarnedPremium earningA = new EarnedPremium(a.amount(), START, END);
        EarnedPremium earningH = new EarnedPremium(bill.lines().get(1).amount(), START, END);
        for (YearMonth month = YearMonth.from(START); !month.isAfter(YearMonth.from(END)); month = month.plusMonths(1)) {
            BigDecimal earned = earningH.earnedIn(month);
            if (!month.isAfter(YearMonth.from(lastDayOfA))) {
                earned = earned.add(earningA.earnedIn(month));
            }
            PremiumPostings.earned(month, earned).ifPresent(journal::post);
            if (month.equals(YearMonth.from(lastDayOfA))) {
                BigDecimal refund = Refunds.refund(RULES, a.amount(), START, lastDayOfA);
                assertEquals(yuan("32.23"), refund);
                PremiumPostings.memberLeft(lastDayOfA, "A", earningA.unearnedAt(month), refund).ifPresent(journal::post);
                journal.post(PremiumPostings.refundPaid(LocalDate.of(2017, 1, 10), "A", refund, false));
            }
            assertEquals(yuan("0.00"), journal.trialBalance().total(), "trial balance at " + month);
            journal.closeMonth(month, month.plusMonths(1).atDay(5));
        }

        TrialBalance tb = journal.trialBalance();
        assertEquals(yuan("0.00"), tb.total());
        assertEquals(yuan("0.00"), tb.normal(Account.PREMIUM_RECEIVABLE));
        assertEquals(yuan("0.00"), tb.normal(Account.UNEARNED_PREMIUM_RESERVE));
        assertEquals(yuan("0.00"), tb.normal(Account.REFUNDS_PAYABLE));
        assertEquals(yuan("97.77"), tb.normal(Account.EARNED_PREMIUM)); // 130.00 written less 32.23 refunded
        assertEquals(yuan("5.00"), tb.normal(Account.UNIT_CREDIT));
        assertEquals(yuan("70.27"), tb.normal(Account.BANK)); // 102.50 received less 32.23 paid out
        assertEquals(yuan("-32.50"), tb.normal(Account.HARDSHIP_FUND)); // the fund paid 32.50
        assertEquals(yuan("32.50"), bill.payer(Payer.HARDSHIP_FUND));
    }
}
