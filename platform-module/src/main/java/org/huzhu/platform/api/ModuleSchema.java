package org.huzhu.platform.api;

/**
 * A module's claim on the database: its own schema and the Flyway migrations that build it. The
 * application runs every module's migrations at start-up, in ascending {@link #order()}, each with its own
 * history table inside the module's schema.
 */
public interface ModuleSchema {

    /** Schema name; also the folder under {@code db/migration/} that holds the module's scripts. */
    String schema();

    /** Modules that others depend on migrate first. */
    int order();

    default String migrationsLocation() {
        return "classpath:db/migration/" + schema();
    }

    /**
     * Migrations written for one database only (triggers, whose language differs), run besides the common ones:
     * {@code db/vendor/postgresql/<schema>} or {@code db/vendor/h2/<schema>}. Each database applies its own file of a
     * version, so both files of a version do the same in their database's language.
     */
    default String vendorMigrationsLocation(String vendor) {
        return "classpath:db/vendor/" + vendor + "/" + schema();
    }

    /**
     * Applied migrations whose comments were reworded after they ran: their SQL is the same, so a database that
     * applied the old wording has its recorded checksum moved to the new one before Flyway validates.
     */
    default java.util.List<RewordedMigration> rewordedMigrations() {
        return java.util.List.of();
    }

    /** A migration whose comments changed: Flyway's checksum of the old text and of the new. */
    record RewordedMigration(String version, int checksumBefore, int checksumAfter) {
    }
}
