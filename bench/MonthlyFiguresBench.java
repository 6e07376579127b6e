import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.huzhu.reports.api.summary.MonthlySummary;
import org.huzhu.reports.api.summary.Scope;
import org.huzhu.reports.summary.MonthlyFigures;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Times MonthlyFigures for one month on a PostgreSQL database (figures only: no rendering, nothing stored).
 * Usage: bench/monthly-figures.sh [database] [yyyy-MM]
 */
public class MonthlyFiguresBench {
    public static void main(String[] args) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:5432/" + args[0]);
        pg.setUser(System.getenv().getOrDefault("PGUSER", "postgres"));
        pg.setPassword(System.getenv().getOrDefault("PGPASSWORD", ""));
        YearMonth month = YearMonth.parse(args[1]);
        MonthlyFigures figures = new MonthlyFigures(pg);
        for (Scope scope : new Scope[] {Scope.total(), figures.plans().get(0)}) {
            long start = System.nanoTime();
            MonthlySummary summary = figures.compute(month, scope, OffsetDateTime.now(), MonthlyFigures.Parameters.DEFAULTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s %s: %.2f s%n  %s%n  triangle rows %d, bands %d, large claims %d, serious illness %d%n", month,
                    scope.isTotal() ? "TOTAL" : scope.planCode(), seconds, summary.figures(), summary.triangle().rows().size(),
                    summary.bands().size(), summary.largeClaims().size(), summary.seriousIllness().size());
        }
    }
}
