package org.huzhu.claims.intake;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import org.huzhu.claims.api.Decision;
import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.claims.intake.rules.Contribution;
import org.huzhu.claims.intake.rules.RejectReason;
import org.huzhu.insurance.api.ledger.BenefitLedger;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.Postgres;

/**
 * The claim workflow: received → assessed → (second review) → approved or rejected → in a payment batch →
 * paid; pending for documents, withdrawn, appeal (reopens and reassesses), reversal (takes an approved claim
 * back and reassesses the member's other claims of the plan year).
 *
 * <p>Race safety: every decision that changes what a member has been granted in a plan year first locks the
 * member's row in {@code claims.member_year} ({@code select ... for update}), then the claim row, and only
 * then reads the committed history and reassesses. Two approvals for the same member and plan year therefore
 * run one after the other, and the second sees the first's contribution: annual limits hold.</p>
 *
 * <p>A hot member never starves the pool: no more than {@link ClaimSettings#decisionsPerMember()} decisions on one
 * member's plan year run or wait at once in this server ({@link OneMemberAtATime}; the rest are answered 409 before they
 * take a connection), and the lock is waited for at most {@link ClaimSettings#lockTimeoutMillis()} (PostgreSQL's
 * {@code lock_timeout} for this transaction), then 409 "being decided, try again" and nothing written.</p>
 */
@ApplicationScoped
public class ClaimWorkflow {

    private static final Set<ClaimStatus> ASSESSABLE = EnumSet.of(ClaimStatus.RECEIVED, ClaimStatus.ASSESSED,
            ClaimStatus.PENDING_DOCUMENTS, ClaimStatus.APPEALED, ClaimStatus.REFUSED);
    /** Where a claim may be approved: assessed (first review) or waiting for the second review. */
    private static final Set<ClaimStatus> APPROVABLE = EnumSet.of(ClaimStatus.ASSESSED, ClaimStatus.SECOND_REVIEW);
    private static final Set<ClaimStatus> REJECTABLE = EnumSet.of(ClaimStatus.ASSESSED, ClaimStatus.SECOND_REVIEW,
            ClaimStatus.PENDING_DOCUMENTS, ClaimStatus.RECEIVED, ClaimStatus.APPEALED);
    /** Where a member's request can be completed at intake: received, or pending for documents. */
    private static final Set<ClaimStatus> COMPLETABLE = EnumSet.of(ClaimStatus.RECEIVED, ClaimStatus.PENDING_DOCUMENTS);
    private static final Set<ClaimStatus> PENDABLE = EnumSet.of(ClaimStatus.RECEIVED, ClaimStatus.ASSESSED, ClaimStatus.SECOND_REVIEW,
            ClaimStatus.APPEALED);

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    Assessments assessments;

    @Inject
    ClaimEvents events;

    @Inject
    BusinessClock clock;

    @Inject
    AccessPolicy policy;

    @Inject
    BenefitLedger ledger;

    @Inject
    ClaimIntake intake;

    /**
     * Who decides: the caller, whom the access policy checks on the locked claim (its unit, who filed it, who reviewed it
     * first) before anything changes.
     */
    public record Actor(Caller caller) {

        public String user() {
            return caller.username();
        }
    }

    @Transactional
    @OneMemberAtATime
    public void reassess(long claimId, Actor actor, String note) {
        ClaimRow claim = lock(claimId);
        permit(actor, Action.DECIDE_CLAIM, claim);
        requireStatus(claim, ASSESSABLE);
        if (claim.awaitsIntake()) {
            throw ClaimsProblem.conflict("claim.intake.first", claim.reference());
        }
        assessNow(claim, actor.user(), "REASSESS", note);
    }

    /**
     * Intake of a member's request: the officer completes the coded fields from its documents and the claim is assessed
     * (RECEIVED or PENDING_DOCUMENTS → ASSESSED, or REFUSED with its reason). Only a request not yet completed.
     */
    @Transactional
    @OneMemberAtATime
    public void complete(long claimId, Actor actor, org.huzhu.claims.api.ClaimRequests.NewClaim facts) {
        ClaimRow claim = lock(claimId);
        permit(actor, Action.DECIDE_CLAIM, claim);
        requireStatus(claim, COMPLETABLE);
        if (!claim.awaitsIntake()) {
            throw ClaimsProblem.conflict("claim.intake.done", claim.reference());
        }
        intake.complete(claim, facts, actor.user());
    }

    /**
     * First-level approval of an assessed claim (to second review when it needs one), or the second
     * reviewer's approval: a supervisor other than the first reviewer.
     */
    @Transactional
    @OneMemberAtATime
    public void approve(long claimId, Actor actor, String note) {
        ClaimRow claim = lock(claimId);
        permit(actor, approval(claim), claim);
        requireStatus(claim, APPROVABLE);
        if (claim.status() == ClaimStatus.SECOND_REVIEW) {
            approveNow(claim, actor.user(), note);
            return;
        }
        Assessments.Context context = context(claim);
        Assessment result = assessments.assess(context, claim.facts(), history(claim, context));
        if (assessments.needsSecondReview(claim, result.payable())) {
            assessments.store(claim, context, result, "FIRST_REVIEW", actor.user(), false, ClaimStatus.SECOND_REVIEW);
            Jdbc.update(dataSource, "update claims.claim set first_reviewer = ? where id = ?", actor.user(), claimId);
            events.record(claimId, actor.user(), "APPROVE_FIRST", claim.status(), ClaimStatus.SECOND_REVIEW, note);
            return;
        }
        Jdbc.update(dataSource, "update claims.claim set first_reviewer = ? where id = ?", actor.user(), claimId);
        approveNow(claim, actor.user(), note);
    }

    @Transactional
    @OneMemberAtATime
    public void reject(long claimId, Actor actor, RejectReason reason, String note) {
        ClaimRow claim = lock(claimId);
        permit(actor, rejection(claim), claim);
        requireStatus(claim, REJECTABLE);
        if (hasContributions(claimId)) {
            // an appeal against an earlier approval is turned down: the earlier decision stands
            ClaimStatus back = claim.paidAmount().compareTo(claim.approvedAmount()) >= 0 && claim.paidAmount().signum() > 0
                    ? ClaimStatus.PAID : ClaimStatus.APPROVED;
            setStatus(claimId, back, null);
            events.record(claimId, actor.user(), "APPEAL_REJECTED", claim.status(), back, reason + (note == null ? "" : ": " + note));
            return;
        }
        setStatus(claimId, ClaimStatus.REJECTED, reason.name());
        events.record(claimId, actor.user(), "REJECT", claim.status(), ClaimStatus.REJECTED, reason + (note == null ? "" : ": " + note));
    }

    @Transactional
    @OneMemberAtATime
    public void pend(long claimId, Actor actor, String note) {
        ClaimRow claim = lock(claimId);
        permit(actor, Action.DECIDE_CLAIM, claim);
        requireStatus(claim, PENDABLE);
        setStatus(claimId, ClaimStatus.PENDING_DOCUMENTS, null);
        events.record(claimId, actor.user(), "PEND", claim.status(), ClaimStatus.PENDING_DOCUMENTS, note);
    }

    @Transactional
    @OneMemberAtATime
    public void withdraw(long claimId, Actor actor, String note) {
        ClaimRow claim = lock(claimId);
        permit(actor, Action.FOLLOW_UP_CLAIM, claim);
        requireStatus(claim, EnumSet.of(ClaimStatus.RECEIVED, ClaimStatus.ASSESSED, ClaimStatus.SECOND_REVIEW,
                ClaimStatus.PENDING_DOCUMENTS, ClaimStatus.APPEALED));
        if (hasContributions(claimId)) {
            throw ClaimsProblem.conflict("claim.withdraw.approvedBefore", claim.reference());
        }
        setStatus(claimId, ClaimStatus.WITHDRAWN, null);
        events.record(claimId, actor.user(), "WITHDRAW", claim.status(), ClaimStatus.WITHDRAWN, note);
    }

    /** Reopens a rejected, approved or paid claim and reassesses it; a later approval pays only the difference. */
    @Transactional
    @OneMemberAtATime
    public void appeal(long claimId, Actor actor, String note) {
        ClaimRow claim = lock(claimId);
        permit(actor, Action.FOLLOW_UP_CLAIM, claim);
        requireStatus(claim, EnumSet.of(ClaimStatus.REJECTED, ClaimStatus.REFUSED, ClaimStatus.APPROVED, ClaimStatus.PAID));
        setStatus(claimId, ClaimStatus.APPEALED, null);
        Jdbc.update(dataSource, "update claims.claim set reject_reason = null, first_reviewer = null where id = ?", claimId);
        events.record(claimId, actor.user(), "APPEAL", claim.status(), ClaimStatus.APPEALED, note);
        ClaimRow reopened = load(claimId);
        assessNow(reopened, actor.user(), "APPEAL", null);
    }

    /**
     * Takes back an approved (or paid) claim: it no longer counts in the member's plan year, and the member's
     * other approved claims of that year are reassessed in order (they may now pay more; the difference is
     * paid in the next batch). What the claim had been paid is booked as to be recovered, in the same transaction.
     */
    @Transactional
    @OneMemberAtATime
    public List<Long> reverse(long claimId, Actor actor, String note) {
        ClaimRow claim = lock(claimId);
        permit(actor, Action.REVERSE_CLAIM, claim);
        requireStatus(claim, EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PAID));
        Jdbc.update(dataSource, "delete from claims.contribution where claim_id = ?", claimId);
        Jdbc.update(dataSource, "update claims.claim set status = ?, reject_reason = ?, approved_amount = 0, updated_at = ? where id = ?",
                ClaimStatus.REJECTED, RejectReason.REVERSED.name(), Timestamp.valueOf(clock.now()), claimId);
        events.record(claimId, actor.user(), "REVERSE", claim.status(), ClaimStatus.REJECTED, note);
        ledger.paidClaimReversed(claimId, claim.paidAmount(), actor.user());
        return reassessYear(claim.memberId(), claim.planCode(), claim.yearStart(), actor.user(), claim.reference());
    }

    /**
     * Approved claims go into a payment batch: APPROVED → IN_BATCH, one statement for all, in the caller's transaction;
     * fails (and the caller's transaction with it) when one of them is no longer approved. {@code notes} holds each
     * claim's event note (the batch, the amount), by claim id, in the batch's order.
     */
    @Transactional
    public void putInBatch(java.util.Map<Long, String> notes, String user) {
        Timestamp now = Timestamp.valueOf(clock.now());
        Jdbc.withConnection(dataSource, connection -> {
            try (var update = connection.prepareStatement("update claims.claim set status = ?, updated_at = ? where id = ? and status = ?")) {
                for (long claimId : notes.keySet()) {
                    Jdbc.bind(update, ClaimStatus.IN_BATCH.name(), now, claimId, ClaimStatus.APPROVED.name());
                    update.addBatch();
                }
                for (int count : update.executeBatch()) {
                    if (count != 1) {
                        throw new java.sql.SQLException("a claim left the approved status while the batch was built");
                    }
                }
            }
            return null;
        });
        notes.forEach((claimId, note) -> events.record(claimId, user, "BATCH", ClaimStatus.APPROVED, ClaimStatus.IN_BATCH, note));
    }

    /**
     * The bank paid a claim's line of a batch: the amount is added to what was paid, and the claim is PAID once all
     * that was approved is paid, else APPROVED again for the rest (an appeal approved more while it was in the batch).
     * A claim no longer in a batch is left alone.
     */
    @Transactional
    public void paymentMade(long claimId, BigDecimal amount, String user, String note) {
        ClaimRow claim = Jdbc.queryOne(dataSource, ClaimRow.COLUMNS + "where c.id = ? for update", ClaimRow::map, claimId).orElseThrow();
        if (claim.status() != ClaimStatus.IN_BATCH) {
            return;
        }
        ClaimStatus next = claim.approvedAmount().compareTo(claim.paidAmount().add(amount)) > 0 ? ClaimStatus.APPROVED : ClaimStatus.PAID;
        Jdbc.update(dataSource, "update claims.claim set paid_amount = paid_amount + ?, status = ?, updated_at = ? where id = ?", amount, next,
                Timestamp.valueOf(clock.now()), claimId);
        events.record(claimId, user, "PAID", ClaimStatus.IN_BATCH, next, note);
    }

    /** The bank could not pay a claim's line of a batch: the claim is APPROVED again, for a later batch. */
    @Transactional
    public void paymentFailed(long claimId, String user, String note) {
        int moved = Jdbc.update(dataSource, "update claims.claim set status = ?, updated_at = ? where id = ? and status = ?", ClaimStatus.APPROVED,
                Timestamp.valueOf(clock.now()), claimId, ClaimStatus.IN_BATCH);
        if (moved > 0) {
            events.record(claimId, user, "PAYMENT_FAILED", ClaimStatus.IN_BATCH, ClaimStatus.APPROVED, note);
        }
    }

    /**
     * Reassesses the member's approved claims of a plan year in order of their accounting date, each against
     * the ones before it; the caller holds the member-year lock.
     */
    List<Long> reassessYear(long memberId, String planCode, LocalDate yearStart, String user, String cause) {
        List<ClaimRow> approved = Jdbc.query(dataSource, ClaimRow.COLUMNS + "where c.member_id = ? and c.plan_code = ? and c.year_start = ? "
                + "and c.id in (select claim_id from claims.contribution) order by c.end_date, c.id for update", ClaimRow::map,
                memberId, planCode, yearStart);
        List<Contribution> before = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        for (ClaimRow claim : approved) {
            Assessments.Context context = context(claim);
            Assessment result = assessments.assess(context, claim.facts(), Contribution.history(before));
            ClaimStatus status = statusAfterApproval(claim, result.payable());
            assessments.store(claim, context, result, "REASSESS_YEAR", user, true, status);
            before.addAll(Contribution.of(result, context.version().rules(), claim.sheet()));
            if (result.payable().compareTo(claim.approvedAmount()) != 0 || status != claim.status()) {
                changed.add(claim.id());
                events.record(claim.id(), user, "REASSESS_YEAR", claim.status(), status,
                        "after " + cause + ": " + claim.approvedAmount() + " -> " + result.payable());
            }
        }
        updateTotal(memberId, planCode, yearStart);
        return changed;
    }

    private void approveNow(ClaimRow claim, String user, String note) {
        Assessments.Context context = context(claim);
        Assessment result = assessments.assess(context, claim.facts(), history(claim, context));
        ClaimStatus status = statusAfterApproval(claim, result.payable());
        assessments.store(claim, context, result, "APPROVAL", user, true, status);
        updateTotal(claim.memberId(), claim.planCode(), result.planYear().start());
        String text = "approved " + result.payable() + (note == null || note.isBlank() ? "" : ": " + note);
        events.record(claim.id(), user, "APPROVE", claim.status(), status, text);
    }

    /** Approved, or paid already when an appeal grants no more than was paid. */
    private static ClaimStatus statusAfterApproval(ClaimRow claim, BigDecimal payable) {
        if (claim.status() == ClaimStatus.IN_BATCH) {
            return ClaimStatus.IN_BATCH;
        }
        return claim.paidAmount().signum() > 0 && payable.compareTo(claim.paidAmount()) <= 0 ? ClaimStatus.PAID : ClaimStatus.APPROVED;
    }

    /** Assesses the claim for a decision still to come: ASSESSED, or REFUSED when the rules refuse it as a whole. */
    private void assessNow(ClaimRow claim, String user, String purpose, String note) {
        Assessments.Context context = context(claim);
        Assessment result = assessments.assess(context, claim.facts(), history(claim, context));
        assessments.storeAssessed(claim, context, result, purpose, user, claim.status(), note);
    }

    private Assessments.Context context(ClaimRow claim) {
        return assessments.context(claim.residentId(), claim.planCode(), claim.facts());
    }

    private MemberHistory history(ClaimRow claim, Assessments.Context context) {
        return assessments.history(claim.memberId(), claim.planCode(), context.year().start(), claim.id());
    }

    /** The access policy on the claim as locked: its unit, its member, who filed it and who gave the first review. */
    /**
     * The decisions this caller may take on the claim now: those its status allows (the same sets the decisions
     * themselves require) and the access policy grants this caller (four eyes included). For offering only these.
     */
    public Set<Decision> decisions(Caller caller, ClaimRow claim) {
        Set<Decision> open = EnumSet.noneOf(Decision.class);
        Target target = target(claim);
        if (APPROVABLE.contains(claim.status()) && policy.allows(caller, approval(claim), target)) {
            open.add(Decision.APPROVE);
        }
        if (REJECTABLE.contains(claim.status()) && policy.allows(caller, rejection(claim), target)) {
            open.add(Decision.REJECT);
        }
        if (PENDABLE.contains(claim.status()) && policy.allows(caller, Action.DECIDE_CLAIM, target)) {
            open.add(Decision.PEND);
        }
        if (claim.awaitsIntake() && COMPLETABLE.contains(claim.status()) && policy.allows(caller, Action.DECIDE_CLAIM, target)) {
            open.add(Decision.COMPLETE);
        }
        return open;
    }

    private static Action approval(ClaimRow claim) {
        return claim.status() == ClaimStatus.SECOND_REVIEW ? Action.SECOND_REVIEW_CLAIM : Action.APPROVE_CLAIM;
    }

    private static Action rejection(ClaimRow claim) {
        return claim.status() == ClaimStatus.SECOND_REVIEW ? Action.SECOND_REVIEW_CLAIM : Action.DECIDE_CLAIM;
    }

    private void permit(Actor actor, Action action, ClaimRow claim) {
        policy.require(actor.caller(), action, target(claim));
    }

    static Target target(ClaimRow claim) {
        return Target.claim(claim.reference(), claim.unitCode(), claim.residentId(), claim.createdBy(), claim.firstReviewer());
    }

    private static void requireStatus(ClaimRow claim, Set<ClaimStatus> allowed) {
        if (!allowed.contains(claim.status())) {
            throw ClaimsProblem.conflict("claim.status.wrong", claim.reference(), claim.status(), allowed);
        }
    }

    private boolean hasContributions(long claimId) {
        return Jdbc.queryOne(dataSource, "select count(*) from claims.contribution where claim_id = ?", row -> row.getLong(1), claimId)
                .orElse(0L) > 0;
    }

    private void setStatus(long claimId, ClaimStatus status, String rejectReason) {
        Jdbc.update(dataSource, "update claims.claim set status = ?, reject_reason = ?, updated_at = ? where id = ?", status,
                rejectReason, Timestamp.valueOf(clock.now()), claimId);
    }

    private void updateTotal(long memberId, String planCode, LocalDate yearStart) {
        Jdbc.update(dataSource, "update claims.member_year set approved_total = (select coalesce(sum(approved_amount), 0) "
                + "from claims.claim c where c.member_id = ? and c.plan_code = ? and c.year_start = ? "
                + "and c.id in (select claim_id from claims.contribution)), updated_at = ? "
                + "where member_id = ? and plan_code = ? and year_start = ?", memberId, planCode, yearStart,
                Timestamp.valueOf(clock.now()), memberId, planCode, yearStart);
    }

    /**
     * Locks the member's plan-year row, then the claim row, and returns the claim as committed; waits for the locks no
     * longer than the lock timeout, then 409 "being decided, try again".
     */
    ClaimRow lock(long claimId) {
        ClaimRow plain = load(claimId);
        try {
            lockYear(plain.memberId(), plain.planCode(), plain.yearStart());
            return Jdbc.queryOne(dataSource, ClaimRow.COLUMNS + "where c.id = ? for update", ClaimRow::map, claimId).orElseThrow();
        } catch (Jdbc.DataAccessException locked) {
            if (locked.isBusy()) {
                throw ClaimsProblem.conflict("claim.busy", plain.reference());
            }
            throw locked;
        }
    }

    void lockYear(long memberId, String planCode, LocalDate yearStart) {
        Jdbc.withConnection(dataSource, connection -> {
            if (Postgres.is(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local lock_timeout = " + Math.max(1, ClaimSettings.lockTimeoutMillis()));
                }
            }
            return null;
        });
        Jdbc.update(dataSource, "insert into claims.member_year (member_id, plan_code, year_start, approved_total) values (?, ?, ?, 0) "
                + "on conflict do nothing", memberId, planCode, yearStart);
        Jdbc.query(dataSource, "select member_id from claims.member_year where member_id = ? and plan_code = ? and year_start = ? for update",
                row -> row.getLong(1), memberId, planCode, yearStart);
    }

    ClaimRow load(long claimId) {
        return Jdbc.queryOne(dataSource, ClaimRow.COLUMNS + "where c.id = ?", ClaimRow::map, claimId)
                .orElseThrow(() -> ClaimsProblem.notFound("claim.notFound", claimId));
    }
}
