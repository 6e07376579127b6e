package org.huzhu.platform.statistics;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.huzhu.platform.api.Postgres;
import org.huzhu.platform.api.TableStatistics;

/**
 * {@link TableStatistics} for a PostgreSQL server whose autovacuum is off (as on the shared development cluster
 * where a never-analysed table kept the plans chosen for an empty one: measured 100× slower confirmations and
 * reassessments). Counts rows per table since the last ANALYZE and, past autovacuum's threshold, runs ANALYZE
 * on the managed executor after the writing transaction has committed (never inside it, where it would hold
 * its lock until the commit and see rows that may roll back).
 */
@ApplicationScoped
public class AnalyzeAfterBulkWrites implements TableStatistics {

    private static final Logger LOG = Logger.getLogger(AnalyzeAfterBulkWrites.class.getName());
    private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.[a-z_]+");
    private static final long BASE_THRESHOLD = 50;
    private static final double SCALE_FACTOR = 0.1;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    private volatile Boolean needed;
    private final Map<String, AtomicLong> sinceAnalyze = new ConcurrentHashMap<>();
    private final Map<String, Long> analysedSize = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    @Override
    public void written(String table, long rows) {
        if (rows <= 0 || !TABLE.matcher(table).matches() || !needed()) {
            return;
        }
        long pending = sinceAnalyze.computeIfAbsent(table, t -> new AtomicLong()).addAndGet(rows);
        long threshold = BASE_THRESHOLD + (long) (SCALE_FACTOR * analysedSize.getOrDefault(table, 0L));
        if (pending < threshold || !running.add(table)) {
            return;
        }
        sinceAnalyze.get(table).addAndGet(-pending);
        if (transactions.getTransactionKey() == null) {
            executor.execute(() -> analyze(table));
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> analyze(table));
                } else {
                    running.remove(table);
                }
            }
        });
    }

    private void analyze(String table) {
        try (Connection connection = dataSource.getConnection()) {
            Postgres.analyze(connection, table);
            analysedSize.put(table, Math.max(0, Postgres.estimatedRows(connection, table)));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not analyse " + table, e);
        } finally {
            running.remove(table);
        }
    }

    private boolean needed() {
        Boolean known = needed;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                if (!Postgres.is(connection)) {
                    known = false;
                } else {
                    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("show autovacuum")) {
                        known = rows.next() && !"on".equals(rows.getString(1));
                    }
                }
            } catch (SQLException e) {
                known = false;
            }
            if (known) {
                LOG.info("PostgreSQL autovacuum is off: tables written in bulk are analysed after their transaction commits");
            }
            needed = known;
        }
        return known;
    }
}
