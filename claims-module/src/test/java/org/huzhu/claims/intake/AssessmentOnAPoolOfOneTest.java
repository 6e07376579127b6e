package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.h2.jdbcx.JdbcConnectionPool;
import org.huzhu.claims.api.ClaimRequests;
import org.huzhu.claims.assessment.SeedPlans;
import org.huzhu.insurance.api.enrolment.CoverLookup;
import org.huzhu.insurance.api.enrolment.CoverRecord;
import org.huzhu.insurance.api.enrolment.VersionRules;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.Jdbc;
import org.junit.jupiter.api.Test;

/**
 * A claim's assessment is read (GET of a claim: outside a transaction) holding one connection at a time: on a pool of one
 * connection it is read with its plan version's code. Looking the version up inside the assessment's row mapper asked the
 * pool for a second connection (the cover look-up reads the same database) while holding the only one.
 */
class AssessmentOnAPoolOfOneTest {

    private static final String URL = "jdbc:h2:mem:assessment_pool_of_one;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void anAssessmentIsReadWithItsVersionOnAPoolOfOne() throws Exception {
        try (Connection db = ClaimsOnH2.open("assessment_pool_of_one")) {
            long claim = ClaimsOnH2.claim(db, 7, "1200.00");
            try (Statement statement = db.createStatement()) {
                statement.execute("insert into claims.assessment (claim_id, assessment_no, purpose, plan_version_id, year_start, year_end, "
                        + "payable, assessed_by, assessed_at) values (" + claim + ", 1, 'APPROVAL', 1, date '2026-01-01', date '2026-12-31', "
                        + "1200.00, 't', timestamp '2026-02-05 10:00:00')");
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(URL, "", "");
            try {
                pool.setMaxConnections(1);
                pool.setLoginTimeout(1);
                Assessments assessments = new Assessments();
                assessments.dataSource = pool;
                assessments.covers = new VersionsFrom(pool);
                ClaimRequests.AssessmentView view = assessments.view(claim, 1, Locale.ENGLISH).orElseThrow();
                assertEquals("2016", view.versionCode());
                assertEquals(new BigDecimal("1200.00"), view.payable());
                assertEquals(LocalDate.of(2026, 1, 1), view.planYearStart());
                assertEquals(0, pool.getActiveConnections(), "every connection given back");
            } finally {
                pool.dispose();
            }
        }
    }

    /** Plan versions read, as the real look-up reads them, with a connection of the same pool. */
    private record VersionsFrom(JdbcConnectionPool pool) implements CoverLookup {

        @Override
        public Optional<VersionRules> version(long planVersionId) {
            return Jdbc.queryOne(pool, "select 1", row -> new VersionRules(planVersionId, "WORKING_INPATIENT", "2016",
                    SeedPlans.seeded("WORKING_INPATIENT", "2016")));
        }

        @Override
        public Optional<CoverRecord> cover(ResidentId member, String planCode, LocalDate date) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<VersionRules> versionInForce(String planCode, LocalDate date) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CoverRecord> covers(Collection<Long> enrolmentIds) {
            throw new UnsupportedOperationException();
        }
    }
}
