package org.huzhu.insurance.premium.rules;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.MidPeriodJoiner;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PlanRulesJson;
import org.huzhu.insurance.api.rules.PremiumRule;
import org.huzhu.insurance.api.rules.RefundRule;
import org.huzhu.insurance.testing.RulesFixture;
import org.huzhu.insurance.testing.SeedDocuments;
import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefundsTest {

    /** Seed serious-illness version 2000: 1 July 2000 – 30 June 2003, 3-year cycle, unused whole years back. */
    private static final PlanRules SERIOUS_2000 = PlanRulesJson.read(SeedDocuments.document("SERIOUS_ILLNESS/2000"));
    private static final PlanRules INPATIENT = RulesFixture.inpatient2016();
    private static final LocalDate CYCLE_START = LocalDate.of(2000, 7, 1);
    private static final LocalDate YEAR_START = LocalDate.of(2016, 7, 1);

    private static PlanRules proRataJoiners(PlanRules rules) {
        PremiumRule p = rules.premium();
        return RulesFixture.withPremium(rules, new PremiumRule(p.basis(), p.tiers(), p.payers(), MidPeriodJoiner.PRO_RATA));
    }

    @ParameterizedTest(name = "premium {0}, last day of cover {1}: {2} back")
    @CsvSource({
            "60.00, 2000-07-01, 40.00",
            "60.00, 2000-12-31, 40.00",
            "60.00, 2001-06-30, 40.00",
            "60.00, 2001-07-01, 20.00",
            "60.00, 2002-06-30, 20.00",
            "60.00, 2002-07-01, 0.00",
            "60.00, 2003-06-30, 0.00",
            "70.00, 2000-09-15, 46.67",
            "70.00, 2002-01-31, 23.33",
    })
    void leavingAMultiYearCycleGivesBackTheUnusedWholeYears(BigDecimal premium, LocalDate lastDay, BigDecimal refund) {
        assertEquals(RefundRule.UNUSED_WHOLE_YEARS, SERIOUS_2000.refund());
        assertEquals(refund, Refunds.refund(SERIOUS_2000, premium, CYCLE_START, lastDay));
    }

    @Test
    void aProRataJoinerToACycleGetsTheUnusedWholeYearsByTheDaysPaidFor() {
        // joined 1 January 2001: 911 of the cycle's 1095 days, charged 60 x 911/1095 = 49.92; leaves 1 March 2001:
        // years two and three (730 days) come back: 49.92 x 730 / 911 = 40.0016 -> 40.00
        PlanRules rules = proRataJoiners(SERIOUS_2000);
        assertEquals(yuan("49.92"), PremiumBill.issue("B", "U", "V", CYCLE_START, rules, new BigDecimal("40.0"),
                java.util.List.of(new BilledMember("A", 1, LocalDate.of(2001, 1, 1), false))).total());
        assertEquals(yuan("40.00"), Refunds.refund(rules, yuan("49.92"), LocalDate.of(2001, 1, 1), LocalDate.of(2001, 3, 1)));
    }

    @Test
    void aOneYearPeriodHasNoUnusedWholeYear() {
        PlanRules rules = RulesFixture.withRefund(INPATIENT, RefundRule.UNUSED_WHOLE_YEARS);
        assertEquals(yuan("0.00"), Refunds.refund(rules, yuan("65.00"), YEAR_START, YEAR_START));
    }

    @ParameterizedTest(name = "last day of cover {0}: nothing back")
    @CsvSource({"2016-07-01", "2016-12-31", "2017-06-30"})
    void withRefundRuleNoneALeaverGetsNothingBack(LocalDate lastDay) {
        assertEquals(RefundRule.NONE, INPATIENT.refund());
        assertEquals(0, Refunds.refund(INPATIENT, yuan("65.00"), YEAR_START, lastDay).signum());
    }

    @ParameterizedTest(name = "charged {0} from {1}, last day {2}: {3} back")
    @CsvSource({
            // 365-day year; from 31 December 181 days are unused: 65 x 181/365 = 32.2329
            "65.00, 2016-07-01, 2016-12-31, 32.23",
            "65.00, 2016-07-01, 2016-07-01, 64.82",
            "65.00, 2016-07-01, 2017-06-30, 0.00",
            // a pro-rata joiner from 1 January paid 32.23 for 181 days; 91 unused after 31 March: 16.2036
            "32.23, 2017-01-01, 2017-03-31, 16.20",
    })
    void proRataRefundIsByUnusedDaysOfWhatWasPaidFor(BigDecimal charged, LocalDate coverStart, LocalDate lastDay, BigDecimal refund) {
        PlanRules rules = proRataJoiners(RulesFixture.withRefund(INPATIENT, RefundRule.PRO_RATA));
        assertEquals(refund, Refunds.refund(rules, charged, coverStart, lastDay));
    }

    @Test
    void aFullRateJoinerGetsAProRataRefundByThePeriodsDays() {
        PlanRules rules = RulesFixture.withRefund(INPATIENT, RefundRule.PRO_RATA);
        assertEquals(yuan("32.23"), Refunds.refund(rules, yuan("65.00"), LocalDate.of(2016, 11, 1), LocalDate.of(2016, 12, 31)));
    }

    @Test
    void aLeapDayCountsAsADayOfCover() {
        PlanRules rules = RulesFixture.withRefund(RulesFixture.withPeriod(INPATIENT,
                new CoveragePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 1)), RefundRule.PRO_RATA);
        // 366 days; after 29 February 306 days are unused: 366 x 306/366
        assertEquals(yuan("306.00"), Refunds.refund(rules, yuan("366.00"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29)));
    }

    @ParameterizedTest(name = "last day {0}")
    @CsvSource({"2016-06-30", "2017-07-01"})
    void aLastDayOutsideTheCoverIsRefused(LocalDate lastDay) {
        assertEquals("premium.refund.outsideCover", assertThrows(DomainException.class,
                () -> Refunds.refund(INPATIENT, yuan("65.00"), YEAR_START, lastDay)).code());
    }
}
