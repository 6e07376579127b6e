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
 * The reader feeds the reserving step what the book holds: the generated district union's book written into H2
 * (PostgreSQL mode, as in evaluation mode) and into PostgreSQL with the modules' migrations, read by
 * {@link MonthlyFigures#reservingData} at the end of the book's last month, equals the book read directly
 * ({@link DistrictUnionBook#at}) — the data the accuracy test runs the same step on. PostgreSQL is at
 * {@code huzhu.test.postgres} (default 127.0.0.1:5432, user postgres), database {@code huzhu_res_reader}, made anew.
 */
class ReservingReaderTest {

    static final YearMonth LAST = BookedReserveAccuracyTest.LAST;
    static final MonthlyFigures.Parameters PARAMETERS = new MonthlyFigures.Parameters(24, 3, new BigDecimal("50000"));

    static DistrictUnionBook book;
    static DataSource h2;
    static DataSource postgres;

    @BeforeAll
    static void writeTheBook() throws Exception {
        book = DistrictUnionBook.generate(15, BookedReserveAccuracyTest.FIRST, LAST);
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:book;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2 = memory;
        BookDatabase.load(h2, book, LAST);
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
        BookDatabase.load(postgres, book, LAST);
    }

    @Test
    void onH2TheReaderGivesTheReservingStepWhatTheBookHolds() {
        assertEquals(book.at(LAST, 24, 3, PARAMETERS.largeClaimThreshold()), new MonthlyFigures(h2).reservingData(LAST, Scope.total(), PARAMETERS));
    }

    @Test
    void onPostgresqlTheReaderGivesTheReservingStepWhatTheBookHolds() {
        assumeTrue(postgres != null, "PostgreSQL not reachable");
        assertEquals(book.at(LAST, 24, 3, PARAMETERS.largeClaimThreshold()), new MonthlyFigures(postgres).reservingData(LAST, Scope.total(), PARAMETERS));
    }

    @Test
    void theReportBooksTheIbnrOfTheStepOnBothDatabases() {
        BookedReserve expected = BookedReserve.estimate(book.at(LAST, 24, 3, PARAMETERS.largeClaimThreshold()), null);
        OffsetDateTime asOf = OffsetDateTime.of(2026, 7, 1, 2, 0, 0, 0, ZoneOffset.ofHours(8));
        assertEquals(expected.ibnr(), new MonthlyFigures(h2).compute(LAST, Scope.total(), asOf, PARAMETERS).figures().ibnr());
        assertEquals(expected.standardError(), new MonthlyFigures(h2).compute(LAST, Scope.total(), asOf, PARAMETERS).figures().ibnrStandardError());
        if (postgres != null) {
            assertEquals(expected.ibnr(), new MonthlyFigures(postgres).compute(LAST, Scope.total(), asOf, PARAMETERS).figures().ibnr());
        }
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
        OffsetDateTime asOf = OffsetDateTime.of(2026, 7, 1, 2, 0, 0, 0, ZoneOffset.ofHours(8));
        assertEquals(paid, new MonthlyFigures(h2).compute(LAST, Scope.total(), asOf, PARAMETERS).figures().claimsPaid());
    }
}
