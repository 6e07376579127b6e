package org.huzhu.claims.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A fresh in-memory H2 database in PostgreSQL mode (the evaluation database) with every claims migration applied, in order. */
final class ClaimsOnH2 {

    private ClaimsOnH2() {
    }

    static Connection open(String name) throws SQLException, IOException {
        Connection db = DriverManager.getConnection("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        try (Statement statement = db.createStatement()) {
            statement.execute("create schema claims");
            for (Path migration : migrations()) {
                String sql = Files.readString(migration, StandardCharsets.UTF_8);
                for (String part : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!part.isBlank()) {
                        statement.execute(part);
                    }
                }
            }
        }
        return db;
    }

    /** The module's migrations in Flyway's order (V1, V2, ... by version number). */
    static List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration/claims"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
        }
    }

    /** An approved claim of plan P, year 2026, of the member, with the approved amount; returns its id. */
    static long claim(Connection db, long memberId, String approved) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("insert into claims.claim (member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, "
                    + "enrolment_version_id, plan_version_id, claim_type, service_date, end_date, received_on, year_start, year_end, source, "
                    + "status, approved_amount, created_by, created_at, updated_at) values (" + memberId + ", '110101199003070014', 'x', 'U', "
                    + "'P', 1, 1, 1, 'INPATIENT', date '2026-02-01', date '2026-02-03', date '2026-02-04', date '2026-01-01', "
                    + "date '2026-12-31', 'FORM', 'APPROVED', " + approved + ", 't', current_timestamp, current_timestamp)",
                    new String[] {"id"});
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
