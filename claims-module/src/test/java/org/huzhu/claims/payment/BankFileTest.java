package org.huzhu.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The bank transfer file as the claims migration's tables hold it, on H2 in PostgreSQL mode. */
class BankFileTest {

    @Test
    void aMemberNamedLikeAFormulaReachesTheBankFileAsText() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bankfile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute("create schema claims");
            String sql = Files.readString(Path.of("src/main/resources/db/migration/claims/V1__claims.sql"), StandardCharsets.UTF_8);
            for (String part : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!part.isBlank()) {
                    statement.execute(part);
                }
            }
            statement.execute("insert into claims.claim (id, member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, "
                    + "enrolment_version_id, plan_version_id, claim_type, service_date, end_date, received_on, year_start, year_end, source, "
                    + "status, approved_amount, created_by, created_at, updated_at) values (41, 1, '110101199003070014', 'x', 'U', 'P', 1, 1, 1, "
                    + "'INPATIENT', date '2026-02-01', date '2026-02-03', date '2026-02-04', date '2026-01-01', date '2026-12-31', 'FORM', "
                    + "'APPROVED', 2000, 't', current_timestamp, current_timestamp)");
            statement.execute("insert into claims.claim (id, member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, "
                    + "enrolment_version_id, plan_version_id, claim_type, service_date, end_date, received_on, year_start, year_end, source, "
                    + "status, approved_amount, created_by, created_at, updated_at) values (42, 2, '110101199003070022', 'y', 'U', 'P', 2, 2, 1, "
                    + "'INPATIENT', date '2026-02-01', date '2026-02-03', date '2026-02-04', date '2026-01-01', date '2026-12-31', 'FORM', "
                    + "'APPROVED', 30.5, 't', current_timestamp, current_timestamp)");
            statement.execute("insert into claims.payment_batch (id, status, line_count, total, created_by, created_at) "
                    + "values (7, 'OPEN', 2, 2030.50, 't', current_timestamp)");
            statement.execute("insert into claims.payment_line (batch_id, claim_id, live_claim_id, payee_name, account, union_account, amount, status) "
                    + "values (7, 41, 41, '=cmd|'' /C calc''!A0', '6222020000000001', false, 2000, 'PENDING'), "
                    + "(7, 42, 42, '王建国, 二', '@SUM(1+1)', false, 30.5, 'PENDING')");
        }
        PaymentBatches batches = new PaymentBatches();
        batches.dataSource = dataSource;
        List<String> lines = batches.bankFile(7).lines().toList();
        assertEquals(PaymentBatches.BANK_FILE_HEADER, lines.get(0));
        assertTrue(lines.get(1).startsWith("'=cmd|' /C calc'!A0,6222020000000001,2000.00,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("\"王建国, 二\",'@SUM(1+1),30.50,"), lines.get(2));
        assertEquals(3, lines.size());
    }
}
