package org.huzhu.insurance.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.huzhu.insurance.api.rules.CoverRule;
import org.huzhu.insurance.api.rules.CoverStartRule;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.rules.CoverDates;
import org.huzhu.insurance.testing.RulesFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The enrolments {@link EnrolmentsFromLines} inserts on H2 in PostgreSQL mode (evaluation mode; {@code BulkConfirmationIT}
 * does the same on PostgreSQL) have exactly the dates {@link CoverDates} gives one member at a time: for random
 * members with up to four earlier spells in the plan, many of them ending just before, on or after the day before
 * cover starts, with ties and lapsed spells, the start of continuous cover is {@link ContinuousCover#continuousCoverStart}
 * and the end of the waiting period {@link CoverDates#firstPayableDate}, month ends included.
 */
class EnrolmentsFromLinesTest {

    private static final int OTHER_VERSIONS = 4;
    private static final int MEMBERS = 400;
    private static Connection db;
    private static int round;

    @BeforeAll
    static void schema() throws Exception {
        db = DriverManager.getConnection("jdbc:h2:mem:enrolments-from-lines;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        try (Statement s = db.createStatement()) {
            s.execute("create schema insurance");
            for (String file : List.of("V1__plan_catalogue.sql", "V4__enrolment.sql", "V5__premium_accounting.sql")) {
                String sql = Files.readString(Path.of("src/main/resources/db/migration/insurance/" + file), StandardCharsets.UTF_8);
                for (String part : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!part.isBlank()) {
                        s.execute(part);
                    }
                }
            }
            s.execute("insert into insurance.plan (id, code, kind, name_zh, name_en) values (1, 'TP', 'INPATIENT', '测试', 'Test')");
            for (int v = 1; v <= OTHER_VERSIONS; v++) {
                version(s, v);
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @ParameterizedTest(name = "cover from {0}, {1} months waiting, seed {2}")
    @CsvSource({
            "2026-07-01, 0, 1",
            "2026-07-01, 3, 2",
            "2024-01-31, 1, 3",
            "2024-03-31, 11, 4",
            "2023-12-31, 2, 5",
            "2026-10-15, 12, 6",
            "2028-02-29, 1, 7",
    })
    void continuousCoverAndWaitingEndAreThoseOfCoverDates(LocalDate coverStart, int waitingMonths, long seed) throws Exception {
        int r = ++round;
        long versionId = 100 + r;
        long listId = r;
        long firstMember = r * 10_000L;
        Random random = new Random(seed);
        Map<Long, List<CoverSpell>> spells = new HashMap<>();
        try (Statement s = db.createStatement()) {
            version(s, versionId);
            s.execute("insert into insurance.enrolment_list (id, unit_code, plan_version_id, kind, status, eligible_headcount, enrolled_count, "
                    + "required_count, submitted_by, submitted_at) values (" + listId + ", 'U" + r + "', " + versionId + ", 'NEW', 'SUBMITTED', "
                    + MEMBERS + ", " + MEMBERS + ", 1, 'agent', current_timestamp)");
        }
        try (PreparedStatement line = db.prepareStatement("insert into insurance.enrolment_list_line (list_id, member_id, resident_id, shares) "
                + "values (?, ?, ?, ?)");
             PreparedStatement earlier = db.prepareStatement("insert into insurance.enrolment (list_id, plan_version_id, member_id, resident_id, "
                     + "unit_code, shares, status, cover_start, cover_end, continuous_from, waiting_end, payment_due) "
                     + "values (?, ?, ?, ?, 'U0', 1, ?, ?, ?, ?, ?, ?)")) {
            for (long m = firstMember; m < firstMember + MEMBERS; m++) {
                line.setLong(1, listId);
                line.setLong(2, m);
                line.setString(3, "R" + m);
                line.setInt(4, 1 + (int) (m % 3));
                line.addBatch();
                for (int v = 1; v <= OTHER_VERSIONS; v++) {
                    if (random.nextInt(3) == 0) {
                        continue;
                    }
                    // ends cluster around the day before cover starts: gaps of 0, 1, 2 days and overlaps, often equal
                    LocalDate end = coverStart.plusDays(random.nextInt(5) == 0 ? random.nextInt(400) - 200 : random.nextInt(9) - 5);
                    LocalDate start = end.minusDays(random.nextInt(4) == 0 ? random.nextInt(900) : random.nextInt(40));
                    String status = switch (random.nextInt(6)) {
                        case 0 -> "LAPSED";
                        case 1 -> "ENDED";
                        default -> "ACTIVE";
                    };
                    earlier.setLong(1, listId);
                    earlier.setLong(2, v);
                    earlier.setLong(3, m);
                    earlier.setString(4, "R" + m);
                    earlier.setString(5, status);
                    earlier.setObject(6, start);
                    earlier.setObject(7, end);
                    earlier.setObject(8, start);
                    earlier.setObject(9, start);
                    earlier.setObject(10, start);
                    earlier.addBatch();
                    if (!status.equals("LAPSED")) {
                        spells.computeIfAbsent(m, id -> new ArrayList<>()).add(new CoverSpell(start, end));
                    }
                }
            }
            line.executeBatch();
            earlier.executeBatch();
        }
        CoverDates dates = new CoverDates(rules(coverStart, waitingMonths));
        LocalDate coverEnd = coverStart.plusDays(200);
        LocalDate due = coverStart.plusDays(3);
        EnrolmentsFromLines.Statement insert = EnrolmentsFromLines.insert(List.of(listId), versionId, List.of(1L, 2L, 3L, 4L), coverStart,
                coverEnd, due, waitingMonths);
        assertEquals(MEMBERS, execute(insert));

        int continued = 0;
        try (Statement s = db.createStatement(); ResultSet row = s.executeQuery("select member_id, continuous_from, waiting_end, cover_start, "
                + "cover_end, payment_due, shares, unit_code, resident_id, status, premium_status from insurance.enrolment "
                + "where plan_version_id = " + versionId + " order by member_id")) {
            int rows = 0;
            while (row.next()) {
                rows++;
                long member = row.getLong(1);
                LocalDate expected = ContinuousCover.continuousCoverStart(coverStart, spells.getOrDefault(member, List.of()));
                assertEquals(expected, row.getObject(2, LocalDate.class), "continuous cover of member " + member + " " + spells.get(member));
                assertEquals(dates.firstPayableDate(expected), row.getObject(3, LocalDate.class), "waiting end of member " + member);
                assertEquals(coverStart, row.getObject(4, LocalDate.class));
                assertEquals(coverEnd, row.getObject(5, LocalDate.class));
                assertEquals(due, row.getObject(6, LocalDate.class));
                assertEquals(1 + (int) (member % 3), row.getInt(7));
                assertEquals("U" + r, row.getString(8));
                assertEquals("R" + member, row.getString(9));
                assertEquals("ACTIVE", row.getString(10));
                assertEquals("UNPAID", row.getString(11));
                continued += expected.isBefore(coverStart) ? 1 : 0;
            }
            assertEquals(MEMBERS, rows);
        }
        assertTrue(continued > MEMBERS / 10 && continued < MEMBERS * 9 / 10, "both renewals and gaps among the members: " + continued);
    }

    @ParameterizedTest(name = "no earlier cover: cover from {0}, {1} months waiting")
    @CsvSource({"2024-01-31, 1", "2026-08-31, 6", "2026-07-01, 0"})
    void withoutEarlierCoverTheContinuousStartIsTheCoverStart(LocalDate coverStart, int waitingMonths) throws Exception {
        int r = ++round;
        long versionId = 100 + r;
        try (Statement s = db.createStatement()) {
            version(s, versionId);
            s.execute("insert into insurance.enrolment_list (id, unit_code, plan_version_id, kind, status, eligible_headcount, enrolled_count, "
                    + "required_count, submitted_by, submitted_at) values (" + r + ", 'U', " + versionId + ", 'NEW', 'SUBMITTED', 1, 1, 1, 'a', "
                    + "current_timestamp)");
            s.execute("insert into insurance.enrolment_list_line (list_id, member_id, resident_id, shares) values (" + r + ", " + (r * 10_000L)
                    + ", 'X', 1)");
        }
        assertEquals(1, execute(EnrolmentsFromLines.insert(List.of((long) r), versionId, List.of(), coverStart, coverStart.plusDays(300),
                coverStart, waitingMonths)));
        try (Statement s = db.createStatement(); ResultSet row = s.executeQuery("select continuous_from, waiting_end from insurance.enrolment "
                + "where plan_version_id = " + versionId)) {
            assertTrue(row.next());
            assertEquals(coverStart, row.getObject(1, LocalDate.class));
            assertEquals(new CoverDates(rules(coverStart, waitingMonths)).firstPayableDate(coverStart), row.getObject(2, LocalDate.class));
        }
    }

    private static int execute(EnrolmentsFromLines.Statement statement) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                Object value = statement.parameters().get(i);
                insert.setObject(i + 1, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
            }
            return insert.executeUpdate();
        }
    }

    private static PlanRules rules(LocalDate coverStart, int waitingMonths) {
        PlanRules base = RulesFixture.withPeriod(RulesFixture.inpatient2016(), new CoveragePeriod(coverStart, coverStart.plusYears(1).minusDays(1), 1));
        return RulesFixture.withCover(base, new CoverRule(CoverStartRule.DAY_AFTER_CONFIRMATION, 15, waitingMonths));
    }

    private static void version(Statement s, long id) throws SQLException {
        s.execute("insert into insurance.plan_version (id, plan_id, version_code, period_start, period_end, cycle_years, max_shares, "
                + "premium_per_share, waiting_period_months, rules) values (" + id + ", 1, 'V" + id + "', date '2000-01-01', date '2000-12-31', "
                + "1, 3, 1, 0, '{}')");
    }
}
