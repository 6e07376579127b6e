package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.huzhu.claims.intake.rules.ClaimStatus;

/**
 * The views the claims module publishes for reporting (V10__reporting_views.sql) state its rules: which claims
 * count, which are assessed and at how much, which payments the bank confirmed, which claims stand reversed.
 */
class ReportingViewsOnH2Test {

    private static Connection db;

    @BeforeAll
    static void claimsInEveryState() throws Exception {
        db = ClaimsOnH2.open("reporting-views");
        try (Statement s = db.createStatement()) {
            // id, status, payable, approved, reject reason
            claim(s, 1, "RECEIVED", "null", "0", null);
            claim(s, 2, "ASSESSED", "800", "0", null);
            claim(s, 3, "APPROVED", "900", "1000", null);
            claim(s, 4, "PAID", "1200", "1200", null);
            claim(s, 5, "REJECTED", "0", "0", "NOTHING_PAYABLE");
            claim(s, 6, "REJECTED", "1500", "0", "REVERSED");
            claim(s, 7, "WITHDRAWN", "null", "0", null);
            claim(s, 8, "APPEALED", "700", "0", null);
            claim(s, 9, "PENDING_DOCUMENTS", "null", "0", null);
            // approved at 1,000, appealed, and reassessed at 1,300 (the amount under appeal); appealed and reassessed lower
            claim(s, 10, "APPEALED", "1300", "1000", null);
            claim(s, 11, "APPEALED", "600", "1000", null);
            s.execute("insert into claims.payment_batch (id, status, line_count, total, created_by, created_at) values (1, 'CLOSED', 3, 0, 't', current_timestamp)");
            s.execute("insert into claims.payment_line (batch_id, claim_id, payee_name, account, union_account, amount, status, settled_at) values "
                    + "(1, 4, 'm', 'a', false, 1200, 'PAID', timestamp '2026-03-10 10:00:00'), "
                    + "(1, 6, 'm', 'a', false, 1500, 'PAID', timestamp '2026-03-11 10:00:00'), "
                    + "(1, 3, 'm', 'a', false, 1000, 'FAILED', timestamp '2026-03-12 10:00:00')");
            // claim 6 reversed twice (appealed in between); claim 4 was reversed once and is paid again after an appeal
            event(s, 6, "2026-04-02 09:00:00", "REVERSE", "REJECTED");
            event(s, 6, "2026-05-02 09:00:00", "REVERSE", "REJECTED");
            event(s, 4, "2026-04-03 09:00:00", "REVERSE", "REJECTED");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    private static void claim(Statement s, long id, String status, String payable, String approved, String reason) throws SQLException {
        s.execute("insert into claims.claim (id, member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, enrolment_version_id, "
                + "plan_version_id, claim_type, service_date, end_date, received_on, year_start, year_end, source, status, payable, "
                + "approved_amount, reject_reason, created_by, created_at, updated_at) values (" + id + ", 1, 'R1', 'm', 'U', 'P', 1, 1, 1, "
                + "'INPATIENT', date '2026-02-01', date '2026-02-03', date '2026-02-04', date '2026-01-01', date '2026-12-31', 'FORM', '"
                + status + "', " + payable + ", " + approved + ", " + (reason == null ? "null" : "'" + reason + "'")
                + ", 't', current_timestamp, current_timestamp)");
    }

    private static void event(Statement s, long claim, String at, String action, String to) throws SQLException {
        s.execute("insert into claims.claim_event (claim_id, at, actor, action, from_status, to_status) values (" + claim + ", timestamp '"
                + at + "', 't', '" + action + "', 'PAID', '" + to + "')");
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
    void aClaimCountsUnlessRejectedOrWithdrawnIsValuedOnceAssessedAndIsExpectedToPayItsApprovedElseAssessedAmountAndAnAppealTheAmountUnderAppeal() throws SQLException {
        assertEquals(List.of(
                "1 TRUE FALSE TRUE 0.00 null",
                "2 TRUE TRUE FALSE 800.00 null",
                "3 TRUE TRUE FALSE 1000.00 null",
                "4 TRUE TRUE FALSE 1200.00 null",
                "5 FALSE FALSE FALSE 0.00 null",
                "6 FALSE FALSE FALSE 1500.00 1500.00",
                "7 FALSE FALSE FALSE 0.00 null",
                "8 TRUE TRUE FALSE 700.00 null",
                "9 TRUE TRUE FALSE 0.00 null",
                "10 TRUE TRUE FALSE 1300.00 null",
                "11 TRUE TRUE FALSE 1000.00 null"),
                rows("select id, counted, valued, unassessed, expected_amount, reversed_amount from claims.reporting_claim order by id"));
    }

    @Test
    void everyStatusAClaimCanHaveSaysWhatItMeansForReportingAndARefusedClaimIsNotCounted() throws SQLException {
        List<String> statuses = new ArrayList<>();
        for (ClaimStatus status : ClaimStatus.values()) {
            statuses.add(status.name());
        }
        java.util.Collections.sort(statuses);
        assertEquals(statuses, rows("select status from claims.reporting_status order by status"));
        assertEquals(List.of("REFUSED FALSE FALSE FALSE"),
                rows("select status, counted, valued, unassessed from claims.reporting_status where status = 'REFUSED'"));
    }

    @Test
    void onlyPaymentsTheBankConfirmedArePayments() throws SQLException {
        assertEquals(List.of("4 1200.00 2026-03-10 10:00:00", "6 1500.00 2026-03-11 10:00:00"),
                rows("select claim_id, amount, settled_at from claims.reporting_payment order by claim_id"));
    }

    @Test
    void aClaimThatStandsReversedIsReversedAtItsLastReversal() throws SQLException {
        assertEquals(List.of("6 2026-05-02 09:00:00"), rows("select claim_id, reversed_at from claims.reporting_reversal order by claim_id"));
    }
}
