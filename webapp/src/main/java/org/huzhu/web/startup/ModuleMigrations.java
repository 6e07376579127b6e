package org.huzhu.web.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.huzhu.platform.api.ModuleSchema;

/** Runs each module's Flyway migrations in its own schema, with the history table inside that schema. */
final class ModuleMigrations {

    private static final Logger LOG = Logger.getLogger(ModuleMigrations.class.getName());

    /** The advisory lock's key: "huzhu" in ASCII. */
    private static final long MIGRATION_LOCK = 0x68757a6875L;

    private final DataSource dataSource;

    ModuleMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Migrates every module, on PostgreSQL while holding a session advisory lock, so that instances starting together
     * on one database migrate one after the other (the second finds the schemas up to date): Flyway's own lock covers
     * one history table, and two instances creating a module's tables at once failed with "relation already exists".
     */
    void migrate(List<ModuleSchema> modules) {
        try (Connection lock = dataSource.getConnection()) {
            boolean postgres = lock.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            if (postgres) {
                advisory(lock, "pg_advisory_lock");
            }
            try {
                migrateEach(modules);
            } finally {
                if (postgres) {
                    advisory(lock, "pg_advisory_unlock");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the migration lock: " + e.getMessage(), e);
        }
    }

    private static void advisory(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, MIGRATION_LOCK);
            statement.execute();
        }
    }

    private void migrateEach(List<ModuleSchema> modules) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        String vendor = vendor();
        for (ModuleSchema module : modules) {
            acceptRewordedMigrations(module);
            MigrateResult result = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .schemas(module.schema())
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations(module.migrationsLocation(), module.vendorMigrationsLocation(vendor))
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
            LOG.info(() -> "Schema " + module.schema() + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                    + (result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion));
        }
    }

    /** {@code postgresql} or {@code h2}: whose language the database-specific migrations are written in. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2") ? "h2" : "postgresql";
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database runs the migrations", e);
        }
    }

    /** Moves the recorded checksum of each reworded migration from its old text's to its new text's, where it was applied. */
    private void acceptRewordedMigrations(ModuleSchema module) {
        if (module.rewordedMigrations().isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from information_schema.tables "
                    + "where lower(table_schema) = ? and lower(table_name) = 'flyway_schema_history'")) {
                exists.setString(1, module.schema());
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update \"" + module.schema() + "\".\"flyway_schema_history\" "
                    + "set \"checksum\" = ? where \"version\" = ? and \"checksum\" = ?")) {
                for (ModuleSchema.RewordedMigration migration : module.rewordedMigrations()) {
                    update.setInt(1, migration.checksumAfter());
                    update.setString(2, migration.version());
                    update.setInt(3, migration.checksumBefore());
                    if (update.executeUpdate() > 0) {
                        LOG.info(() -> "Schema " + module.schema() + ": migration " + migration.version() + " was reworded; its checksum is updated");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the checksums of reworded migrations in " + module.schema(), e);
        }
    }
}
