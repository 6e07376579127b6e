package org.huzhu.web.startup;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.huzhu.platform.api.ModuleSchema;

/** Runs each module's Flyway migrations in its own schema, with the history table inside that schema. */
final class ModuleMigrations {

    private static final Logger LOG = Logger.getLogger(ModuleMigrations.class.getName());

    private final DataSource dataSource;

    ModuleMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrate(List<ModuleSchema> modules) {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        for (ModuleSchema module : modules) {
            MigrateResult result = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .schemas(module.schema())
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations(module.migrationsLocation())
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
            LOG.info(() -> "Schema " + module.schema() + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                    + (result.targetSchemaVersion == null ? "current" : result.targetSchemaVersion));
        }
    }
}
