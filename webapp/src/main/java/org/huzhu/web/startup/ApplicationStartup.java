package org.huzhu.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.platform.api.DemoData;
import org.huzhu.platform.api.DemoTime;
import org.huzhu.platform.api.ModuleSchema;
import org.huzhu.platform.api.RuntimeMode;
import org.huzhu.platform.api.batch.JobRecovery;
import org.huzhu.platform.api.cluster.InstanceLeases;
import org.huzhu.web.health.StartupState;

/**
 * Brings the database up to date and the application into service: every module's Flyway migrations in
 * order, the first administrator, the recovery of batch jobs a stopped server left running, and in evaluation
 * mode the demo data. Refuses to start when production settings are missing.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    Instance<ModuleSchema> schemas;

    @Inject
    Instance<DemoData> demoData;

    @Inject
    Instance<JobRecovery> recoveries;

    @Inject
    AdministratorBootstrap administrators;

    @Inject
    StartupState state;

    @Inject
    InstanceLeases leases;

    @Inject
    DemoTime demoTime;

    private RuntimeMode mode;

    @PostConstruct
    void start() {
        try {
            mode = detectMode();
            if (mode == RuntimeMode.EVALUATION) {
                LOG.warning("==================================================================");
                LOG.warning(" Huzhu runs in EVALUATION MODE on an embedded H2 database with demo");
                LOG.warning(" data and demo accounts. Set HUZHU_DB_URL for PostgreSQL production.");
                LOG.warning("==================================================================");
            }
            new ModuleMigrations(dataSource).migrate(schemas.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).toList());
            administrators.bootstrap(mode);
            if (mode == RuntimeMode.EVALUATION) {
                prepareBatchRepositoryOnH2();
            }
            leases.renew();
            recoverOrphanedJobs();
            if (mode == RuntimeMode.EVALUATION) {
                // the demo history is made at the dates it happened on: the loaders may move the business clock until
                // the data is loaded, before the application serves requests; then it is the calendar's for good
                demoTime.open(mode);
                try {
                    loadDemoDataOnce();
                } finally {
                    demoTime.close();
                }
            }
            demoTime.close();
            state.started(mode);
            LOG.info("Huzhu started in " + mode + " mode");
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.SEVERE, "Huzhu refuses to start: " + e.getMessage(), e);
            if (Boolean.getBoolean("huzhu.exitOnStartupFailure")) {
                new Thread(() -> System.exit(78), "huzhu-startup-exit").start();
            }
            throw new IllegalStateException("Huzhu refuses to start: " + e.getMessage(), e);
        }
    }

    /**
     * The batch runtime declares its tables with a BLOB column, a type H2 does not know in PostgreSQL mode; a domain of
     * that name lets it create them, whichever job runs first (the monthly report on a fresh evaluation database failed
     * when no earning run had created it before).
     */
    private void prepareBatchRepositoryOnH2() throws SQLException {
        try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("create domain if not exists public.blob as bytea");
            markBatchTablesForTheBatchRuntime(statement);
        }
    }

    /** The batch runtime's tables, as H2 stores them in evaluation mode (lower case: DATABASE_TO_LOWER). */
    static final java.util.List<String> BATCH_TABLES = java.util.List.of("jbatchcheckpointdata", "jbatchjobinstancedata",
            "jbatchexecutioninstancedata", "jbatchstepexecutioninstancedata", "jbatchjobstatus", "jbatchstepstatus");

    /**
     * The batch runtime looks for its tables by metadata in schema {@code PUBLIC} under upper-case names, which on H2 with
     * lower-case identifiers it never finds, so after a restart it tries to create them again, fails, and every batch job
     * (earning, monthly report) answers 500 until the database is deleted. Once the tables exist, a view of each under the
     * upper-case name in a schema {@code "PUBLIC"} lets it find them; its own statements (unquoted names) still read the
     * tables in {@code public}. Evaluation mode's demo runs batch jobs at the first start, so every restart needs this.
     */
    static void markBatchTablesForTheBatchRuntime(java.sql.Statement statement) throws SQLException {
        for (String table : BATCH_TABLES) {
            boolean exists;
            try (java.sql.ResultSet found = statement.executeQuery("select count(*) from information_schema.tables "
                    + "where table_schema = 'public' and table_name = '" + table + "'")) {
                exists = found.next() && found.getLong(1) > 0;
            }
            if (exists) {
                statement.execute("create schema if not exists \"PUBLIC\"");
                statement.execute("create view if not exists \"PUBLIC\".\"" + table.toUpperCase(java.util.Locale.ROOT) + "\" as select * from public."
                        + table);
            }
        }
    }

    /** Batch executions a server left behind when it died while they ran become FAILED, restartable from their checkpoints. */
    private void recoverOrphanedJobs() {
        int recovered = 0;
        for (JobRecovery recovery : recoveries) {
            recovered += recovery.recoverOrphans();
        }
        if (recovered > 0) {
            LOG.warning("Recovered " + recovered + " batch job record(s) left running by a server that stopped");
        }
    }

    private RuntimeMode detectMode() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return RuntimeMode.forDatabaseProduct(connection.getMetaData().getDatabaseProductName());
        }
    }

    private void loadDemoDataOnce() {
        long started = System.nanoTime();
        for (DemoData part : demoData.stream().sorted(Comparator.comparingInt(DemoData::order)).toList()) {
            long partStarted = System.nanoTime();
            part.loadOnce();
            LOG.fine(() -> String.format("demo data %s: %d ms", part.getClass().getSimpleName(), (System.nanoTime() - partStarted) / 1_000_000));
        }
        LOG.info(String.format("Demo data checked or loaded in %d ms", (System.nanoTime() - started) / 1_000_000));
    }
}
