package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The member-year rows around a bulk reassessment, on H2 (evaluation mode). */
class MemberYearTotalsTest {

    private static final LocalDate YEAR = LocalDate.of(2026, 1, 1);

    @Test
    void everyMemberWithApprovedClaimsGetsARowAndEveryRowOfThePlanYearItsTotal() throws Exception {
        try (Connection db = ClaimsOnH2.open("member_year_totals")) {
            db.setAutoCommit(false);
            contribution(db, ClaimsOnH2.claim(db, 1, "100.10"));
            contribution(db, ClaimsOnH2.claim(db, 1, "50.05"));
            ClaimsOnH2.claim(db, 1, "70.00");
            contribution(db, ClaimsOnH2.claim(db, 2, "200.00"));
            ClaimsOnH2.claim(db, 5, "30.00");
            execute(db, "insert into claims.member_year (member_id, plan_code, year_start, approved_total) values "
                    + "(1, 'P', date '2026-01-01', 999), (3, 'P', date '2026-01-01', 80), (4, 'P', date '2025-01-01', 5)");

            MemberYearTotals.lock(db, "P", YEAR);
            assertEquals(Map.of("1 2026-01-01", new BigDecimal("999.00"), "2 2026-01-01", new BigDecimal("0.00"),
                    "3 2026-01-01", new BigDecimal("80.00"), "4 2025-01-01", new BigDecimal("5.00")), totals(db));

            MemberYearTotals.recompute(db, "P", YEAR, LocalDateTime.of(2026, 3, 1, 12, 0));
            assertEquals(Map.of("1 2026-01-01", new BigDecimal("150.15"), "2 2026-01-01", new BigDecimal("200.00"),
                    "3 2026-01-01", new BigDecimal("0.00"), "4 2025-01-01", new BigDecimal("5.00")), totals(db));
            try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(
                    "select count(*) from claims.member_year where year_start = date '2026-01-01' and updated_at is null")) {
                row.next();
                assertEquals(0, row.getInt(1), "every row of the plan year updated");
            }
            assertFalse(totals(db).containsKey("5 2026-01-01"), "a member without approved claims gets no row");
        }
    }

    private static void contribution(Connection db, long claimId) throws SQLException {
        execute(db, "insert into claims.contribution (claim_id, benefit, member_id, plan_code, year_start, in_scope, paid, days, "
                + "early_stage, main_sum) select id, 'B', member_id, plan_code, year_start, 0, 0, 0, 0, 0 from claims.claim where id = " + claimId);
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, BigDecimal> totals(Connection db) throws SQLException {
        Map<String, BigDecimal> totals = new TreeMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select member_id, year_start, approved_total from claims.member_year")) {
            while (rows.next()) {
                totals.put(rows.getLong(1) + " " + rows.getDate(2).toLocalDate(), rows.getBigDecimal(3));
            }
        }
        return totals;
    }
}
