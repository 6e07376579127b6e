package org.huzhu.insurance.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The views the insurance module publishes for reporting (V10__reporting_views.sql), on H2 in PostgreSQL mode. */
class ReportingViewsOnH2Test {

    private static Connection db;

    @BeforeAll
    static void schema() throws Exception {
        db = DriverManager.getConnection("jdbc:h2:mem:insurance-reporting-views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        try (Statement s = db.createStatement()) {
            s.execute("create schema insurance");
            for (String file : List.of("V1__plan_catalogue.sql", "V4__enrolment.sql", "V5__premium_accounting.sql", "V10__reporting_views.sql")) {
                String sql = Files.readString(Path.of("src/main/resources/db/migration/insurance/" + file), StandardCharsets.UTF_8);
                for (String part : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!part.isBlank()) {
                        s.execute(part);
                    }
                }
            }
            s.execute("insert into insurance.plan (id, code, kind, name_zh, name_en) values (1, 'TP', 'INPATIENT', '测试', 'Test')");
            s.execute("insert into insurance.plan_version (id, plan_id, version_code, period_start, period_end, cycle_years, max_shares, "
                    + "premium_per_share, waiting_period_months, rules) values (7, 1, '2026', date '2026-01-01', date '2026-12-31', 1, 1, 120, 0, '{}')");
            s.execute("insert into insurance.enrolment_list (id, unit_code, plan_version_id, kind, status, eligible_headcount, enrolled_count, "
                    + "required_count, submitted_by, submitted_at) values (1, 'U1', 7, 'NEW', 'CONFIRMED', 2, 2, 2, 't', current_timestamp)");
            for (String[] e : new String[][] {{"1", "ACTIVE"}, {"2", "LAPSED"}}) {
                s.execute("insert into insurance.enrolment (id, list_id, plan_version_id, member_id, resident_id, unit_code, shares, status, "
                        + "cover_start, cover_end, continuous_from, waiting_end, payment_due) values (" + e[0] + ", 1, 7, " + e[0] + ", 'R" + e[0]
                        + "', 'U1', 1, '" + e[1] + "', date '2026-01-01', date '2026-12-31', date '2026-01-01', date '2026-01-01', date '2026-01-31')");
            }
            s.execute("insert into insurance.journal_entry (id, entry_date, kind, reference, unit_code, reverses, posted_by, posted_at) values "
                    + "(1, date '2026-01-01', 'BILL_ISSUED', '5', 'U1', null, 't', current_timestamp), "
                    + "(2, date '2026-01-02', 'REVERSAL', '1', 'U1', 1, 't', current_timestamp)");
            s.execute("insert into insurance.journal_posting values (1, 1, 'PREMIUM_RECEIVABLE', 'DEBIT', 240), (1, 2, 'UNEARNED_PREMIUM_RESERVE', 'CREDIT', 240), "
                    + "(2, 1, 'UNEARNED_PREMIUM_RESERVE', 'DEBIT', 240), (2, 2, 'PREMIUM_RECEIVABLE', 'CREDIT', 240)");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(i == 1 ? "" : " ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void aLapsedEnrolmentDoesNotCountAndEveryEnrolmentKnowsItsPlan() throws SQLException {
        assertEquals(List.of("1 7 1 TRUE", "2 7 1 FALSE"), rows("select id, plan_version_id, plan_id, counted from insurance.reporting_enrolment order by id"));
        assertEquals(List.of("7 TP"), rows("select plan_version_id, plan_code from insurance.reporting_plan_version"));
        assertEquals(List.of("TP 测试 Test"), rows("select plan_code, plan_name_zh, plan_name_en from insurance.reporting_plan"));
    }

    @Test
    void theLedgerIsCreditPositiveAndAReversalCarriesWhatItReverses() throws SQLException {
        assertEquals(List.of(
                "1 BILL_ISSUED 5 null null PREMIUM_RECEIVABLE -240.00",
                "1 BILL_ISSUED 5 null null UNEARNED_PREMIUM_RESERVE 240.00",
                "2 REVERSAL 1 BILL_ISSUED 5 PREMIUM_RECEIVABLE 240.00",
                "2 REVERSAL 1 BILL_ISSUED 5 UNEARNED_PREMIUM_RESERVE -240.00"),
                rows("select entry_id, kind, reference, reversed_kind, reversed_reference, account, credit_amount "
                        + "from insurance.reporting_journal_line order by entry_id, account"));
    }
}
