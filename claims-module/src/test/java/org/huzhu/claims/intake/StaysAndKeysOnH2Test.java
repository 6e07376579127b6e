package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.h2.jdbcx.JdbcDataSource;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.platform.api.Jdbc;
import org.junit.jupiter.api.Test;

/**
 * On H2 in PostgreSQL mode with every claims migration (the evaluation database): a claim can be REFUSED and carry a
 * stage, the same person's idempotency key files one claim, and a stay overlapping another live stay of the same member
 * is found (the same query runs on PostgreSQL).
 */
class StaysAndKeysOnH2Test {

    @Test
    void overlappingStaysOfTheSameMemberAreFoundAndDecidedOnesAreNot() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:stays;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (Connection db = ClaimsOnH2.open("stays;DB_CLOSE_DELAY=-1")) {
            long first = stay(db, 1, "2026-03-01", "2026-03-10", "APPROVED", "a");
            long overlapping = stay(db, 1, "2026-03-10", "2026-03-12", "ASSESSED", "b");
            long after = stay(db, 1, "2026-03-13", "2026-03-20", "ASSESSED", "c");
            long otherMember = stay(db, 2, "2026-03-05", "2026-03-06", "ASSESSED", "d");
            long rejected = stay(db, 3, "2026-03-01", "2026-03-10", "REJECTED", "e");
            long laterOfThree = stay(db, 3, "2026-03-02", "2026-03-04", "REFUSED", "f");
            OverlappingStays stays = new OverlappingStays();
            stays.dataSource = h2;
            Optional<AssessmentReason> found = stays.of(row(h2, overlapping));
            assertEquals("OVERLAPPING_STAY[" + ClaimsProblem.reference(first) + ", 2026-03-01, 2026-03-10]", found.map(Object::toString).orElse(""));
            assertEquals(ClaimsProblem.reference(overlapping), stays.of(row(h2, first)).map(r -> r.arguments().get(0)).orElse(""));
            assertEquals(Optional.empty(), stays.of(row(h2, after)), "the day after discharge is another stay");
            assertEquals(Optional.empty(), stays.of(row(h2, otherMember)), "another member's stay");
            assertEquals(Optional.empty(), stays.of(row(h2, laterOfThree)), "a rejected stay is no longer claimed");
            assertEquals(Optional.empty(), stays.of(row(h2, rejected)), "nor a stay the rules refused");
        }
    }

    @Test
    void theSamePersonsKeyFilesOneClaimAndStagesAreEarlyOrMain() throws Exception {
        try (Connection db = ClaimsOnH2.open("keys"); Statement statement = db.createStatement()) {
            long refused = stay(db, 1, "2026-03-01", "2026-03-10", "REFUSED", "k1");
            stay(db, 2, "2026-03-01", "2026-03-10", "ASSESSED", null);
            stay(db, 3, "2026-03-01", "2026-03-10", "ASSESSED", null);
            assertEquals("23505", assertThrows(SQLException.class, () -> stay(db, 4, "2026-03-01", "2026-03-02", "ASSESSED", "k1"))
                    .getSQLState(), "the same key from the same person");
            statement.execute("update claims.claim set disease_stage = 'EARLY' where id = " + refused);
            assertEquals("23513", assertThrows(SQLException.class,
                    () -> statement.execute("update claims.claim set disease_stage = 'T1N0M0' where id = " + refused)).getSQLState());
            assertEquals("23513", assertThrows(SQLException.class,
                    () -> statement.execute("update claims.claim set status = 'DENIED' where id = " + refused)).getSQLState());
        }
    }

    private static ClaimRow row(JdbcDataSource h2, long id) {
        return Jdbc.queryOne(h2, ClaimRow.COLUMNS + "where c.id = ?", ClaimRow::map, id).orElseThrow();
    }

    private static long stay(Connection db, long memberId, String admission, String discharge, String status, String key) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("insert into claims.claim (member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, "
                    + "enrolment_version_id, plan_version_id, claim_type, service_date, end_date, received_on, year_start, year_end, source, "
                    + "status, created_by, created_at, updated_at, idempotency_key) values (" + memberId + ", '110101199003070014', 'x', 'U', "
                    + "'P', 1, 1, 1, 'INPATIENT', date '" + admission + "', date '" + discharge + "', date '2026-04-01', date '2026-01-01', "
                    + "date '2026-12-31', 'FORM', '" + status + "', 'officer', current_timestamp, current_timestamp, "
                    + (key == null ? "null" : "'" + key + "'") + ")", new String[] {"id"});
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
