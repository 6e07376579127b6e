package org.huzhu.claims.intake;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.platform.api.Jdbc;

/**
 * Writes assessments (with their lines and reasons) and contributions as JDBC batches on one connection:
 * one claim at a time in the workflow, thousands at a time when a plan year is reassessed.
 */
final class AssessmentWriter implements AutoCloseable {

    static final String SEPARATOR = "\u001f";

    private final PreparedStatement assessment;
    private final PreparedStatement line;
    private final PreparedStatement reason;
    private final PreparedStatement contribution;
    private final PreparedStatement claim;

    AssessmentWriter(Connection connection) throws SQLException {
        assessment = connection.prepareStatement("insert into claims.assessment (claim_id, assessment_no, purpose, plan_version_id, "
                + "year_start, year_end, payable, assessed_by, assessed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        line = connection.prepareStatement("insert into claims.assessment_line (claim_id, assessment_no, line_no, benefit, step, "
                + "rule_text, base, rate, amount, remaining, reason_key, reason_args) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        reason = connection.prepareStatement("insert into claims.assessment_reason (claim_id, assessment_no, position, reason_key, "
                + "reason_args) values (?, ?, ?, ?, ?)");
        contribution = connection.prepareStatement("insert into claims.contribution (claim_id, benefit, member_id, plan_code, year_start, "
                + "cap_group, in_scope, paid, days, early_stage, main_sum) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        claim = connection.prepareStatement("update claims.claim set assessment_no = ?, payable = ?, plan_version_id = ?, year_start = ?, "
                + "year_end = ?, approved_amount = ?, status = ?, updated_at = ? where id = ?");
    }

    void assessment(long claimId, int number, String purpose, long versionId, Assessment result, String user, LocalDateTime at)
            throws SQLException {
        Jdbc.bind(assessment, claimId, number, purpose, versionId, result.planYear().start(), result.planYear().end(),
                result.payable(), user, Timestamp.valueOf(at));
        assessment.addBatch();
        int lineNo = 0;
        for (AssessmentLine l : result.lines()) {
            Jdbc.bind(line, claimId, number, ++lineNo, l.benefit(), l.step().name(), l.rule(), l.base(), l.rate().orElse(null),
                    l.amount(), l.remaining().orElse(null), l.reason().map(AssessmentReason::key).orElse(null),
                    l.reason().map(AssessmentWriter::arguments).orElse(null));
            line.addBatch();
        }
        int position = 0;
        for (AssessmentReason r : result.reasons()) {
            Jdbc.bind(reason, claimId, number, ++position, r.key(), arguments(r));
            reason.addBatch();
        }
    }

    void contributions(long claimId, long memberId, String planCode, LocalDate yearStart, List<Contribution> contributions)
            throws SQLException {
        for (Contribution c : contributions) {
            Jdbc.bind(contribution, claimId, c.benefit(), memberId, planCode, yearStart, c.capGroup(), c.inScope(), c.paid(), c.days(),
                    c.earlyStage(), c.mainSum());
            contribution.addBatch();
        }
    }

    /** The claim's current assessment, amounts and status after a reassessment. */
    void claim(long claimId, int number, Assessment result, long versionId, BigDecimal approved, ClaimStatus status, LocalDateTime at)
            throws SQLException {
        Jdbc.bind(claim, number, result.payable(), versionId, result.planYear().start(), result.planYear().end(), approved, status,
                Timestamp.valueOf(at), claimId);
        claim.addBatch();
    }

    void flush() throws SQLException {
        Jdbc.executeBatch(assessment);
        Jdbc.executeBatch(line);
        Jdbc.executeBatch(reason);
        Jdbc.executeBatch(contribution);
        Jdbc.executeBatch(claim);
    }

    static String arguments(AssessmentReason reason) {
        return reason.arguments().stream().map(AssessmentWriter::neutral).collect(Collectors.joining(SEPARATOR));
    }

    private static String neutral(Object argument) {
        if (argument instanceof BigDecimal amount) {
            return org.huzhu.claims.api.assessment.Amounts.yuan(amount);
        }
        return String.valueOf(argument);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {assessment, line, reason, contribution, claim}) {
            statement.close();
        }
    }
}
