package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.api.assessment.PlanYear;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.api.assessment.Step;
import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.claims.intake.rules.Contribution;
import org.junit.jupiter.api.Test;

/** The rows of assessments, contributions, the claims' new state and events, as the bulk writer leaves them on H2 (evaluation mode). */
class AssessmentWriterOnH2Test {

    private static final PlanYear YEAR = new PlanYear(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 1, 9, 30, 15, 250_000_000);

    @Test
    void aPlanYearsClaimsAreWrittenWithNumberedLinesReasonsContributionsAndTheirNewState() throws Exception {
        try (Connection db = ClaimsOnH2.open("assessment_writer")) {
            long first = ClaimsOnH2.claim(db, 1, "0");
            long second = ClaimsOnH2.claim(db, 2, "0");
            AssessmentReason deductible = AssessmentReason.of(ReasonCode.BELOW_DEDUCTIBLE, new BigDecimal("1000"), "1000.00");
            Assessment paid = new Assessment(ClaimType.INPATIENT, YEAR, new BigDecimal("4500.00"), List.of(
                    new AssessmentLine("INPATIENT", Step.DEDUCTIBLE, "1000.00", new BigDecimal("1000"), Optional.empty(), BigDecimal.ZERO,
                            Optional.of(BigDecimal.ZERO), Optional.of(deductible)),
                    new AssessmentLine("INPATIENT", Step.BAND, "1000.00-10000.00", new BigDecimal("9000"), Optional.of(new BigDecimal("0.5")),
                            new BigDecimal("4500"), Optional.empty(), Optional.empty())), List.of(deductible));
            Assessment refused = new Assessment(ClaimType.INPATIENT, YEAR, new BigDecimal("0.00"), List.of(),
                    List.of(AssessmentReason.of(ReasonCode.LATE_CLAIM, "discharge", "tab\there"), AssessmentReason.of(ReasonCode.PREMIUM_UNPAID)));
            try (AssessmentWriter writer = AssessmentWriter.bulk(db)) {
                assertInstanceOf(AssessmentBatches.class, writer, "H2 takes JDBC batches");
                writer.assessment(first, 1, "REASSESS_YEAR", 5, paid, "it", AT);
                writer.contributions(first, 1, "P", YEAR.start(), List.of(new Contribution("INPATIENT", null, new BigDecimal("10000"),
                        new BigDecimal("4500"), 0, BigDecimal.ZERO, BigDecimal.ZERO)));
                writer.claim(first, 1, paid, 5, paid.payable(), ClaimStatus.APPROVED, AT);
                writer.flush();
                writer.assessment(second, 1, "REASSESS_YEAR", 5, refused, "it", AT);
                writer.claim(second, 1, refused, 5, refused.payable(), ClaimStatus.REJECTED, AT);
                writer.event(second, AT, "it", "REASSESS_YEAR", ClaimStatus.APPROVED, ClaimStatus.REJECTED, "0 -> 0.00");
                writer.flush();
            }
            assertEquals(List.of(first + "|1|REASSESS_YEAR|5|2026-01-01|2026-12-31|4500.00|it|2026-03-01 09:30:15.25",
                            second + "|1|REASSESS_YEAR|5|2026-01-01|2026-12-31|0.00|it|2026-03-01 09:30:15.25"),
                    rows(db, "select * from claims.assessment order by claim_id"));
            assertEquals(List.of(first + "|1|1|INPATIENT|DEDUCTIBLE|1000.00|1000.00000000|null|0.00000000|0.00000000|BELOW_DEDUCTIBLE|1000.00\u001f1000.00",
                            first + "|1|2|INPATIENT|BAND|1000.00-10000.00|9000.00000000|0.50000000|4500.00000000|null|null|null"),
                    rows(db, "select * from claims.assessment_line order by claim_id, line_no"));
            assertEquals(List.of(first + "|1|1|BELOW_DEDUCTIBLE|1000.00\u001f1000.00", second + "|1|1|LATE_CLAIM.discharge|tab\there",
                            second + "|1|2|PREMIUM_UNPAID|"),
                    rows(db, "select * from claims.assessment_reason order by claim_id, position"));
            assertEquals(List.of(first + "|INPATIENT|1|P|2026-01-01|null|10000.00000000|4500.00000000|0|0.00000000|0.00000000"),
                    rows(db, "select * from claims.contribution"));
            assertEquals(List.of(first + "|1|4500.00|5|4500.00|APPROVED|2026-03-01 09:30:15.25", second + "|1|0.00|5|0.00|REJECTED|2026-03-01 09:30:15.25"),
                    rows(db, "select id, assessment_no, payable, plan_version_id, approved_amount, status, updated_at from claims.claim order by id"));
            assertEquals(List.of(second + "|2026-03-01 09:30:15.25|it|REASSESS_YEAR|APPROVED|REJECTED|0 -> 0.00"),
                    rows(db, "select claim_id, at, actor, action, from_status, to_status, note from claims.claim_event"));
        }
    }

    private static List<String> rows(Connection db, String select) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(select)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    text.append(i > 1 ? "|" : "").append(row.getString(i));
                }
                rows.add(text.toString());
            }
        }
        return rows;
    }
}
