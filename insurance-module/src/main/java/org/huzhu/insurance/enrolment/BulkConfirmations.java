package org.huzhu.insurance.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.enrolment.BulkConfirmation;
import org.huzhu.insurance.api.enrolment.ListSelection;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.access.Scope;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;

/**
 * Bulk confirmation: a district-union supervisor confirms many waiting lists at once, with the same enrolments, bills
 * and journal entries as confirming them one by one in list order ({@link EnrolmentLists#confirm}).
 *
 * <p>The selection is resolved to list numbers, which are confirmed in ascending order in transactions of at most
 * {@code listsPerTransaction} lists each ({@link ConfirmationChunk}), so that no request holds one giant
 * transaction; the transactions committed before a failure stay committed, and confirming the same selection again
 * picks up the lists still waiting. Lists that cannot be confirmed are reported with the reason, never confirmed.
 * When the lists are independent of each other (one plan version, one list per unit: no transaction then writes
 * what another reads, neither earlier cover nor a unit's credit) two transactions run at a time, which changes
 * nothing in what they write; otherwise one after the other, each seeing what the earlier ones wrote, as the list
 * confirmed next one by one would.</p>
 *
 * <p>On PostgreSQL the planner needs statistics that match the tables: before a selection of more than one
 * transaction the tables read are analysed, while it runs the enrolment, bill and journal tables are analysed
 * each time the enrolments written since the last analysis outnumber those counted then, and after it the tables
 * written are analysed when it added at least a tenth to the enrolments ({@link PlannerStatistics}).</p>
 */
@ApplicationScoped
public class BulkConfirmations {

    public static final int DEFAULT_LISTS_PER_TRANSACTION = 500;
    public static final int MAX_LISTS_PER_TRANSACTION = 5_000;
    public static final int MAX_LISTS_NAMED = 100_000;
    /** Transactions at a time when the lists are independent: the database and the server have two cores here. */
    static final int WORKERS = 2;
    private static final int IN_LIST = 1_000;
    /** Enrolments written below which no analysis is worth its cost. */
    private static final long ANALYZE_FLOOR = 10_000;
    private static final List<String> READ = List.of("insurance.enrolment_list", "insurance.enrolment_list_line", "insurance.enrolment");
    private static final List<String> GROWING = List.of("insurance.enrolment", "insurance.bill", "insurance.journal_entry");
    private static final List<String> WRITTEN = List.of("insurance.enrolment_list", "insurance.enrolment", "insurance.bill",
            "insurance.bill_line", "insurance.journal_entry", "insurance.journal_posting", "insurance.unit_account");
    private static final Logger LOG = Logger.getLogger(BulkConfirmations.class.getName());

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    PlanVersions versions;

    @Inject
    MemberDirectory directory;

    @Inject
    ConfirmationChunk chunks;

    @Inject
    PlannerStatistics statistics;

    @Resource
    ManagedExecutorService executor;

    /**
     * Confirms the selected lists on a date as {@code supervisor}.
     *
     * @param listsPerTransaction null for {@link #DEFAULT_LISTS_PER_TRANSACTION}
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BulkConfirmation confirm(ListSelection selection, LocalDate confirmedOn, String supervisor, Integer listsPerTransaction) {
        return confirm(selection, confirmedOn, supervisor, listsPerTransaction, Scope.all());
    }

    /**
     * Confirms the selected lists of the units within {@code scope} (the supervisor's, from the access policy): naming a
     * list of a unit outside it refuses the whole request (403, nothing confirmed); a plan version's lists outside it are
     * not selected.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BulkConfirmation confirm(ListSelection selection, LocalDate confirmedOn, String supervisor, Integer listsPerTransaction,
                                    Scope scope) {
        int size = listsPerTransaction == null ? DEFAULT_LISTS_PER_TRANSACTION : listsPerTransaction;
        if (size < 1 || size > MAX_LISTS_PER_TRANSACTION) {
            throw Reason.of("enrolment.bulk.listsPerTransaction", size, MAX_LISTS_PER_TRANSACTION).exception(DomainException.Kind.INVALID);
        }
        if (confirmedOn == null) {
            throw Reason.of("enrolment.bulk.confirmedOnRequired").exception(DomainException.Kind.INVALID);
        }
        if (selection == null || !selection.wellFormed()) {
            throw Reason.of("enrolment.bulk.selection").exception(DomainException.Kind.INVALID);
        }
        if (selection.listIds().size() > MAX_LISTS_NAMED) {
            throw Reason.of("enrolment.bulk.tooManyLists", selection.listIds().size(), MAX_LISTS_NAMED).exception(DomainException.Kind.INVALID);
        }
        long start = System.nanoTime();
        List<Long> ids = inScope(selected(selection), scope, selection.byNumber());
        int transactions = (ids.size() + size - 1) / size;
        if (transactions > 1) {
            statistics.analyze(READ);
        }
        List<List<Long>> parts = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += size) {
            parts.add(ids.subList(from, Math.min(ids.size(), from + size)));
        }
        Tally tally = new Tally(Math.max(0, statistics.rows("insurance.enrolment")));
        int atOnce = parts.size() > 1 && independent(ids) ? WORKERS : 1;
        if (atOnce > 1) {
            inParallel(parts, confirmedOn, supervisor, tally);
        } else {
            for (List<Long> part : parts) {
                tally.add(chunks.confirm(part, confirmedOn, supervisor), parts.size());
            }
        }
        if (tally.enrolments >= Math.max(ANALYZE_FLOOR, Math.max(0, statistics.rows("insurance.enrolment")) / 10)) {
            statistics.analyze(WRITTEN);
        }
        long enrolments = tally.enrolments;
        int confirmed = tally.confirmed;
        List<BulkConfirmation.SkippedList> skipped = tally.skipped.stream()
                .sorted(Comparator.comparingLong(BulkConfirmation.SkippedList::listId)).toList();
        long millis = (System.nanoTime() - start) / 1_000_000;
        int lists = confirmed;
        long created = enrolments;
        LOG.info(() -> "Bulk confirmation by " + supervisor + ": " + lists + " of " + ids.size() + " lists, " + created + " enrolments in "
                + millis + " ms, " + transactions + " transactions, " + atOnce + " at a time");
        return new BulkConfirmation(confirmedOn, ids.size(), confirmed, enrolments, tally.bills, tally.billed, transactions, atOnce, millis,
                skipped);
    }

    /** What the transactions did so far; analyses the growing tables when they have doubled since the last analysis. */
    private final class Tally {

        private long counted;
        private long sinceAnalysis;
        private int done;
        long enrolments;
        int confirmed;
        int bills;
        BigDecimal billed = BigDecimal.ZERO.setScale(2);
        final List<BulkConfirmation.SkippedList> skipped = new ArrayList<>();

        Tally(long counted) {
            this.counted = counted;
        }

        void add(ConfirmationChunk.Outcome outcome, int transactions) {
            done++;
            confirmed += outcome.confirmed().size();
            enrolments += outcome.enrolments();
            bills += outcome.bills();
            billed = billed.add(outcome.billed());
            skipped.addAll(outcome.skipped());
            sinceAnalysis += outcome.enrolments();
            if (done < transactions && sinceAnalysis > Math.max(ANALYZE_FLOOR, counted)) {
                statistics.analyze(GROWING);
                counted += sinceAnalysis;
                sinceAnalysis = 0;
            }
        }
    }

    /**
     * Whether the selected lists can be confirmed in transactions running at the same time with the result of
     * confirming them one by one in list order: all of one plan version (so no transaction writes enrolments that
     * another reads as earlier cover) and no unit with two lists (so no two transactions set the same unit's credit
     * against bills). Unknown numbers do not count.
     */
    private boolean independent(List<Long> ids) {
        Set<Long> versionIds = new HashSet<>();
        Set<String> unitCodes = new HashSet<>();
        boolean[] unitTwice = {false};
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            Jdbc.query(dataSource, "select plan_version_id, unit_code from insurance.enrolment_list where id in ("
                    + EnrolmentsFromLines.placeholders(part.size()) + ")", row -> {
                        versionIds.add(row.getLong(1));
                        unitTwice[0] |= !unitCodes.add(row.getString(2));
                        return null;
                    }, part.toArray());
        }
        return versionIds.size() <= 1 && !unitTwice[0];
    }

    /** Runs the transactions {@link #WORKERS} at a time; after a failure starts no more, waits for those running and throws it. */
    private void inParallel(List<List<Long>> parts, LocalDate confirmedOn, String supervisor, Tally tally) {
        Deque<Future<ConfirmationChunk.Outcome>> running = new ArrayDeque<>();
        RuntimeException failure = null;
        int next = 0;
        while (next < parts.size() || !running.isEmpty()) {
            while (failure == null && next < parts.size() && running.size() < WORKERS) {
                List<Long> part = parts.get(next++);
                running.add(executor.submit(() -> chunks.confirm(part, confirmedOn, supervisor)));
            }
            Future<ConfirmationChunk.Outcome> oldest = running.poll();
            try {
                ConfirmationChunk.Outcome outcome = oldest.get();
                if (failure == null) {
                    tally.add(outcome, parts.size());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while confirming lists", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The lists whose unit is within the scope; a list named by number outside it refuses the request. */
    private List<Long> inScope(List<Long> ids, Scope scope, boolean named) {
        if (scope.everything()) {
            return ids;
        }
        java.util.Map<Long, String> unitOf = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            Jdbc.query(dataSource, "select id, unit_code from insurance.enrolment_list where id in (" + EnrolmentsFromLines.placeholders(part.size())
                    + ")", row -> unitOf.put(row.getLong(1), row.getString(2)), part.toArray());
        }
        List<Long> kept = new ArrayList<>();
        for (long id : ids) {
            String unit = unitOf.get(id);
            if (unit == null || scope.includes(unit)) {
                kept.add(id);
            } else if (named) {
                throw Reason.of("enrolment.list.notInScope", id, unit).exception(DomainException.Kind.FORBIDDEN);
            }
        }
        return kept;
    }

    /** The list numbers selected, ascending, each once. */
    private List<Long> selected(ListSelection selection) {
        if (selection.byNumber()) {
            return selection.listIds().stream().sorted().distinct().toList();
        }
        PlanVersionRecord version = versions.require(selection.planCode().trim(), selection.versionCode().trim());
        Set<String> units;
        if (selection.within() == null || selection.within().isBlank()) {
            units = null;
        } else {
            String within = selection.within().trim();
            if (directory.unit(within).isEmpty()) {
                throw Reason.of("enrolment.unitUnknown", within).exception(DomainException.Kind.NOT_FOUND);
            }
            units = directory.codesWithin(within);
        }
        String prefix = selection.unitCodePrefix() == null ? "" : selection.unitCodePrefix().trim();
        record Waiting(long id, String unitCode) {
        }
        return Jdbc.query(dataSource, "select id, unit_code from insurance.enrolment_list where plan_version_id = ? and status = 'SUBMITTED' "
                + "order by id", row -> new Waiting(row.getLong(1), row.getString(2)), version.id()).stream()
                .filter(list -> units == null || units.contains(list.unitCode()))
                .filter(list -> list.unitCode().startsWith(prefix))
                .map(Waiting::id).toList();
    }
}
