package org.huzhu.insurance.premium;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.huzhu.insurance.api.premium.MonthlyEarning;
import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarnedPremiumTest {

    @ParameterizedTest(name = "{0} over {1} .. {2}")
    @CsvSource({
            "65.00,  2016-07-01, 2017-06-30",
            "60.00,  2019-07-01, 2022-06-30",
            "70.00,  2000-07-01, 2003-06-30",
            "32.23,  2017-01-15, 2017-06-30",
            "0.18,   2017-06-30, 2017-06-30",
            "0.01,   2016-02-10, 2016-03-20",
            "100.00, 2024-02-15, 2025-02-14",
            "99.99,  2023-12-31, 2024-03-01",
            "0.00,   2016-07-01, 2017-06-30",
    })
    void monthlyEarnedPremiumOverTheWholeCoverAddsUpExactlyToThePremium(BigDecimal premium, LocalDate start, LocalDate end) {
        EarnedPremium earning = new EarnedPremium(premium, start, end);
        List<MonthlyEarning> months = earning.schedule();
        assertEquals(premium, months.stream().map(MonthlyEarning::earned).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(end.toEpochDay() - start.toEpochDay() + 1, months.stream().mapToLong(MonthlyEarning::daysOfCover).sum());
        for (MonthlyEarning month : months) {
            assertEquals(premium, month.earnedToDate().add(month.unearned()), "earned + unearned at " + month.month());
            assertTrue(month.earned().signum() >= 0, "never negative in " + month.month());
        }
        assertEquals(0, months.get(months.size() - 1).unearned().signum(), "nothing unearned when cover ends");
    }

    @ParameterizedTest(name = "{0}: earned {1}, to date {2}, unearned {3}")
    @CsvSource({
            // 65 over 365 days from 1 July 2016; each month: earned to its end rounded less earned to the end before
            "2016-07, 5.52, 5.52, 59.48",
            "2016-08, 5.52, 11.04, 53.96",
            "2017-02, 4.98, 43.27, 21.73",
            "2017-06, 5.34, 65.00, 0.00",
    })
    void earnedInAMonthIsCumulativeEarnedRoundedLessThePreviousMonthEnd(YearMonth month, BigDecimal earned,
                                                                        BigDecimal toDate, BigDecimal unearned) {
        MonthlyEarning figures = new EarnedPremium(yuan("65.00"), LocalDate.of(2016, 7, 1), LocalDate.of(2017, 6, 30)).month(month);
        assertEquals(earned, figures.earned());
        assertEquals(toDate, figures.earnedToDate());
        assertEquals(unearned, figures.unearned());
    }

    @Test
    void aLeapDayEarnsItsDay() {
        EarnedPremium earning = new EarnedPremium(yuan("366.00"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertEquals(yuan("29.00"), earning.earnedIn(YearMonth.of(2024, 2)));
        assertEquals(29, earning.month(YearMonth.of(2024, 2)).daysOfCover());
    }

    @Test
    void aMidMonthStartEarnsOnlyItsDaysAndMonthsOutsideTheCoverEarnNothing() {
        EarnedPremium earning = new EarnedPremium(yuan("32.23"), LocalDate.of(2017, 1, 15), LocalDate.of(2017, 6, 30));
        assertEquals(17, earning.month(YearMonth.of(2017, 1)).daysOfCover());
        assertEquals(yuan("3.28"), earning.earnedIn(YearMonth.of(2017, 1))); // 32.23 x 17/167 = 3.2809
        assertEquals(yuan("0.00"), earning.earnedIn(YearMonth.of(2016, 12)));
        assertEquals(yuan("32.23"), earning.unearnedAt(YearMonth.of(2016, 12)));
        assertEquals(yuan("0.00"), earning.earnedIn(YearMonth.of(2017, 7)));
    }

    @Test
    void rerunningAMonthGivesTheSameFigures() {
        EarnedPremium first = new EarnedPremium(yuan("47.77"), LocalDate.of(2019, 8, 17), LocalDate.of(2022, 6, 30));
        List<MonthlyEarning> schedule = first.schedule();
        EarnedPremium again = new EarnedPremium(yuan("47.77"), LocalDate.of(2019, 8, 17), LocalDate.of(2022, 6, 30));
        for (MonthlyEarning month : List.of(schedule.get(7), schedule.get(0), schedule.get(20), schedule.get(7))) {
            assertEquals(month, again.month(month.month()));
            assertEquals(month, first.month(month.month()));
        }
    }

    @Test
    void coverEndingBeforeItStartsIsRefused() {
        assertEquals("premium.earning.coverDates", assertThrows(DomainException.class,
                () -> new EarnedPremium(yuan("1.00"), LocalDate.of(2017, 1, 2), LocalDate.of(2017, 1, 1))).code());
    }
}
