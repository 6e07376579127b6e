package org.huzhu.insurance.premium.earning;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.premium.EarningRunView;
import org.huzhu.insurance.ledger.Account;
import org.huzhu.insurance.ledger.EntryDraft;
import org.huzhu.insurance.ledger.JournalStore;
import org.huzhu.insurance.ledger.PostingsChart;
import org.huzhu.insurance.premium.rules.EarnedPremium;
import org.huzhu.insurance.ledger.Money;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.cluster.JobStops;

/**
 * The monthly earning: premium earned in a month, pro rata by day of cover, for every paid enrolment, posted to
 * the ledger (Dr unearned premium reserve, Cr earned premium), run as the Jakarta Batch job
 * {@code premium-earning}.
 *
 * <p>Set-based: the enrolment ids of {@code insurance.bill_line} are cut into ranges, fixed when the month is
 * first run ({@code insurance.earning_run}); each range is one {@code INSERT ... SELECT} of the range's figures by
 * plan version, one journal entry for its total and one row in {@code insurance.earning_range} whose primary
 * key (month, range start) is the idempotency key, all in one transaction. A range already in
 * {@code earning_range} is skipped, so running a month again posts nothing, and a job stopped or failed
 * part-way and restarted posts the remaining ranges only: the totals are those of an uninterrupted run.</p>
 *
 * <p>The earning of one line for month m (yyyymm), with premium P in fen, N days from cover start to period end
 * and d(x) the days of cover up to day x: earned to x is (2·P·d(x) + N) div (2·N), i.e. P·d/N rounded half-up
 * to the fen once ({@link EarnedPremium}, the one computation, which departures use too); the month earns that to its
 * last day less that to the last day of the month before, except in the line's first counted month
 * ({@code earn_from}), which catches up everything earned to its end. Lines count from {@code earn_from} (set
 * when the bill is paid) to {@code earn_to} (set when the member leaves).</p>
 */
@ApplicationScoped
public class EarningRuns {

    public static final String JOB = "premium-earning";
    public static final int DEFAULT_RANGE_SIZE = 50_000;

    private static final String EARN_RANGE = "insert into insurance.earning_summary (run_month, range_start, plan_version_id, enrolments, "
            + "days_of_cover, earned, earned_to_date, unearned) "
            + "select ?, ?, plan_version_id, count(*), sum(d_end - d_prev), "
            + "cast(sum(case when earn_from = ? then t_end else t_end - t_prev end) as numeric(20, 0)) * 0.01, "
            + "cast(sum(t_end) as numeric(20, 0)) * 0.01, cast(sum(p - t_end) as numeric(20, 0)) * 0.01 "
            + "from (select plan_version_id, earn_from, p, d_end, d_prev, " + EarnedPremium.fenEarnedTo("p", "d_end", "n") + " as t_end, "
            + EarnedPremium.fenEarnedTo("p", "d_prev", "n") + " as t_prev "
            + "from (select plan_version_id, earn_from, " + EarnedPremium.PREMIUM_FEN + " as p, " + EarnedPremium.COVER_DAYS + " as n, "
            + EarnedPremium.daysCoveredTo("?") + " as d_end, "
            + EarnedPremium.daysCoveredTo("?") + " as d_prev "
            + "from insurance.bill_line where enrolment_id between ? and ? and earn_from <= ? and (earn_to is null or earn_to >= ?)) x) y "
            + "group by plan_version_id";

    @jakarta.inject.Inject
    org.huzhu.platform.api.audit.AuditTrail trail;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    JournalStore journal;

    @Inject
    BusinessClock clock;

    @Inject
    JobStops stops;

    /** The enrolment id ranges of a month's run. */
    public record Ranges(long firstId, long lastId, int rangeSize, int total) {
    }

    /**
     * Starts the month's earning: a first run fixes the ranges; a run stopped or failed is restarted from its
     * checkpoint; a completed month is run again as a new job, which finds every range done and posts nothing.
     */
    public EarningRunView start(YearMonth month, Integer rangeSize, Long pauseMillis, String by) {
        if (!clock.hasEnded(month)) {
            // a month is earned once it is over: earning it earlier would book revenue not yet earned
            throw Reason.of("premium.earning.monthNotEnded", month, month.atEndOfMonth()).exception(DomainException.Kind.UNPROCESSABLE);
        }
        journal.checkOpen(month.atEndOfMonth());
        int size = rangeSize == null ? DEFAULT_RANGE_SIZE : rangeSize;
        if (size < 1 || size > 1_000_000) {
            throw Reason.of("premium.earning.rangeSize", size).exception(DomainException.Kind.INVALID);
        }
        JobOperator operator = jobOperator();
        record Previous(long execution, String status) {
        }
        Optional<Previous> previous = Jdbc.queryOne(dataSource, "select coalesce(execution_id, -1), status from insurance.earning_run where run_month = ?",
                row -> new Previous(row.getLong(1), row.getString(2)), month.toString());
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        parameters.setProperty("pauseMillis", String.valueOf(pauseMillis == null ? 0 : pauseMillis));
        if (previous.isEmpty()) {
            record Bounds(long first, long last) {
            }
            Bounds bounds = Jdbc.queryOne(dataSource, "select coalesce(min(enrolment_id), 1), coalesce(max(enrolment_id), 0) from insurance.bill_line",
                    row -> new Bounds(row.getLong(1), row.getLong(2))).orElseThrow();
            long count = bounds.last() < bounds.first() ? 0 : (bounds.last() - bounds.first()) / size + 1;
            try {
                Jdbc.update(dataSource, "insert into insurance.earning_run (run_month, first_id, last_id, range_size, ranges_total, status, started_by, "
                        + "started_at) values (?, ?, ?, ?, ?, 'STARTING', ?, ?)", month.toString(), bounds.first(), bounds.last(), size, (int) count,
                        by, clock.timestamp());
            } catch (Jdbc.DataAccessException e) {
                if (e.isUniqueViolation()) {
                    throw Reason.of("premium.earning.running", month).exception(DomainException.Kind.CONFLICT);
                }
                throw e;
            }
            long execution = operator.start(JOB, parameters);
            recordExecution(month, execution);
            return started(month, null, by);
        }
        long executionId = previous.get().execution();
        if (executionId < 0) {
            // the run was recorded but its job never handed over: being handed over now, or interrupted by a crash (EarningRecovery)
            if ("STARTING".equals(previous.get().status())) {
                throw Reason.of("premium.earning.running", month).exception(DomainException.Kind.CONFLICT);
            }
            recordExecution(month, operator.start(JOB, parameters));
            return started(month, previous.get().status(), by);
        }
        BatchStatus status = operator.getJobExecution(executionId).getBatchStatus();
        if (status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING) {
            throw Reason.of("premium.earning.running", month).exception(DomainException.Kind.CONFLICT);
        }
        long execution = status == BatchStatus.STOPPED || status == BatchStatus.FAILED
                ? operator.restart(executionId, parameters) : operator.start(JOB, parameters);
        recordExecution(month, execution);
        return started(month, status.name(), by);
    }

    private EarningRunView started(YearMonth month, String before, String by) {
        EarningRunView run = view(month);
        trail.record(by, "EARNING_RUN_STARTED", org.huzhu.platform.api.audit.AuditedObject.JOB, JOB + " " + month,
                before == null ? null : java.util.Map.of("status", before), run);
        return run;
    }

    /**
     * Asks the running job of the month to stop after the range it is posting. A month that is not running (never
     * started, stopped, failed, completed, or left behind by a server that stopped) is refused with 409 and its status.
     */
    public EarningRunView stop(YearMonth month) {
        record Run(long execution, String status) {
        }
        Run run = Jdbc.queryOne(dataSource, "select coalesce(execution_id, -1), status from insurance.earning_run where run_month = ?",
                row -> new Run(row.getLong(1), row.getString(2)), month.toString()).orElseThrow(() -> Reason.of("premium.earning.notRun", month)
                .exception(DomainException.Kind.NOT_FOUND));
        JobOperator operator = jobOperator();
        BatchStatus status = run.execution() < 0 ? null : operator.getJobExecution(run.execution()).getBatchStatus();
        String shown = status == null ? run.status() : status.name();
        if (status == BatchStatus.STOPPING) {
            return view(month);
        }
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
            throw notRunning(month, shown);
        }
        try {
            operator.stop(run.execution());
        } catch (JobExecutionNotRunningException e) {
            // the repository says it runs, but no job of that id lives in this server: another instance runs it
            // (which stops it when it next renews its lease), or it ended a moment ago
            if (!stops.request(run.execution())) {
                throw notRunning(month, shown);
            }
        }
        EarningRunView stopping = view(month);
        trail.record("EARNING_RUN_STOPPED", org.huzhu.platform.api.audit.AuditedObject.JOB, JOB + " " + month, java.util.Map.of("status", shown),
                stopping);
        return stopping;
    }

    private static DomainException notRunning(YearMonth month, String status) {
        return Reason.of("premium.earning.notRunning", month, status).exception(DomainException.Kind.CONFLICT);
    }

    /**
     * Records the execution the job operator handed over, unless the job's listener has recorded it already: a short job
     * may have started and ended before the operator returned, and its end must not be overwritten with STARTED (the month
     * then showed as running for ever).
     */
    void recordExecution(YearMonth month, long execution) {
        Jdbc.update(dataSource, "update insurance.earning_run set execution_id = ?, status = 'STARTED', finished_at = null where run_month = ? "
                + "and (execution_id is null or execution_id <> ?)", execution, month.toString(), execution);
    }

    void executionStarted(YearMonth month, long executionId) {
        Jdbc.update(dataSource, "update insurance.earning_run set execution_id = ?, status = 'STARTED', finished_at = null where run_month = ?",
                executionId, month.toString());
    }

    void executionEnded(YearMonth month, String batchStatus) {
        Ranges ranges = ranges(month);
        int done = rangesDone(month);
        Jdbc.update(dataSource, "update insurance.earning_run set status = ?, finished_at = ? where run_month = ?",
                done >= ranges.total() ? "COMPLETED" : "INTERRUPTED", clock.timestamp(), month.toString());
    }

    private volatile boolean batchReady;

    /**
     * The batch runtime's job operator. On the evaluation-mode H2 database (PostgreSQL mode) the batch runtime's
     * own tables are declared with a BLOB column, a type H2 does not know in that mode; a domain of that name
     * (H2 only, created once before the runtime first starts) lets it create them. PostgreSQL needs nothing.
     */
    JobOperator jobOperator() {
        if (!batchReady) {
            Jdbc.withConnection(dataSource, connection -> {
                if (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2")) {
                    try (java.sql.Statement statement = connection.createStatement()) {
                        statement.execute("create domain if not exists public.blob as bytea");
                    }
                }
                return null;
            });
            batchReady = true;
        }
        return BatchRuntime.getJobOperator();
    }

    public Ranges ranges(YearMonth month) {
        return Jdbc.queryOne(dataSource, "select first_id, last_id, range_size, ranges_total from insurance.earning_run where run_month = ?",
                row -> new Ranges(row.getLong(1), row.getLong(2), row.getInt(3), row.getInt(4)), month.toString())
                .orElseThrow(() -> Reason.of("premium.earning.notRun", month).exception(DomainException.Kind.NOT_FOUND));
    }

    private int rangesDone(YearMonth month) {
        return Jdbc.queryOne(dataSource, "select count(*) from insurance.earning_range where run_month = ?", row -> row.getInt(1), month.toString())
                .orElse(0);
    }

    /**
     * Posts one range of a month, exactly once: skipped when its key is already in {@code earning_range}; else
     * the figures, the journal entry and the key are written in this one transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean postRange(YearMonth month, long rangeStart) {
        String key = month.toString();
        if (Jdbc.queryOne(dataSource, "select 1 from insurance.earning_range where run_month = ? and range_start = ?", row -> 1, key, rangeStart)
                .isPresent()) {
            return false;
        }
        Ranges ranges = ranges(month);
        long rangeEnd = Math.min(rangeStart + ranges.rangeSize() - 1, ranges.lastId());
        int m = month.getYear() * 100 + month.getMonthValue();
        int monthEnd = (int) month.atEndOfMonth().toEpochDay();
        int previousEnd = (int) month.minusMonths(1).atEndOfMonth().toEpochDay();
        Jdbc.update(dataSource, EARN_RANGE, key, rangeStart, m, monthEnd, previousEnd, rangeStart, rangeEnd, m, m);
        record Totals(int enrolments, BigDecimal earned) {
        }
        Totals totals = Jdbc.queryOne(dataSource, "select coalesce(sum(enrolments), 0), coalesce(sum(earned), 0) from insurance.earning_summary "
                + "where run_month = ? and range_start = ?", row -> new Totals(row.getInt(1), Money.fen(row.getBigDecimal(2))), key, rangeStart)
                .orElseThrow();
        Long entry = null;
        Optional<EntryDraft> earned = PostingsChart.earned(month.atEndOfMonth(), key + ":" + rangeStart + "-" + rangeEnd, totals.earned());
        if (earned.isPresent()) {
            entry = journal.post(earned.get(), null, "EARN:" + key + ":" + rangeStart, "batch");
        }
        Jdbc.update(dataSource, "insert into insurance.earning_range (run_month, range_start, range_end, enrolments, earned, journal_entry, done_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", key, rangeStart, rangeEnd, totals.enrolments(), totals.earned(), entry,
                clock.timestamp());
        return true;
    }

    public Optional<EarningRunView> find(YearMonth month) {
        record Run(long first, long last, int size, int total, String status, Long execution, Instant started, Instant finished) {
        }
        Optional<Run> run = Jdbc.queryOne(dataSource, "select first_id, last_id, range_size, ranges_total, status, execution_id, started_at, "
                + "finished_at from insurance.earning_run where run_month = ?", row -> new Run(row.getLong(1), row.getLong(2), row.getInt(3),
                row.getInt(4), row.getString(5), row.getObject(6, Long.class), row.getTimestamp(7).toInstant(),
                row.getTimestamp(8) == null ? null : row.getTimestamp(8).toInstant()), month.toString());
        if (run.isEmpty()) {
            return Optional.empty();
        }
        Run r = run.get();
        String batchStatus = null;
        if (r.execution() != null) {
            try {
                batchStatus = String.valueOf(jobOperator().getJobExecution(r.execution()).getBatchStatus());
            } catch (RuntimeException unknown) {
                batchStatus = null;
            }
        }
        List<EarningRunView.ByPlanVersion> byVersion = Jdbc.query(dataSource, "select p.code, v.version_code, sum(s.enrolments), "
                + "sum(s.days_of_cover), sum(s.earned), sum(s.earned_to_date), sum(s.unearned) from insurance.earning_summary s "
                + "join insurance.plan_version v on v.id = s.plan_version_id join insurance.plan p on p.id = v.plan_id where s.run_month = ? "
                + "group by p.code, v.version_code order by p.code, v.version_code", row -> new EarningRunView.ByPlanVersion(row.getString(1),
                row.getString(2), row.getLong(3), row.getLong(4), Money.fen(row.getBigDecimal(5)), Money.fen(row.getBigDecimal(6)),
                Money.fen(row.getBigDecimal(7))), month.toString());
        long enrolments = byVersion.stream().mapToLong(EarningRunView.ByPlanVersion::enrolments).sum();
        BigDecimal earned = byVersion.stream().map(EarningRunView.ByPlanVersion::earned).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal toDate = byVersion.stream().map(EarningRunView.ByPlanVersion::earnedToDate).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal unearned = byVersion.stream().map(EarningRunView.ByPlanVersion::unearned).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal reserve = journal.balance(Account.UNEARNED_PREMIUM_RESERVE, month.atEndOfMonth()).negate();
        BigDecimal reserveBefore = journal.balance(Account.UNEARNED_PREMIUM_RESERVE, month.minusMonths(1).atEndOfMonth()).negate();
        return Optional.of(new EarningRunView(month.toString(), r.status(), batchStatus, r.execution(), rangesDone(month), r.total(),
                r.first(), r.last(), r.size(), enrolments, earned, toDate, unearned, reserve, reserveBefore, reserve.subtract(reserveBefore),
                r.started(), r.finished(), byVersion));
    }

    public EarningRunView view(YearMonth month) {
        return find(month).orElseThrow(() -> Reason.of("premium.earning.notRun", month).exception(DomainException.Kind.NOT_FOUND));
    }
}
