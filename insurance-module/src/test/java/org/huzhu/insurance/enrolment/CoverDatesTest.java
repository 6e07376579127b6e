package org.huzhu.insurance.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.rules.CoverRule;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PlanRulesJson;
import org.huzhu.insurance.rules.CoverDates;
import org.huzhu.insurance.testing.RulesFixture;
import org.huzhu.insurance.testing.SeedDocuments;
import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working inpatient 2016 (1 July 2016 – 30 June 2017, 15 payment days) and the retiree plan 2001 (3 months' wait). */
class CoverDatesTest {

    private static final PlanRules INPATIENT = PlanRulesJson.read(SeedDocuments.document("WORKING_INPATIENT/2016"));
    private static final PlanRules RETIREE = PlanRulesJson.read(SeedDocuments.document("RETIREE_INPATIENT/2001"));

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @ParameterizedTest(name = "confirmed {0} -> cover from {1}")
    @CsvSource({
            "2016-05-20, 2016-07-01",
            "2016-06-29, 2016-07-01",
            "2016-06-30, 2016-07-01",
            "2016-07-01, 2016-07-02",
            "2016-10-14, 2016-10-15",
            "2017-06-29, 2017-06-30",
    })
    void coverStartsOnThePeriodStartOrTheDayAfterConfirmation(LocalDate confirmed, LocalDate start) {
        assertEquals(start, new CoverDates(INPATIENT).coverStart(confirmed));
    }

    @Test
    void listConfirmedOnTheLastDayOfThePeriodGivesNoCover() {
        DomainException e = assertThrows(DomainException.class, () -> new CoverDates(INPATIENT).coverStart(date("2017-06-30")));
        assertEquals("cover.confirmedTooLate", e.code());
    }

    @Test
    void premiumIsDueFifteenDaysAfterConfirmation() {
        CoverDates dates = new CoverDates(INPATIENT);
        assertEquals(date("2016-10-29"), dates.paymentDeadline(date("2016-10-14")));
        assertTrue(dates.paidInTime(date("2016-10-14"), date("2016-10-29")));
        assertFalse(dates.paidInTime(date("2016-10-14"), date("2016-10-30")));
    }

    @Test
    void paymentDaysComeFromTheVersion() {
        PlanRules tenDays = RulesFixture.withCover(INPATIENT, new CoverRule(
                INPATIENT.cover().midPeriodStart(), 10, 0));
        assertEquals(date("2016-10-24"), new CoverDates(tenDays).paymentDeadline(date("2016-10-14")));
    }

    @Test
    void serviceDateBeforeWaitingPeriodEndIsRefused() {
        PlanRules rules = RulesFixture.withWaitingMonths(INPATIENT, 3);
        assertFalse(new CoverDates(rules).payable(date("2017-07-31"), date("2017-05-01")));
    }

    @Test
    void serviceDateOnWaitingPeriodEndIsPaid() {
        PlanRules rules = RulesFixture.withWaitingMonths(INPATIENT, 3);
        assertEquals(date("2017-08-01"), new CoverDates(rules).firstPayableDate(date("2017-05-01")));
        assertTrue(new CoverDates(rules).payable(date("2017-08-01"), date("2017-05-01")));
    }

    @ParameterizedTest(name = "cover from {0} + {1} month(s): payable from {2}")
    @CsvSource({
            "2001-01-01, 3, 2001-04-01",
            "2021-01-31, 1, 2021-02-28",
            "2024-01-31, 1, 2024-02-29",
            "2001-11-30, 3, 2002-02-28",
            "2001-03-31, 1, 2001-04-30",
            "2001-06-15, 0, 2001-06-15",
    })
    void waitingPeriodEndsOnTheSameDayNMonthsLaterOrTheMonthEnd(LocalDate coverStart, int months, LocalDate firstPayable) {
        PlanRules rules = RulesFixture.withWaitingMonths(RETIREE, months);
        assertEquals(firstPayable, new CoverDates(rules).firstPayableDate(coverStart));
        assertFalse(new CoverDates(rules).payable(firstPayable.minusDays(1), coverStart));
    }

    @Test
    void retireePlanPaysFromTheFourthMonthOfFirstCover() {
        CoverDates dates = new CoverDates(RETIREE);
        LocalDate start = dates.coverStart(date("2000-12-15"));
        assertEquals(date("2001-01-01"), start);
        assertFalse(dates.payable(date("2001-03-31"), start));
        assertTrue(dates.payable(date("2001-04-01"), start));
    }

    @Test
    void renewalWithNoGapKeepsTheFirstStart() {
        List<CoverSpell> earlier = List.of(new CoverSpell(date("2000-01-01"), date("2000-12-31")),
                new CoverSpell(date("1999-06-02"), date("1999-12-31")));
        assertEquals(date("1999-06-02"), ContinuousCover.continuousCoverStart(date("2001-01-01"), earlier));
        assertTrue(new CoverDates(RETIREE).payable(date("2001-01-05"),
                ContinuousCover.continuousCoverStart(date("2001-01-01"), earlier)));
    }

    @Test
    void aGapOfOneDayStartsTheWaitingPeriodAfresh() {
        List<CoverSpell> earlier = List.of(new CoverSpell(date("2000-01-01"), date("2000-12-30")));
        assertEquals(date("2001-01-01"), ContinuousCover.continuousCoverStart(date("2001-01-01"), earlier));
        List<CoverSpell> brokenChain = List.of(new CoverSpell(date("2000-01-01"), date("2000-12-31")),
                new CoverSpell(date("1999-01-01"), date("1999-12-30")));
        assertEquals(date("2000-01-01"), ContinuousCover.continuousCoverStart(date("2001-01-01"), brokenChain));
    }
}
