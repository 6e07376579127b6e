package org.huzhu.reports.summary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.reports.api.ReportRevision;
import org.huzhu.reports.api.summary.MonthlySummary;
import org.huzhu.reports.api.summary.Scope;
import org.huzhu.reports.output.MonthlyReportRenderer;

/**
 * The stored monthly reports ({@code reports.monthly_report}). {@link #generate} computes the month's summary for
 * all plans together and for every plan, renders each (PDF in Chinese and English, XLSX, zip of CSV) and inserts
 * them as the month's next revision in one transaction. Rows are only ever inserted: a revision never changes.
 */
@ApplicationScoped
public class MonthlyReports {

    public static final String TOTAL = "TOTAL";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = Logger.getLogger(MonthlyReports.class.getName());

    /** The stored file formats: the column and the media type. */
    public enum Format {
        PDF_ZH("pdf_zh", "application/pdf"), PDF_EN("pdf_en", "application/pdf"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), CSV_ZIP("csv_zip", "application/zip");

        private final String column;
        private final String mediaType;

        Format(String column, String mediaType) {
            this.column = column;
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    MonthlyFigures figures;

    @Inject
    BusinessClock clock;

    private final MonthlyReportRenderer renderer = new MonthlyReportRenderer();

    public MonthlyReports() {
    }

    public MonthlyReports(DataSource dataSource, MonthlyFigures figures, BusinessClock clock) {
        this.dataSource = dataSource;
        this.figures = figures;
        this.clock = clock;
    }

    /** One scope's figures and files, rendered before anything is stored. */
    private record Rendered(Scope scope, String json, byte[] zh, byte[] en, byte[] xlsx, byte[] csv) {
    }

    /** Computes, renders and stores the month's next revision; returns its number. */
    public int generate(YearMonth month, String by, Long executionId, MonthlyFigures.Parameters parameters) {
        OffsetDateTime asOf = clock.offsetNow().withNano(0);
        List<Scope> scopes = new ArrayList<>();
        scopes.add(Scope.total());
        scopes.addAll(figures.plans());
        List<Rendered> rendered = new ArrayList<>();
        long started = System.nanoTime();
        for (Scope scope : scopes) {
            PreviousReport previous = previousReport(month.minusMonths(1), key(scope)).orElse(null);
            MonthlySummary summary = figures.compute(month, scope, asOf, parameters, previous);
            rendered.add(new Rendered(scope, SummaryJson.write(summary), renderer.pdf(summary, MonthlyReportRenderer.CHINESE),
                    renderer.pdf(summary, Locale.ENGLISH), renderer.xlsx(summary, MonthlyReportRenderer.CHINESE),
                    renderer.csvZip(summary, MonthlyReportRenderer.CHINESE)));
        }
        String parameterText = "triangleMonths=" + parameters.triangleMonths() + ";projectionMonths=" + parameters.projectionMonths()
                + ";largeClaimThreshold=" + parameters.largeClaimThreshold().toPlainString() + ";" + parameters.choices().describe();
        String reason = parameters.choices().reason();
        int revision = Jdbc.withConnection(dataSource, db -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return store(db, month, rendered, asOf, by, executionId, parameterText, reason);
                } catch (SQLException e) {
                    // two jobs for one month at once: the other took this number first; the next one is ours
                    if (attempt == 5 || !takenMeanwhile(e)) {
                        throw e;
                    }
                }
            }
        });
        LOG.info(() -> "Monthly report " + month + " revision " + revision + ": " + scopes.size() + " scope(s) in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return revision;
    }

    /** Stores the rendered scopes as the month's next revision, in one transaction; returns the revision's number. */
    private static int store(Connection db, YearMonth month, List<Rendered> scopes, OffsetDateTime asOf, String by, Long executionId,
                             String parameterText, String reason) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            int next = nextRevision(db, month);
            try (PreparedStatement insert = db.prepareStatement("insert into reports.monthly_report (report_month, scope, scope_name, "
                    + "revision, as_of, generated_by, execution_id, parameters, reason, figures, pdf_zh, pdf_en, xlsx, csv_zip) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Rendered r : scopes) {
                    Jdbc.bind(insert, month.toString(), key(r.scope()), r.scope().planName(), next,
                            Timestamp.valueOf(asOf.toLocalDateTime()), by, executionId, parameterText, reason, r.json(), r.zh(), r.en(),
                            r.xlsx(), r.csv());
                    insert.addBatch();
                }
                Jdbc.executeBatch(insert);
            }
            db.commit();
            return next;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /** Whether the failure is the unique key of (month, revision, scope): SQLState 23505 on PostgreSQL and H2. */
    private static boolean takenMeanwhile(SQLException failure) {
        for (Throwable e = failure; e != null; e = e.getCause() != null ? e.getCause() : e instanceof SQLException sql ? sql.getNextException() : null) {
            if (e instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static int nextRevision(Connection db, YearMonth month) throws SQLException {
        try (PreparedStatement query = Jdbc.prepare(db, "select coalesce(max(revision), 0) + 1 from reports.monthly_report "
                + "where report_month = ?", month.toString()); var rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    public List<ReportRevision> revisions(YearMonth month) {
        return Jdbc.query(dataSource, "select report_month, revision, scope, scope_name, as_of, generated_by, execution_id, parameters, "
                + "reason, octet_length(pdf_zh), octet_length(pdf_en), octet_length(xlsx), octet_length(csv_zip) from reports.monthly_report "
                + "where report_month = ? order by revision, case when scope = 'TOTAL' then 0 else 1 end, scope", row -> new ReportRevision(
                row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
                row.getTimestamp(5).toLocalDateTime().atZone(SHANGHAI).toOffsetDateTime(), row.getString(6),
                row.getObject(7) == null ? null : row.getLong(7), row.getString(8), row.getString(9), row.getInt(10), row.getInt(11),
                row.getInt(12), row.getInt(13)), month.toString());
    }

    /** The scope's key in the table: {@code TOTAL} or the plan's code. */
    private static String key(Scope scope) {
        return scope.isTotal() ? TOTAL : scope.planCode();
    }

    /** The latest revision of a month's report for a scope, as the comparison of development needs it; empty if none. */
    Optional<PreviousReport> previousReport(YearMonth month, String scope) {
        return Jdbc.queryOne(dataSource, "select revision, figures from reports.monthly_report where report_month = ? and scope = ? "
                        + "and revision = (select max(revision) from reports.monthly_report where report_month = ? and scope = ?)",
                row -> PreviousReport.fromSummaryJson(month, row.getInt(1), row.getString(2)), month.toString(), scope, month.toString(), scope);
    }

    public Optional<String> figures(YearMonth month, int revision, String scope) {
        return Jdbc.queryOne(dataSource, "select figures from reports.monthly_report where report_month = ? and revision = ? and scope = ?",
                row -> row.getString(1), month.toString(), revision, scope);
    }

    public Optional<byte[]> file(YearMonth month, int revision, String scope, Format format) {
        return Jdbc.queryOne(dataSource, "select " + format.column + " from reports.monthly_report where report_month = ? and revision = ? "
                + "and scope = ?", row -> row.getBytes(1), month.toString(), revision, scope);
    }
}
