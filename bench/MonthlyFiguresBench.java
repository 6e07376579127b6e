import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.huzhu.reports.api.summary.MonthlySummary;
import org.huzhu.reports.api.summary.Scope;
import org.huzhu.reports.summary.MonthlyFigures;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Times MonthlyFigures for one month on a PostgreSQL database (figures only: no rendering, nothing stored).
 * Usage: bench/monthly-figures.sh [database] [yyyy-MM] [plan]; the total is timed twice (cold, then warm).
 */
public class MonthlyFiguresBench {
    public static void main(String[] args) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:5432/" + args[0]);
        pg.setUser(System.getenv().getOrDefault("PGUSER", "postgres"));
        pg.setPassword(System.getenv().getOrDefault("PGPASSWORD", ""));
        YearMonth month = YearMonth.parse(args[1]);
        MonthlyFigures figures = new MonthlyFigures(pg);
        String plan = args.length > 2 ? args[2] : "WORKING_INPATIENT";
        Scope planScope = figures.plans().stream().filter(p -> p.planCode().equals(plan)).findFirst().orElseThrow();
        for (Scope scope : new Scope[] {Scope.total(), planScope, Scope.total()}) {
            long start = System.nanoTime();
            MonthlySummary summary = figures.compute(month, scope, OffsetDateTime.now(), MonthlyFigures.Parameters.DEFAULTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s %s: %.2f s%n  %s%n  triangle rows %d, bands %d, large claims %d, serious illness %d%n", month,
                    scope.isTotal() ? "TOTAL" : scope.planCode(), seconds, summary.figures(), summary.triangle().rows().size(),
                    summary.bands().size(), summary.largeClaims().size(), summary.seriousIllness().size());
        }
    }
}
