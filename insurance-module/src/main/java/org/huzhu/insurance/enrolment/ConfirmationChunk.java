package org.huzhu.insurance.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.enrolment.BulkConfirmation.SkippedList;
import org.huzhu.insurance.api.enrolment.EnrolmentListsConfirmed;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.insurance.rules.CoverDates;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;

/**
 * The one way lists are confirmed: a few hundred lists (one part of a bulk confirmation, in a transaction of its
 * own) or one list ({@link EnrolmentLists#confirm}, in the caller's transaction) locked, checked (four eyes
 * included) and confirmed together, set-based.
 *
 * <p>The lists are locked in id order ({@code select ... for update}), so two supervisors confirming overlapping
 * selections wait for each other list by list and never deadlock; a list that the other one confirmed or rejected
 * in the meantime is found decided and left out, as is a list its submitter tries to confirm (four eyes), a list
 * that does not exist, and a list confirmed on or after the last day of its version's period. The lists kept are
 * confirmed in id order in runs of one plan version: per run, one {@code INSERT ... SELECT} of the enrolments
 * ({@link EnrolmentsFromLines}), one update of the lists and one {@link EnrolmentListsConfirmed} event, on which
 * premium accounting issues the bills in the same transaction. A later run sees the enrolments of the earlier ones,
 * as the next list confirmed one by one would.</p>
 */
@ApplicationScoped
public class ConfirmationChunk {

    private static final Logger LOG = Logger.getLogger(ConfirmationChunk.class.getName());

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    PlanVersions versions;

    @Inject
    Event<EnrolmentListsConfirmed> confirmations;

    @Inject
    BusinessClock clock;

    @Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    /** What one transaction did; {@code refusals} are why the skipped lists were left out, in the same order. */
    record Outcome(List<Long> confirmed, long enrolments, int bills, BigDecimal billed, List<SkippedList> skipped,
                   List<DomainException> refusals) {
    }

    private record LockedList(long id, long versionId, String unitCode, String submittedBy, String status) {
    }

    private record Run(PlanVersionRecord version, List<Long> listIds) {
    }

    /** Confirms the lists in a transaction of their own (one part of a bulk confirmation). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome confirm(List<Long> listIds, LocalDate confirmedOn, String supervisor) {
        return confirmInCurrentTransaction(listIds, confirmedOn, supervisor);
    }

    /** Confirms the lists in the caller's transaction: {@link EnrolmentLists#confirm} confirms one list this way. */
    @Transactional
    public Outcome confirmInCurrentTransaction(List<Long> listIds, LocalDate confirmedOn, String supervisor) {
        long start = System.nanoTime();
        Map<Long, LockedList> locked = new LinkedHashMap<>();
        for (LockedList list : Jdbc.query(dataSource, "select id, plan_version_id, unit_code, submitted_by, status from insurance.enrolment_list "
                + "where id in (" + EnrolmentsFromLines.placeholders(listIds.size()) + ") order by id for update",
                row -> new LockedList(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getString(5)), listIds.toArray())) {
            locked.put(list.id(), list);
        }
        List<SkippedList> skipped = new ArrayList<>();
        List<DomainException> refusals = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        for (long id : listIds.stream().sorted().distinct().toList()) {
            LockedList list = locked.get(id);
            DomainException refusal = refusal(id, list, confirmedOn, supervisor);
            if (refusal != null) {
                skipped.add(new SkippedList(id, list == null ? null : list.unitCode(), new Reason(refusal.code(), refusal.arguments())));
                refusals.add(refusal);
                continue;
            }
            Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last == null || last.version().id() != list.versionId()) {
                last = new Run(versions.require(list.versionId()), new ArrayList<>());
                runs.add(last);
            }
            last.listIds().add(id);
        }
        long lockedAt = System.nanoTime();
        long enrolments = 0;
        List<Long> confirmed = new ArrayList<>();
        for (Run run : runs) {
            enrolments += confirmRun(run, confirmedOn, supervisor);
            confirmed.addAll(run.listIds());
        }
        if (confirmed.isEmpty()) {
            return new Outcome(confirmed, 0, 0, BigDecimal.ZERO.setScale(2), skipped, refusals);
        }
        record Billed(int bills, BigDecimal total) {
        }
        Billed billed = Jdbc.queryOne(dataSource, "select count(*), coalesce(sum(total), 0) from insurance.bill where list_id in ("
                + EnrolmentsFromLines.placeholders(confirmed.size()) + ")", row -> new Billed(row.getInt(1), row.getBigDecimal(2)),
                confirmed.toArray()).orElseThrow();
        trail.recordEach(supervisor, "LIST_CONFIRMED", org.huzhu.platform.api.audit.AuditedObject.LIST,
                confirmed.stream().map(String::valueOf).toList(), Map.of("status", "SUBMITTED"), Map.of("status", "CONFIRMED",
                        "confirmedOn", confirmedOn.toString(), "bulk", true));
        long lists = confirmed.size();
        long created = enrolments;
        LOG.fine(() -> String.format(Locale.ROOT, "%d lists, %d enrolments: locked in %d ms, confirmed and billed in %d ms", lists, created,
                (lockedAt - start) / 1_000_000, (System.nanoTime() - lockedAt) / 1_000_000));
        return new Outcome(confirmed, enrolments, billed.bills(), billed.total().setScale(2), skipped, refusals);
    }

    /** Why a list is left out (what confirming it alone answers), or null when it can be confirmed. */
    private DomainException refusal(long id, LockedList list, LocalDate confirmedOn, String supervisor) {
        if (list == null) {
            return Reason.of("enrolment.list.notFound", id).exception(DomainException.Kind.NOT_FOUND);
        }
        if (!"SUBMITTED".equals(list.status())) {
            return Reason.of("enrolment.list.decided", id, list.status()).exception(DomainException.Kind.CONFLICT);
        }
        if (!AccessPolicy.differentPeople(list.submittedBy(), supervisor)) {
            return Reason.of("enrolment.list.ownList", id).exception(DomainException.Kind.FORBIDDEN);
        }
        try {
            new CoverDates(versions.require(list.versionId()).rules()).coverStart(confirmedOn);
            return null;
        } catch (DomainException tooLate) {
            return tooLate;
        }
    }

    private long confirmRun(Run run, LocalDate confirmedOn, String supervisor) {
        PlanVersionRecord version = run.version();
        CoverDates dates = new CoverDates(version.rules());
        List<Long> otherVersions = otherVersionsWithCover(version);
        EnrolmentsFromLines.Statement insert = EnrolmentsFromLines.insert(run.listIds(), version.id(), otherVersions,
                dates.coverStart(confirmedOn), version.rules().period().end(), dates.paymentDeadline(confirmedOn),
                version.rules().cover().waitingPeriodMonths());
        long start = System.nanoTime();
        int enrolments = Jdbc.withConnection(dataSource, connection -> execute(connection, insert));
        long inserted = System.nanoTime();
        List<Object> update = new ArrayList<>(List.of(supervisor, clock.timestamp(), confirmedOn));
        update.addAll(run.listIds());
        Jdbc.update(dataSource, "update insurance.enrolment_list set status = 'CONFIRMED', decided_by = ?, decided_at = ?, confirmed_on = ? "
                + "where id in (" + EnrolmentsFromLines.placeholders(run.listIds().size()) + ")", update.toArray());
        long updated = System.nanoTime();
        confirmations.fire(new EnrolmentListsConfirmed(run.listIds(), version.id(), confirmedOn));
        LOG.fine(() -> String.format(Locale.ROOT, "run of %d lists of version %d: %d enrolments inserted in %d ms (earlier cover %s), lists "
                + "updated in %d ms, billed in %d ms", run.listIds().size(), version.id(), enrolments, (inserted - start) / 1_000_000,
                otherVersions.isEmpty() ? "none" : "walked", (updated - inserted) / 1_000_000, (System.nanoTime() - updated) / 1_000_000));
        return enrolments;
    }

    /** The plan's other versions, if any of their enrolments did not lapse (only those can continue into this one). */
    private List<Long> otherVersionsWithCover(PlanVersionRecord version) {
        List<Long> others = Jdbc.query(dataSource, "select id from insurance.plan_version where plan_id = ? and id <> ? order by id",
                row -> row.getLong(1), version.planId(), version.id());
        if (others.isEmpty()) {
            return others;
        }
        List<Object> parameters = new ArrayList<>(others);
        boolean any = Jdbc.queryOne(dataSource, "select 1 from insurance.enrolment where plan_version_id in ("
                + EnrolmentsFromLines.placeholders(others.size()) + ") and status <> 'LAPSED' fetch first 1 rows only",
                row -> true, parameters.toArray()).orElse(false);
        return any ? others : List.of();
    }

    private static int execute(Connection connection, EnrolmentsFromLines.Statement statement) throws SQLException {
        try (PreparedStatement insert = Jdbc.prepare(connection, statement.sql(), statement.parameters().toArray())) {
            return insert.executeUpdate();
        }
    }
}
