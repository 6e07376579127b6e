package org.huzhu.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.huzhu.reports.api.summary.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The reader feeds the reserving step what the book held, month by month: the generated district union's book,
 * written with a year of later history (events, assessments, payments and reversals after the last month) into H2
 * (PostgreSQL mode, as in evaluation mode) and into PostgreSQL with the modules' migrations, read by
 * {@link MonthlyFigures#reservingData} as at the end of each of the last 12 months, equals the book read directly as
 * at that date ({@link DistrictUnionBook#at}) — the data the accuracy test runs the same step on. And a month
 * reported once at its end and again a year later gives the same figures. PostgreSQL is at
 * {@code huzhu.test.postgres} (default 127.0.0.1:5432, user postgres), database {@code huzhu_res_reader}, made anew.
 */
class ReservingReaderTest {

    static final YearMonth LAST = BookedReserveAccuracyTest.LAST;
    static final YearMonth A_YEAR_LATER = LAST.plusMonths(12);
    static final MonthlyFigures.Parameters PARAMETERS = new MonthlyFigures.Parameters(24, 3, new BigDecimal("50000"));
    static final OffsetDateTime AS_OF = OffsetDateTime.of(2026, 7, 1, 2, 0, 0, 0, ZoneOffset.ofHours(8));

    static DistrictUnionBook book;
    static DataSource then;
    static DataSource h2;
    static DataSource postgres;

    @BeforeAll
    static void writeTheBook() throws Exception {
        book = DistrictUnionBook.generate(15, BookedReserveAccuracyTest.FIRST, LAST);
        then = h2("book-then");
        BookDatabase.load(then, book, LAST);
        h2 = h2("book-later");
        BookDatabase.load(h2, book, A_YEAR_LATER);
        String server = System.getProperty("huzhu.test.postgres", "127.0.0.1:5432");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", "postgres", "");
             Statement s = admin.createStatement()) {
            s.execute("drop database if exists huzhu_res_reader");
            s.execute("create database huzhu_res_reader");
        } catch (SQLException unreachable) {
            return;
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL("jdbc:postgresql://" + server + "/huzhu_res_reader");
        pg.setUser("postgres");
        postgres = pg;
        BookDatabase.load(postgres, book, A_YEAR_LATER);
    }

    static DataSource h2(String name) {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return memory;
    }

    static void readsEachOfTheLastTwelveMonthsAsTheBookStoodThen(DataSource db) {
        for (YearMonth month = LAST.minusMonths(11); !month.isAfter(LAST); month = month.plusMonths(1)) {
            assertEquals(book.at(month, 24, 3, PARAMETERS.largeClaimThreshold()), new MonthlyFigures(db).reservingData(month, Scope.total(), PARAMETERS),
                    month.toString());
        }
    }

    @Test
    void onH2TheReaderGivesTheReservingStepWhatTheBookHeldAtEachMonthEnd() {
        readsEachOfTheLastTwelveMonthsAsTheBookStoodThen(h2);
    }

    @Test
    void onPostgresqlTheReaderGivesTheReservingStepWhatTheBookHeldAtEachMonthEnd() {
        assumeTrue(postgres != null, "PostgreSQL not reachable");
        readsEachOfTheLastTwelveMonthsAsTheBookStoodThen(postgres);
    }

    @Test
    void aMonthReportedAgainAYearLaterHasTheSameFigures() {
        String atTheTime = SummaryJson.write(new MonthlyFigures(then).compute(LAST, Scope.total(), AS_OF, PARAMETERS));
        String aYearLater = SummaryJson.write(new MonthlyFigures(h2).compute(LAST, Scope.total(), AS_OF, PARAMETERS));
        assertEquals(atTheTime, aYearLater);
        if (postgres != null) {
            assertEquals(atTheTime, SummaryJson.write(new MonthlyFigures(postgres).compute(LAST, Scope.total(), AS_OF, PARAMETERS)));
        }
    }

    @Test
    void theReportBooksTheIbnrOfTheStep() {
        BookedReserve expected = BookedReserve.estimate(book.at(LAST, 24, 3, PARAMETERS.largeClaimThreshold()), null);
        var figures = new MonthlyFigures(h2).compute(LAST, Scope.total(), AS_OF, PARAMETERS).figures();
        assertEquals(expected.ibnr(), figures.ibnr());
        assertEquals(expected.standardError(), figures.ibnrStandardError());
        assertEquals(expected.lower95(), figures.ibnrLower95());
        assertEquals(expected.upper95(), figures.ibnrUpper95());
    }

    @Test
    void thePaidOfTheMonthIsNetOfTheReversalsInIt() {
        LocalDate start = LAST.atDay(1);
        LocalDate end = LAST.atEndOfMonth();
        BigDecimal paid = BigDecimal.ZERO;
        for (DistrictUnionBook.Claim k : book.claims) {
            if (k.paidBy(end) && !k.paid().isBefore(start)) {
                paid = paid.add(k.amount());
            }
            if (k.reversedBy(end) && !k.reversed().isBefore(start)) {
                paid = paid.subtract(k.amount());
            }
        }
        assertEquals(paid, new MonthlyFigures(h2).compute(LAST, Scope.total(), AS_OF, PARAMETERS).figures().claimsPaid());
    }
}
