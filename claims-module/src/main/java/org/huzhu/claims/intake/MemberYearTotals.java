package org.huzhu.claims.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.Postgres;

/**
 * The member-year rows of a whole plan year ({@code claims.member_year}) around a bulk reassessment: every
 * member with approved claims in it gets a row, all rows are locked, and afterwards each row's approved total
 * is set to the sum of the member's approved claims of the year again.
 *
 * <p>Set-based, with one aggregate over the plan year's claims, so that the work grows with the number of
 * claims whatever the planner estimates: on tables filled in bulk and never analyzed it believes them empty,
 * and a total computed per member-year row then scans the whole plan year once per member.</p>
 */
final class MemberYearTotals {

    /** The plan year's claims that count: approved ones, which alone have contribution rows. */
    private static final String APPROVED_CLAIMS = "from claims.claim c where c.plan_code = ? and c.year_start = ? "
            + "and exists (select 1 from claims.contribution k where k.claim_id = c.id)";

    private static final String GROUPED = "insert into claims.member_year (member_id, plan_code, year_start, approved_total, "
            + "updated_at) select member_id, plan_code, year_start, sum(amount), ? from ("
            + "select c.member_id, c.plan_code, c.year_start, c.approved_amount as amount " + APPROVED_CLAIMS
            + " union all select y.member_id, y.plan_code, y.year_start, 0 from claims.member_year y where y.plan_code = ? "
            + "and y.year_start = ?) s group by member_id, plan_code, year_start "
            + "on conflict (member_id, plan_code, year_start) do update set approved_total = excluded.approved_total, "
            + "updated_at = excluded.updated_at";

    private static final String PER_ROW = "update claims.member_year set approved_total = (select coalesce(sum(c.approved_amount), 0) "
            + "from claims.claim c where c.member_id = claims.member_year.member_id and c.plan_code = claims.member_year.plan_code "
            + "and c.year_start = claims.member_year.year_start and exists (select 1 from claims.contribution k where k.claim_id = c.id)), "
            + "updated_at = ? where plan_code = ? and year_start = ?";

    private MemberYearTotals() {
    }

    /** Creates the missing rows of the plan year's members with approved claims, then locks every row of the plan year. */
    static void lock(Connection connection, String planCode, LocalDate yearStart) throws SQLException {
        try (PreparedStatement missing = Jdbc.prepare(connection, "insert into claims.member_year (member_id, plan_code, year_start, "
                + "approved_total) select distinct c.member_id, c.plan_code, c.year_start, 0 " + APPROVED_CLAIMS + " on conflict do nothing",
                planCode, yearStart);
             PreparedStatement lock = Jdbc.prepare(connection, "select member_id from claims.member_year where plan_code = ? "
                     + "and year_start = ? for update", planCode, yearStart)) {
            missing.executeUpdate();
            lock.executeQuery().close();
        }
    }

    /**
     * Sets every row of the plan year to its member's total of approved claims (zero without any). On PostgreSQL
     * one grouped insert whose conflicts update: the plan year's approved claims and its rows (each adding zero)
     * summed per member, each sum written to its row through the primary key. H2 (evaluation mode) has no
     * {@code on conflict do update}; its small databases take the total per row.
     */
    static void recompute(Connection connection, String planCode, LocalDate yearStart, LocalDateTime now) throws SQLException {
        Timestamp at = Timestamp.valueOf(now);
        try (PreparedStatement totals = Postgres.is(connection)
                ? Jdbc.prepare(connection, GROUPED, at, planCode, yearStart, planCode, yearStart)
                : Jdbc.prepare(connection, PER_ROW, at, planCode, yearStart)) {
            totals.executeUpdate();
        }
    }
}
