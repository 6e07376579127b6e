package org.huzhu.insurance.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import org.huzhu.insurance.api.InsuranceMessages;
import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.enrolment.rules.Applicant;
import org.huzhu.insurance.enrolment.rules.Candidate;
import org.huzhu.insurance.enrolment.rules.CellParsers;
import org.huzhu.insurance.enrolment.rules.ImportMode;
import org.huzhu.insurance.enrolment.rules.ImportReport;
import org.huzhu.insurance.enrolment.rules.LineProblem;
import org.huzhu.insurance.enrolment.rules.ListColumns;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.members.api.BulkRegistration;
import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.MemberRecord;
import org.huzhu.members.api.MemberRecordCheck;
import org.huzhu.members.api.MemberRegistry;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.Sex;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.FieldProblem;
import org.huzhu.platform.api.tabular.Table;
import org.huzhu.platform.api.tabular.TabularFiles;

/**
 * A unit's uploaded member list (CSV in UTF-8 or GBK, or XLSX) becomes registered members and an enrolment
 * list, in one transaction. Every row is checked and every problem reported with its row number and field;
 * by default one bad row stops the whole file, or on request only the valid rows are applied.
 */
@ApplicationScoped
public class EnrolmentImport {

    private static final Logger LOG = Logger.getLogger(EnrolmentImport.class.getName());

    @Inject
    MemberRegistry members;

    @Inject
    EnrolmentChecks checks;

    @Inject
    EnrolmentLists lists;

    @Inject
    BusinessClock clock;

    /** A checked row: the member's details and the shares asked for. */
    private record ParsedRow(int row, MemberRecord record, ResidentId residentId, int shares) {
    }

    @Transactional
    public ImportReport upload(String unitCode, PlanVersionRecord version, InputStream file, String fileName, ImportMode mode,
                               LocalDate joinedOn, String uploadedBy) {
        long start = System.nanoTime();
        Table table;
        try {
            table = TabularFiles.read(file);
        } catch (IOException unreadable) {
            throw Reason.of("import.unreadable", String.valueOf(fileName)).exception(DomainException.Kind.INVALID);
        }
        Map<ListColumns, Integer> columns = ListColumns.locate(table.header());
        ListColumns.firstMissingRequired(columns).ifPresent(missing -> {
            throw Reason.of("import.columnMissing", missing.firstHeader()).exception(DomainException.Kind.INVALID);
        });
        if (table.rows().isEmpty()) {
            throw Reason.of("import.empty", String.valueOf(fileName)).exception(DomainException.Kind.INVALID);
        }
        long read = System.nanoTime();
        LocalDate today = clock.today();
        List<LineProblem> problems = new ArrayList<>();
        List<ParsedRow> parsed = new ArrayList<>(table.rows().size());
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (Table.Row row : table.rows()) {
            List<LineProblem> rowProblems = new ArrayList<>();
            ParsedRow candidate = parse(row, columns, today, rowProblems);
            if (rowProblems.isEmpty()) {
                String id = candidate.record().residentId();
                Integer first = firstRowOf.putIfAbsent(id, row.number());
                if (first != null) {
                    rowProblems.add(problem(row.number(), id, "residentId", "import.duplicateInFile", id, first));
                }
            }
            problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                parsed.add(candidate);
            }
        }
        long parsedAt = System.nanoTime();
        Map<String, String> currentUnits = members.currentUnits(parsed.stream().map(p -> p.record().residentId()).toList());
        List<Candidate> candidates = new ArrayList<>();
        Set<Integer> refusedRows = new HashSet<>();
        for (ParsedRow row : parsed) {
            String id = row.record().residentId();
            String unit = currentUnits.get(id);
            if (unit != null && !unit.equals(unitCode)) {
                problems.add(problem(row.row(), id, "residentId", "import.registeredElsewhere", id, unit));
                refusedRows.add(row.row());
            } else {
                candidates.add(new Candidate(row.row(), id, applicant(row), row.shares(), null));
            }
        }
        for (LineProblem problem : checks.problems(version, candidates)) {
            problems.add(problem);
            refusedRows.add(problem.row());
        }
        problems.sort(java.util.Comparator.comparingInt(LineProblem::row));
        List<ParsedRow> accepted = parsed.stream().filter(row -> !refusedRows.contains(row.row())).toList();
        if ((mode == ImportMode.ALL_OR_NOTHING && !problems.isEmpty()) || accepted.isEmpty()) {
            return new ImportReport(table.rows().size(), 0, problems, 0, 0, null);
        }
        long checked = System.nanoTime();
        BulkRegistration registration = members.registerAll(unitCode, accepted.stream().map(ParsedRow::record).toList(), joinedOn, uploadedBy);
        Map<Integer, Integer> sharesByRow = new HashMap<>();
        accepted.forEach(row -> sharesByRow.put(row.row(), row.shares()));
        List<Candidate> registered = candidates.stream().filter(c -> !refusedRows.contains(c.row()))
                .map(c -> c.withMemberId(registration.memberIds().get(c.residentId()))).toList();
        long registeredAt = System.nanoTime();
        var list = lists.create(unitCode, version, registered, "NEW", uploadedBy, fileName);
        LOG.info(() -> String.format(java.util.Locale.ROOT, "Upload of %d rows for %s: read in %d ms, parsed in %d ms, checked against the "
                + "database in %d ms, members registered in %d ms, list written in %d ms (the commit follows)", table.rows().size(), unitCode,
                millis(start, read), millis(read, parsedAt), millis(parsedAt, checked), millis(checked, registeredAt),
                millis(registeredAt, System.nanoTime())));
        return new ImportReport(table.rows().size(), accepted.size(), problems, registration.inserted(), registration.updated(), list);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static ParsedRow parse(Table.Row row, Map<ListColumns, Integer> columns, LocalDate today, List<LineProblem> problems) {
        String rawId = cell(row, columns, ListColumns.RESIDENT_ID);
        ResidentId residentId = validOrNull(rawId);
        String id = residentId == null ? rawId : residentId.value();
        Sex sex = optional(row, columns, ListColumns.SEX, CellParsers::sex, id, problems, "import.sex.unreadable");
        LocalDate birthDate = optional(row, columns, ListColumns.BIRTH_DATE, CellParsers::date, id, problems, "import.date.unreadable");
        String statusCell = cell(row, columns, ListColumns.STATUS);
        EmploymentStatus status = statusCell.isEmpty() ? EmploymentStatus.IN_SERVICE
                : optional(row, columns, ListColumns.STATUS, CellParsers::status, id, problems, "import.status.unreadable");
        LocalDate retiredOn = optional(row, columns, ListColumns.RETIRED_ON, CellParsers::date, id, problems, "import.date.unreadable");
        boolean basicInsurance = flag(row, columns, ListColumns.BASIC_INSURANCE, true, id, problems);
        boolean hardship = flag(row, columns, ListColumns.HARDSHIP, false, id, problems);
        boolean modelWorker = flag(row, columns, ListColumns.MODEL_WORKER, false, id, problems);
        String sharesCell = cell(row, columns, ListColumns.SHARES);
        int shares = 1;
        if (!sharesCell.isEmpty()) {
            Optional<Integer> value = CellParsers.positiveInteger(sharesCell);
            if (value.isEmpty()) {
                problems.add(problem(row.number(), id, "shares", "import.shares.unreadable", sharesCell));
            } else {
                shares = value.get();
            }
        }
        MemberRecord record = new MemberRecord(id, cell(row, columns, ListColumns.NAME), sex, birthDate, status, retiredOn,
                basicInsurance, hardship, modelWorker, cell(row, columns, ListColumns.BANK_CARD));
        for (FieldProblem problem : MemberRecordCheck.problems(record, today)) {
            problems.add(new LineProblem(row.number(), id, problem));
        }
        return new ParsedRow(row.number(), record, residentId, shares);
    }

    /** The parsed ID, or null when it is not a valid one (MemberRecordCheck then reports why). */
    private static ResidentId validOrNull(String rawId) {
        try {
            return ResidentId.parse(rawId);
        } catch (DomainException invalid) {
            return null;
        }
    }

    /** For a row without problems, whose ID is valid. */
    private static Applicant applicant(ParsedRow row) {
        ResidentId id = row.residentId();
        MemberRecord record = row.record();
        return new Applicant(id.sex(), id.birthDate(), record.status(), record.basicInsurance(), record.modelWorker());
    }

    private static String cell(Table.Row row, Map<ListColumns, Integer> columns, ListColumns column) {
        Integer position = columns.get(column);
        return position == null ? "" : row.cell(position);
    }

    private static <T> T optional(Table.Row row, Map<ListColumns, Integer> columns, ListColumns column,
                                  java.util.function.Function<String, Optional<T>> parser, String id, List<LineProblem> problems, String code) {
        String value = cell(row, columns, column);
        if (value.isEmpty()) {
            return null;
        }
        Optional<T> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            problems.add(problem(row.number(), id, column.field(), code, value));
        }
        return parsed.orElse(null);
    }

    private static boolean flag(Table.Row row, Map<ListColumns, Integer> columns, ListColumns column, boolean fallback, String id,
                                List<LineProblem> problems) {
        String value = cell(row, columns, column);
        Optional<Boolean> parsed = CellParsers.yesNo(value, fallback);
        if (parsed.isEmpty()) {
            problems.add(problem(row.number(), id, column.field(), "import.flag.unreadable", value));
        }
        return parsed.orElse(fallback);
    }

    private static LineProblem problem(int row, String id, String field, String code, Object... arguments) {
        return new LineProblem(row, id, FieldProblem.of(field, InsuranceMessages.BUNDLE, code, arguments));
    }
}
