package org.huzhu.platform.api.batch;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.cluster.InstanceLeases;

/**
 * Jakarta Batch executions left behind by a server that died while they ran ({@code kill -9}, a crash, a power cut).
 *
 * <p>The batch runtime records an execution as STARTING, STARTED or STOPPING in its job repository and changes
 * that only from the thread that runs it; when the JVM dies, the row stays as it was for ever. The execution is
 * then neither running (a stop is refused: no job of that id lives in this server) nor restartable (the
 * application refuses to restart what says it is running). {@link #fail} marks such executions FAILED, with the
 * exit status {@value #EXIT_STATUS}, so that a restart resumes from their last checkpoint.</p>
 *
 * <p>An execution is taken for orphaned when it says it runs and was created before this JVM started: nothing
 * created before this JVM can be running in it. (One server per database: an execution of another server running
 * on the same database would look orphaned too; with several instances, {@link #failOfDeadInstances} asks their leases.) The job repository's tables are Payara's
 * ({@code <prefix>JOBINSTANCEDATA}, {@code <prefix>EXECUTIONINSTANCEDATA}, {@code <prefix>STEPEXECUTIONINSTANCEDATA},
 * the prefix {@code JBATCH} unless configured otherwise) and are found by name; before the runtime first ran they do
 * not exist and there is nothing to do. Times are the runtime's own (the system clock), not the business clock.</p>
 */
public final class OrphanedExecutions {

    /** The exit status of an execution marked failed here. */
    public static final String EXIT_STATUS = "ORPHANED";

    private static final String RUNNING = "'STARTING', 'STARTED', 'STOPPING'";

    private OrphanedExecutions() {
    }

    /** When this JVM started: executions created before cannot be running in it. */
    public static Instant jvmStart() {
        return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /**
     * Marks FAILED every execution of the job {@code jobName} (and its step executions) that says it is starting,
     * started or stopping and was created before {@code before}; returns the ids of the executions this call failed.
     */
    public static List<Long> fail(DataSource dataSource, String jobName, Instant before) {
        return fail(dataSource, jobName, "coalesce(e.createtime, e.starttime, e.updatetime) < ?", Timestamp.from(before));
    }

    /**
     * Several instances on one database ({@code platform.instance_lease}, {@code platform.job_execution_owner}): marks
     * FAILED every execution of {@code jobName} that says it runs and either was recorded by an instance whose lease is
     * no longer live (renewed before {@code liveSinceMs}), or was recorded by none and created before {@code before}
     * (the start of the oldest live instance: none of them can have started it since). An execution of a live
     * instance is left alone, whichever instance asks.
     */
    public static List<Long> failOfDeadInstances(DataSource dataSource, String jobName, Instant before, long liveSinceMs) {
        return fail(dataSource, jobName, "(exists (select 1 from platform.job_execution_owner o where o.execution_id = e.jobexecid and not exists "
                + "(select 1 from platform.instance_lease l where l.instance_id = o.instance_id and l.renewed_ms >= ?)) "
                + "or (not exists (select 1 from platform.job_execution_owner o where o.execution_id = e.jobexecid) "
                + "and coalesce(e.createtime, e.starttime, e.updatetime) < ?))", liveSinceMs, Timestamp.from(before));
    }

    /** {@link #failOfDeadInstances(DataSource, String, Instant, long)} as the instances' leases stand now. */
    public static List<Long> failOfDeadInstances(DataSource dataSource, String jobName, InstanceLeases leases) {
        return failOfDeadInstances(dataSource, jobName, Instant.ofEpochMilli(leases.oldestLiveStartMs()), leases.liveSinceMs());
    }

    private static List<Long> fail(DataSource dataSource, String jobName, String orphaned, Object... parameters) {
        return Jdbc.withConnection(dataSource, connection -> {
            List<Long> failed = new ArrayList<>();
            for (Tables tables : tables(connection)) {
                failed.addAll(fail(connection, tables, jobName, orphaned, parameters));
            }
            return failed;
        });
    }

    private static List<Long> fail(Connection connection, Tables tables, String jobName, String orphaned, Object... parameters) throws SQLException {
        List<Long> ids = new ArrayList<>();
        Object[] all = new Object[parameters.length + 1];
        all[0] = jobName;
        System.arraycopy(parameters, 0, all, 1, parameters.length);
        try (PreparedStatement select = Jdbc.prepare(connection, "select e.jobexecid from " + tables.executions() + " e join " + tables.instances()
                + " i on i.jobinstanceid = e.jobinstanceid where i.name = ? and e.batchstatus in (" + RUNNING + ") "
                + "and " + orphaned + " order by e.jobexecid", all);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<Long> failed = new ArrayList<>();
        for (long id : ids) {
            try (PreparedStatement execution = Jdbc.prepare(connection, "update " + tables.executions() + " set batchstatus = 'FAILED', exitstatus = ?, "
                    + "endtime = ?, updatetime = ? where jobexecid = ? and batchstatus in (" + RUNNING + ")", EXIT_STATUS, now, now, id);
                 PreparedStatement steps = Jdbc.prepare(connection, "update " + tables.steps() + " set batchstatus = 'FAILED', exitstatus = ?, "
                         + "endtime = ? where jobexecid = ? and batchstatus in (" + RUNNING + ")", EXIT_STATUS, now, id)) {
                // two instances recovering at once both find the execution; only the one whose update changed the row has failed it
                if (execution.executeUpdate() > 0) {
                    steps.executeUpdate();
                    failed.add(id);
                }
            }
        }
        return failed;
    }

    /** One job repository's three tables, qualified and quoted as the database names them. */
    record Tables(String instances, String executions, String steps) {
    }

    /** A table as the database's metadata names it. */
    private record Found(String schema, String name) {
    }

    /** Every job repository in the database: a prefix with its three tables (usually one, JBATCH). */
    static List<Tables> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<Found> all = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                all.add(new Found(rows.getString("TABLE_SCHEM"), rows.getString("TABLE_NAME")));
            }
        }
        String quote = meta.getIdentifierQuoteString().strip();
        List<Tables> repositories = new ArrayList<>();
        for (Found instances : all) {
            String name = instances.name();
            if (!name.toUpperCase(Locale.ROOT).endsWith("JOBINSTANCEDATA") || name.toUpperCase(Locale.ROOT).endsWith("STEPJOBINSTANCEDATA")) {
                continue;
            }
            String prefix = name.substring(0, name.length() - "JOBINSTANCEDATA".length());
            Found executions = find(all, instances.schema(), prefix + "EXECUTIONINSTANCEDATA");
            Found steps = find(all, instances.schema(), prefix + "STEPEXECUTIONINSTANCEDATA");
            if (executions != null && steps != null) {
                repositories.add(new Tables(qualified(quote, instances), qualified(quote, executions), qualified(quote, steps)));
            }
        }
        return repositories;
    }

    private static Found find(List<Found> all, String schema, String name) {
        return all.stream().filter(t -> java.util.Objects.equals(t.schema(), schema) && t.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static String qualified(String quote, Found table) {
        String name = quote + table.name().replace(quote, quote + quote) + quote;
        return table.schema() == null || table.schema().isEmpty() ? name : quote + table.schema().replace(quote, quote + quote) + quote + "." + name;
    }
}
