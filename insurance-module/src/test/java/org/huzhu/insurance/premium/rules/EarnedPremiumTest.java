package org.huzhu.insurance.premium.rules;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.huzhu.insurance.testing.BothDatabases;
import org.huzhu.insurance.testing.InsuranceDatabase.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The daily earning of a line's premium as the database computes it ({@link EarnedPremium}, the SQL the monthly runs and
 * departures run), on H2 and PostgreSQL: rounded once, cumulatively, so the months add up exactly to the premium.
 */
class EarnedPremiumTest {

    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases("earned_premium");

    /** Earned by the end of {@code day} of a line of {@code premium} covering {@code start} to {@code end}, as the database says. */
    private static BigDecimal earnedTo(Kind kind, BigDecimal premium, LocalDate start, LocalDate end, LocalDate day) throws SQLException {
        try (PreparedStatement query = DATABASES.get(kind).connection().prepareStatement("select " + EarnedPremium.fenEarnedTo()
                + " from (select cast(? as numeric(14, 2)) as amount, cast(? as integer) as start_day, cast(? as integer) as end_day) l")) {
            query.setInt(1, (int) day.toEpochDay());
            query.setBigDecimal(2, premium);
            query.setInt(3, (int) start.toEpochDay());
            query.setInt(4, (int) end.toEpochDay());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return BigDecimal.valueOf(row.getLong(1), 2);
            }
        }
    }

    private static BigDecimal earnedIn(Kind kind, BigDecimal premium, LocalDate start, LocalDate end, YearMonth month) throws SQLException {
        return earnedTo(kind, premium, start, end, month.atEndOfMonth()).subtract(earnedTo(kind, premium, start, end,
                month.minusMonths(1).atEndOfMonth()));
    }

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
    void monthlyEarnedPremiumOverTheWholeCoverAddsUpExactlyToThePremium(BigDecimal premium, LocalDate start, LocalDate end)
            throws SQLException {
        for (Kind kind : Kind.values()) {
            BigDecimal total = yuan("0.00");
            for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
                BigDecimal earned = earnedIn(kind, premium, start, end, month);
                assertTrue(earned.signum() >= 0, kind + ": never negative in " + month);
                total = total.add(earned);
                assertEquals(total, earnedTo(kind, premium, start, end, month.atEndOfMonth()), kind + ": earned to date at " + month);
            }
            assertEquals(premium, total, kind + ": the months add up to the premium");
            assertEquals(premium, earnedTo(kind, premium, start, end, end.plusYears(1)), kind + ": nothing unearned when cover ends");
            assertEquals(yuan("0.00"), earnedTo(kind, premium, start, end, start.minusDays(1)), kind + ": nothing before cover starts");
        }
    }

    @ParameterizedTest(name = "{0}: earned {1}, to date {2}")
    @CsvSource({
            // 65 over 365 days from 1 July 2016; each month: earned to its end rounded less earned to the end before
            "2016-07, 5.52, 5.52",
            "2016-08, 5.52, 11.04",
            "2017-02, 4.98, 43.27",
            "2017-06, 5.34, 65.00",
    })
    void earnedInAMonthIsCumulativeEarnedRoundedLessThePreviousMonthEnd(YearMonth month, BigDecimal earned, BigDecimal toDate)
            throws SQLException {
        for (Kind kind : Kind.values()) {
            LocalDate start = LocalDate.of(2016, 7, 1);
            LocalDate end = LocalDate.of(2017, 6, 30);
            assertEquals(earned, earnedIn(kind, yuan("65.00"), start, end, month), kind.name());
            assertEquals(toDate, earnedTo(kind, yuan("65.00"), start, end, month.atEndOfMonth()), kind.name());
        }
    }

    @Test
    void aLeapDayEarnsItsDay() throws SQLException {
        for (Kind kind : Kind.values()) {
            assertEquals(yuan("29.00"), earnedIn(kind, yuan("366.00"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                    YearMonth.of(2024, 2)), kind.name());
        }
    }

    @Test
    void aMidMonthStartEarnsOnlyItsDaysAndMonthsOutsideTheCoverEarnNothing() throws SQLException {
        for (Kind kind : Kind.values()) {
            LocalDate start = LocalDate.of(2017, 1, 15);
            LocalDate end = LocalDate.of(2017, 6, 30);
            assertEquals(yuan("3.28"), earnedIn(kind, yuan("32.23"), start, end, YearMonth.of(2017, 1)), kind.name()); // 32.23 x 17/167
            assertEquals(yuan("0.00"), earnedIn(kind, yuan("32.23"), start, end, YearMonth.of(2016, 12)), kind.name());
            assertEquals(yuan("0.00"), earnedIn(kind, yuan("32.23"), start, end, YearMonth.of(2017, 7)), kind.name());
        }
    }

    @Test
    void halfAFenRoundsUpOnce() throws SQLException {
        for (Kind kind : Kind.values()) {
            // 0.01 over 2 days: half a fen by the end of the first day, rounded up to a whole fen, nothing more on the second
            LocalDate start = LocalDate.of(2017, 3, 1);
            assertEquals(yuan("0.01"), earnedTo(kind, yuan("0.01"), start, start.plusDays(1), start), kind.name());
            assertEquals(yuan("0.01"), earnedTo(kind, yuan("0.01"), start, start.plusDays(1), start.plusDays(1)), kind.name());
        }
    }
}
