package org.huzhu.insurance.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.Postgres;

/**
 * Fresh planner statistics after bulk writes: {@code ANALYZE} of the tables named, on PostgreSQL only (H2 keeps
 * none worth refreshing). Autovacuum may be off (it is, on the development cluster), and a table that grew from
 * thousands to millions of rows since it was last analysed gets plans made for the small one.
 */
@ApplicationScoped
class PlannerStatistics {

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class.getName());

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    /** Analyses the tables (schema-qualified names from the code, never from a request), outside any transaction. */
    void analyze(List<String> tables) {
        long start = System.nanoTime();
        Jdbc.withConnection(dataSource, connection -> {
            Postgres.analyze(connection, tables.toArray(String[]::new));
            return null;
        });
        LOG.fine(() -> String.format(Locale.ROOT, "analyze %s: %.2f s", tables, (System.nanoTime() - start) / 1e9));
    }

    /** The planner's row count of a table as of its last analysis (0 if never analysed), or -1 when not on PostgreSQL. */
    long rows(String table) {
        return Jdbc.withConnection(dataSource, connection -> Postgres.estimatedRows(connection, table));
    }
}
