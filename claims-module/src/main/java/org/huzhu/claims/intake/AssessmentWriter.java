package org.huzhu.claims.intake;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.claims.api.assessment.AssessmentReason;
import org.postgresql.copy.CopyManager;
import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.claims.intake.rules.Contribution;
import org.huzhu.platform.api.Postgres;

/**
 * Writes assessments (with their lines and reasons), contributions, the claims' new state and its events on one connection:
 * one claim at a time in the workflow, thousands at a time when a plan year is reassessed. The rows are the same
 * everywhere; how they reach the database is the subclass's: JDBC batches, or {@code COPY} on PostgreSQL.
 */
abstract class AssessmentWriter implements AutoCloseable {

    static final String SEPARATOR = "\u001f";

    /** The tables written row by row, with their columns in the order of the values. */
    enum Table {
        ASSESSMENT("claims.assessment (claim_id, assessment_no, purpose, plan_version_id, year_start, year_end, payable, assessed_by, "
                + "assessed_at)"),
        LINE("claims.assessment_line (claim_id, assessment_no, line_no, benefit, step, rule_text, base, rate, amount, remaining, "
                + "reason_key, reason_args)"),
        REASON("claims.assessment_reason (claim_id, assessment_no, position, reason_key, reason_args)"),
        CONTRIBUTION("claims.contribution (claim_id, benefit, member_id, plan_code, year_start, cap_group, in_scope, paid, days, "
                + "early_stage, main_sum)"),
        EVENT("claims.claim_event (claim_id, at, actor, action, from_status, to_status, note)");

        final String columns;

        Table(String columns) {
            this.columns = columns;
        }

        int width() {
            return columns.split(",").length;
        }
    }

    /** Single claims: JDBC batches. */
    static AssessmentWriter batches(Connection connection) throws SQLException {
        return new AssessmentBatches(connection);
    }

    /** A plan year's claims: {@code COPY} on PostgreSQL, JDBC batches on H2. */
    static AssessmentWriter bulk(Connection connection) throws SQLException {
        Optional<CopyManager> copy = Postgres.copy(connection);
        return copy.isPresent() ? new AssessmentCopy(connection, copy.get()) : new AssessmentBatches(connection);
    }

    /** Adds a row of values (in the table's column order) to what the next {@link #flush()} writes. */
    abstract void row(Table table, Object... values) throws SQLException;

    /**
     * Adds a claim's new state to what the next {@link #flush()} writes: assessment_no, payable, plan_version_id,
     * year_start, year_end, approved_amount, status, updated_at, then the claim's id.
     */
    abstract void claimState(Object... values) throws SQLException;

    /** Writes every row added since the last flush, in the order of the foreign keys. */
    abstract void flush() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    final void assessment(long claimId, int number, String purpose, long versionId, Assessment result, String user, LocalDateTime at)
            throws SQLException {
        row(Table.ASSESSMENT, claimId, number, purpose, versionId, result.planYear().start(), result.planYear().end(),
                result.payable(), user, Timestamp.valueOf(at));
        int lineNo = 0;
        for (AssessmentLine l : result.lines()) {
            row(Table.LINE, claimId, number, ++lineNo, l.benefit(), l.step().name(), l.rule(), l.base(), l.rate().orElse(null),
                    l.amount(), l.remaining().orElse(null), l.reason().map(AssessmentReason::key).orElse(null),
                    l.reason().map(AssessmentWriter::arguments).orElse(null));
        }
        int position = 0;
        for (AssessmentReason r : result.reasons()) {
            row(Table.REASON, claimId, number, ++position, r.key(), arguments(r));
        }
    }

    final void contributions(long claimId, long memberId, String planCode, LocalDate yearStart, List<Contribution> contributions)
            throws SQLException {
        for (Contribution c : contributions) {
            row(Table.CONTRIBUTION, claimId, c.benefit(), memberId, planCode, yearStart, c.capGroup(), c.inScope(), c.paid(), c.days(),
                    c.earlyStage(), c.mainSum());
        }
    }

    /** The claim's current assessment, amounts and status after a reassessment. */
    final void claim(long claimId, int number, Assessment result, long versionId, BigDecimal approved, ClaimStatus status,
                     LocalDateTime at) throws SQLException {
        claimState(number, result.payable(), versionId, result.planYear().start(), result.planYear().end(), approved, status,
                Timestamp.valueOf(at), claimId);
    }

    /** A change of the claim's status or approved amount, for its audit trail. */
    final void event(long claimId, LocalDateTime at, String actor, String action, ClaimStatus from, ClaimStatus to, String note)
            throws SQLException {
        row(Table.EVENT, claimId, Timestamp.valueOf(at), actor, action, from.name(), to.name(), note);
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
}
