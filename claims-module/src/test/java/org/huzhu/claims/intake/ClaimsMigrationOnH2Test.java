package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The claims migration runs on H2 2.2 in PostgreSQL mode (evaluation mode) and its constraints hold there. */
class ClaimsMigrationOnH2Test {

    @Test
    void migrationRunsAndKeepsInvoicesAndLivePaymentLinesUnique() throws Exception {
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:mem:claims;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
            try (Statement statement = db.createStatement()) {
                statement.execute("create schema claims");
                String sql = Files.readString(Path.of("src/main/resources/db/migration/claims/V1__claims.sql"), StandardCharsets.UTF_8);
                for (String part : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!part.isBlank()) {
                        statement.execute(part);
                    }
                }
                statement.execute("insert into claims.claim (member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, "
                        + "enrolment_version_id, plan_version_id, claim_type, service_date, end_date, received_on, year_start, year_end, source, "
                        + "status, created_by, created_at, updated_at) values (1, '110101199003070014', 'x', 'U', 'P', 1, 1, 1, 'DEATH', "
                        + "date '2026-01-01', date '2026-01-01', date '2026-01-02', date '2026-01-01', date '2026-12-31', 'FORM', 'APPROVED', "
                        + "'t', current_timestamp, current_timestamp)");
                statement.execute("insert into claims.invoice values ('INV-1', 1)");
                assertEquals("23505", assertThrows(SQLException.class,
                        () -> statement.execute("insert into claims.invoice values ('INV-1', 1)")).getSQLState());
                statement.execute("insert into claims.member_year (member_id, plan_code, year_start) values (1, 'P', date '2026-01-01') "
                        + "on conflict do nothing");
                statement.execute("insert into claims.member_year (member_id, plan_code, year_start) values (1, 'P', date '2026-01-01') "
                        + "on conflict do nothing");
                statement.execute("insert into claims.payment_batch (status, line_count, total, created_by, created_at) "
                        + "values ('OPEN', 1, 1, 't', current_timestamp)");
                String line = "insert into claims.payment_line (batch_id, claim_id, live_claim_id, payee_name, account, union_account, amount, "
                        + "status) values (1, 1, %s, 'x', '1', false, 1, 'PENDING')";
                statement.execute(String.format(line, "null"));
                statement.execute(String.format(line, "null"));
                statement.execute(String.format(line, "1"));
                assertEquals("23505", assertThrows(SQLException.class, () -> statement.execute(String.format(line, "1"))).getSQLState());
            }
            byte[] content = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
            try (PreparedStatement insert = db.prepareStatement("insert into claims.document (claim_id, kind, media_type, size_bytes, "
                    + "content, uploaded_by, uploaded_at) values (1, 'INVOICE', 'image/png', 7, ?, 't', current_timestamp)")) {
                insert.setBytes(1, content);
                insert.executeUpdate();
            }
            try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery("select content from claims.document")) {
                row.next();
                assertArrayEquals(content, row.getBytes(1));
            }
        }
    }
}
