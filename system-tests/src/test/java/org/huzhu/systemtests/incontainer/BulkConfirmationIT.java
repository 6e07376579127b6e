package org.huzhu.systemtests.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.sql.DataSource;

import org.huzhu.insurance.api.enrolment.BulkConfirmation;
import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.enrolment.ListSelection;
import org.huzhu.insurance.api.rules.CoverRule;
import org.huzhu.insurance.api.rules.CoverStartRule;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.EligibilityRule;
import org.huzhu.insurance.api.rules.MidPeriodJoiner;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.api.rules.PayerShare;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PremiumBasis;
import org.huzhu.insurance.api.rules.PremiumRule;
import org.huzhu.insurance.api.rules.PremiumTier;
import org.huzhu.insurance.enrolment.BulkConfirmations;
import org.huzhu.insurance.enrolment.EnrolmentImport;
import org.huzhu.insurance.enrolment.EnrolmentLists;
import org.huzhu.insurance.enrolment.rules.ImportMode;
import org.huzhu.insurance.enrolment.rules.ImportReport;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.insurance.premium.Payments;
import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.platform.api.Accounts;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk confirmation on PostgreSQL. The same lists are confirmed one by one in list order inside a transaction that is
 * rolled back, then all at once in transactions of two lists (and, for lists of one version and one per unit, one list
 * per transaction, two transactions at a time): enrolments (with continuous cover from an earlier
 * version, lapsed spells, a waiting period), bills, lines (pro rata, three payers, hardship members, per share and
 * per person), journal entries, credit set against the bills and the lists' decisions are identical. Lists the
 * supervisor submitted, rejected lists and unknown numbers are skipped with the reason. Two supervisors confirming
 * the same lists at the same time confirm each exactly once. Through the API: by plan version within a union and
 * by unit code prefix, and the refusals as problem+json in Chinese and English.
 *
 * <p>Its own plan versions (two consecutive years of the retiree inpatient plan, with rules for working members: per
 * share and pro rata this year, per person the next) and units (codes BC-…), so that the other tests of the run are not
 * affected; nothing it bills is paid in full.</p>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulkConfirmationIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String HEADER = "身份证号,姓名,性别,在职状态,参加职工医保,困难职工,份数\n";
    private static final String SUP1 = "it-bulk-sup1";
    private static final String SUP2 = "it-bulk-sup2";
    private static final String AGENT = "it-bulk-agent";
    private static final long UNKNOWN_LIST = 9_000_000_000L;
    /** The plan whose versions this test adds: the other tests use the working inpatient plan, and one checks the seeded serious-illness versions. */
    private static final String PLAN = "RETIREE_INPATIENT";

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClass(BulkConfirmationIT.class);
    }

    @Inject
    UnitRegistry units;

    @Inject
    PlanVersions versions;

    @Inject
    EnrolmentImport imports;

    @Inject
    EnrolmentLists lists;

    @Inject
    BulkConfirmations bulk;

    @Inject
    Payments payments;

    @Inject
    Accounts accounts;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Test
    @Order(1)
    void setUpVersionsUnitsEarlierCoverAndWaitingLists() throws Exception {
        LocalDate today = today();
        accounts.createIfAbsent(SUP1, (SUP1 + "-password").toCharArray(), Set.of(Roles.SUPERVISOR));
        accounts.createIfAbsent(SUP2, (SUP2 + "-password").toCharArray(), Set.of(Roles.SUPERVISOR));
        accounts.createIfAbsent("it-bulk-officer", "it-bulk-officer-password".toCharArray(), Set.of(Roles.OFFICER));
        // two consecutive years of the retiree plan (no other test uses it): this one ends in ten days, the next starts in eleven
        LocalDate nextStart = today.plusDays(11);
        PlanVersionRecord earlier = version("BC-A", nextStart.minusYears(1), PremiumBasis.PER_SHARE_PER_PERIOD);
        PlanVersionRecord next = version("BC-B", nextStart, PremiumBasis.PER_PERSON_PER_PERIOD);

        LocalDate founded = LocalDate.of(1994, 1, 1);
        units.create("BC-SH", OrganisationKind.ASSOCIATION, null, "批量确认测试互助会", founded, "it");
        for (String district : List.of("BC-D1", "BC-D2", "BC-D3")) {
            units.create(district, OrganisationKind.DISTRICT_UNION, "BC-SH", "批量确认测试区工会 " + district, founded, "it");
        }
        int seed = 0;
        for (String unit : List.of("BC-U01", "BC-U02", "BC-U03", "BC-U04", "BC-U05", "BC-U06", "BC-V01", "BC-V02")) {
            units.create(unit, OrganisationKind.UNIT, unit.startsWith("BC-U") ? "BC-D1" : "BC-D2", "批量确认测试单位 " + unit, founded, "it");
            String csv = csv(++seed, 7 + seed * 2);
            // this year's cover for the first four units, confirmed a hundred days ago: their members renew without a gap
            if (seed <= 4) {
                lists.confirm(upload(unit, earlier, csv, AGENT).id(), today.minusDays(100), SUP2);
            }
            upload(unit, next, csv, unit.equals("BC-U05") ? SUP1 : AGENT);
        }
        // mid-year joiners (pro rata) whose lists for this year and the next wait together: the next year's list continues the
        // cover its own year's list gives, if confirmed after it
        for (int w = 1; w <= 3; w++) {
            String unit = "BC-W0" + w;
            units.create(unit, OrganisationKind.UNIT, "BC-D1", "批量确认测试单位 " + unit, founded, "it");
            String csv = csv(30 + w, 6 + 4 * w);
            upload(unit, earlier, csv, AGENT);
            if (w <= 2) {
                upload(unit, next, csv, AGENT);
            }
        }
        // BC-U02's earlier bill was never paid: a payment lapses it (its spell no longer counts) and becomes credit
        payments.record(new Payments.NewPayment("BC-U02", today, new BigDecimal("20.00"), Payer.UNIT, "BC-CREDIT", null), "it");
        assertEquals(1, count("select count(*) from insurance.bill where unit_code = 'BC-U02' and status = 'LAPSED'"));
        assertEquals(0, new BigDecimal("20.00").compareTo(decimal("select credit from insurance.unit_account where unit_code = 'BC-U02'")));
        EnrolmentListView rejected = lists.ofUnit("BC-U06").get(0);
        lists.reject(rejected.id(), "名单有误", SUP2);

        // independent lists (one version, one list per unit) in BC-D4: three renew, BC-P02's earlier bill lapses and leaves credit
        units.create("BC-D4", OrganisationKind.DISTRICT_UNION, "BC-SH", "批量确认测试区工会 BC-D4", founded, "it");
        for (int p = 1; p <= 6; p++) {
            String unit = "BC-P0" + p;
            units.create(unit, OrganisationKind.UNIT, "BC-D4", "批量确认测试单位 " + unit, founded, "it");
            String csv = csv(20 + p, 5 + 3 * p);
            if (p <= 3) {
                lists.confirm(upload(unit, earlier, csv, AGENT).id(), today.minusDays(100), SUP2);
            }
            upload(unit, next, csv, AGENT);
        }
        payments.record(new Payments.NewPayment("BC-P02", today, new BigDecimal("30.00"), Payer.UNIT, "BC-CREDIT-P", null), "it");

        // waiting for the API test: this year's lists in BC-D3 (two with the prefix BC-X0, one without) and in BC-D2
        for (String unit : List.of("BC-X01", "BC-X02", "BC-XA3")) {
            units.create(unit, OrganisationKind.UNIT, "BC-D3", "批量确认测试单位 " + unit, founded, "it");
            upload(unit, earlier, csv(++seed, 6), AGENT);
        }
        units.create("BC-Y01", OrganisationKind.UNIT, "BC-D2", "批量确认测试单位 BC-Y01", founded, "it");
        upload("BC-Y01", earlier, csv(++seed, 6), AGENT);
    }

    @Test
    @Order(2)
    void bulkConfirmationGivesExactlyWhatConfirmingTheListsOneByOneGives() throws Exception {
        LocalDate today = today();
        List<Long> selected = new ArrayList<>();
        for (String unit : List.of("BC-U01", "BC-U02", "BC-U03", "BC-U04", "BC-U05", "BC-U06", "BC-V01", "BC-V02", "BC-W01", "BC-W02", "BC-W03")) {
            lists.ofUnit(unit).stream().filter(l -> !l.status().equals("CONFIRMED")).forEach(l -> selected.add(l.id()));
        }
        selected.add(UNKNOWN_LIST);
        long own = lists.ofUnit("BC-U05").get(0).id();
        long rejected = lists.ofUnit("BC-U06").get(0).id();
        List<Long> confirmable = selected.stream().filter(id -> id != own && id != rejected && id != UNKNOWN_LIST).sorted().toList();
        assertEquals(11, confirmable.size(), "six next-year lists of renewing and new units, three this-year and two next-year lists of joiners");

        transaction.begin();
        Snapshot oneByOne;
        try {
            for (long id : confirmable) {
                lists.confirm(id, today, SUP1);
            }
            oneByOne = snapshot(confirmable);
        } finally {
            transaction.rollback();
        }
        assertEquals("SUBMITTED", lists.view(confirmable.get(0)).status(), "rolled back");

        BulkConfirmation done = bulk.confirm(ListSelection.lists(selected), today, SUP1, 2);
        Snapshot together = snapshot(confirmable);
        assertEquals(oneByOne.lists(), together.lists());
        assertEquals(oneByOne.enrolments(), together.enrolments());
        assertEquals(oneByOne.bills(), together.bills());
        assertEquals(oneByOne.lines(), together.lines());
        assertEquals(oneByOne.journal(), together.journal());
        assertEquals(oneByOne.allocations(), together.allocations());
        assertEquals(oneByOne.credit(), together.credit());

        assertEquals(selected.size(), done.listsSelected());
        assertEquals(confirmable.size(), done.listsConfirmed());
        assertEquals(7, done.transactions());
        assertEquals(1, done.transactionsAtOnce(), "two versions, units with two lists: one transaction after the other");
        assertEquals(together.enrolments().size(), done.enrolments());
        assertEquals(confirmable.size(), done.bills());
        assertEquals(0, done.billed().compareTo(decimal("select sum(total) from insurance.bill where list_id in (" + join(confirmable) + ")")));
        Map<Long, String> reasons = new TreeMap<>();
        done.skipped().forEach(s -> reasons.put(s.listId(), s.reason().code()));
        assertEquals(Map.of(own, "enrolment.list.ownList", rejected, "enrolment.list.decided", UNKNOWN_LIST, "enrolment.list.notFound"), reasons);
        assertEquals("SUBMITTED", lists.view(own).status(), "four eyes: the supervisor's own list waits for another supervisor");

        // the data exercised every rule: renewals and gaps, waiting period, pro rata, payer remainders, hardship, credit
        String in = join(confirmable);
        assertTrue(count("select count(*) from insurance.enrolment where list_id in (" + in + ") and continuous_from < cover_start") > 30,
                "members renewing without a gap keep their earlier start");
        assertTrue(count("select count(*) from insurance.enrolment e join insurance.enrolment c on c.member_id = e.member_id "
                + "and c.plan_version_id <> e.plan_version_id and c.list_id in (" + in + ") where e.list_id in (" + in + ") "
                + "and e.continuous_from = c.cover_start and e.cover_start = c.cover_end + 1") >= 18,
                "the joiners' next year continues the cover their own year's list, confirmed just before in the same run, gives");
        assertTrue(count("select count(*) from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id "
                + "where e.list_id in (" + in + ") and v.version_code = 'BC-B' and e.continuous_from = e.cover_start") > 10,
                "new members and the lapsed unit's members start afresh");
        assertTrue(count("select count(*) from insurance.enrolment where list_id in (" + in + ") and waiting_end > continuous_from") > 0);
        assertTrue(count("select count(distinct amount) from insurance.bill_line l join insurance.bill b on b.id = l.bill_id "
                + "where b.list_id in (" + in + ")") > 6, "amounts differ by shares, tier, basis and the fen of the pro rata remainders");
        assertTrue(count("select count(*) from insurance.bill_line l join insurance.bill b on b.id = l.bill_id where b.list_id in (" + in + ") "
                + "and l.hardship and l.hardship_part > 0 and l.member_part = 0") > 5, "hardship members' share paid by the fund");
        assertTrue(count("select count(*) from insurance.bill where list_id in (" + in + ") and unit_part > 0 and union_part > 0 "
                + "and member_part > 0") > 5);
        assertEquals(1, count("select count(*) from insurance.bill_allocation a join insurance.bill b on b.id = a.bill_id "
                + "where b.list_id in (" + in + ") and a.kind = 'CREDIT'"), "the unit's credit went to its first bill");
        assertJournalBalances();
    }

    @Test
    @Order(3)
    void independentListsConfirmedTwoTransactionsAtATimeGiveTheSameAsOneByOne() throws Exception {
        LocalDate today = today();
        List<Long> waiting = new ArrayList<>();
        for (int p = 1; p <= 6; p++) {
            lists.ofUnit("BC-P0" + p).stream().filter(l -> l.status().equals("SUBMITTED")).forEach(l -> waiting.add(l.id()));
        }
        waiting.sort(null);
        assertEquals(6, waiting.size());
        transaction.begin();
        Snapshot oneByOne;
        try {
            for (long id : waiting) {
                lists.confirm(id, today, SUP1);
            }
            oneByOne = snapshot(waiting);
        } finally {
            transaction.rollback();
        }

        BulkConfirmation done = bulk.confirm(ListSelection.version(PLAN, "BC-B", "BC-D4", null), today, SUP1, 1);
        assertEquals(2, done.transactionsAtOnce(), "one version, one list per unit: two transactions at a time");
        assertEquals(6, done.transactions());
        assertEquals(6, done.listsConfirmed());
        Snapshot together = snapshot(waiting);
        assertEquals(oneByOne.lists(), together.lists());
        assertEquals(oneByOne.enrolments(), together.enrolments());
        assertEquals(oneByOne.bills(), together.bills());
        assertEquals(oneByOne.lines(), together.lines());
        assertEquals(oneByOne.journal(), together.journal());
        assertEquals(oneByOne.allocations(), together.allocations());
        assertEquals(oneByOne.credit(), together.credit());
        String in = join(waiting);
        assertTrue(count("select count(*) from insurance.enrolment where list_id in (" + in + ") and continuous_from < cover_start") > 10);
        assertEquals(1, count("select count(*) from insurance.bill_allocation a join insurance.bill b on b.id = a.bill_id "
                + "where b.list_id in (" + in + ") and a.kind = 'CREDIT'"));
        assertJournalBalances();
    }

    @Test
    @Order(4)
    void twoSupervisorsConfirmingTheSameListsAtOnceConfirmEachExactlyOnce() throws Exception {
        LocalDate today = today();
        PlanVersionRecord next = versions.require(PLAN, "BC-B");
        List<Long> racing = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            String unit = "BC-R0" + i;
            units.create(unit, OrganisationKind.UNIT, "BC-D2", "批量确认竞争单位 " + unit, LocalDate.of(1994, 1, 1), "it");
            racing.add(upload(unit, next, csv(40 + i, 5 + i), AGENT).id());
        }
        // one supervisor takes all eight lists one per transaction, the other the last five, starting at the same time; a third
        // confirms the last list by itself meanwhile
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BulkConfirmation>> both = new ArrayList<>();
        both.add(executor.submit(() -> {
            start.await();
            return bulk.confirm(ListSelection.lists(racing), today, SUP1, 1);
        }));
        both.add(executor.submit(() -> {
            start.await();
            return bulk.confirm(ListSelection.lists(racing.subList(3, 8)), today, SUP2, 1);
        }));
        Future<String> single = executor.submit(() -> {
            start.await();
            try {
                return lists.confirm(racing.get(7), today, "it-bulk-sup3").decidedBy();
            } catch (DomainException decided) {
                assertEquals("enrolment.list.decided", decided.code());
                return null;
            }
        });
        start.countDown();
        BulkConfirmation first = both.get(0).get();
        BulkConfirmation second = both.get(1).get();
        boolean singleConfirmed = single.get() != null;
        assertEquals(racing.size(), first.listsConfirmed() + second.listsConfirmed() + (singleConfirmed ? 1 : 0),
                "every list confirmed by one of them");
        Map<Long, String> decidedBy = new TreeMap<>();
        for (long id : racing) {
            EnrolmentListView list = lists.view(id);
            assertEquals("CONFIRMED", list.status());
            decidedBy.put(id, list.decidedBy());
            assertEquals(list.lines(), count("select count(*) from insurance.enrolment where list_id = " + id), "enrolled once");
            assertEquals(1, count("select count(*) from insurance.bill where list_id = " + id), "billed once");
            assertEquals(list.lines(), count("select count(*) from insurance.bill_line l join insurance.bill b on b.id = l.bill_id "
                    + "where b.list_id = " + id));
            assertEquals(1, count("select count(*) from insurance.journal_entry j join insurance.bill b on j.idempotency_key = 'BILL:' || b.id "
                    + "where b.list_id = " + id), "posted once");
        }
        for (BulkConfirmation result : List.of(first, second)) {
            String self = result == first ? SUP1 : SUP2;
            for (BulkConfirmation.SkippedList skipped : result.skipped()) {
                assertEquals("enrolment.list.decided", skipped.reason().code());
                assertTrue(!self.equals(decidedBy.get(skipped.listId())), "skipped because another supervisor confirmed it");
            }
        }
        assertEquals(racing.size() + 5, first.listsSelected() + second.listsSelected());
        assertEquals(6, first.skipped().size() + second.skipped().size() + (singleConfirmed ? 0 : 1),
                "every other attempt at a list confirmed by someone else was refused: lists 4–7 once, list 8 twice");
        assertJournalBalances();
    }

    @Test
    @Order(5)
    @RunAsClient
    void throughTheApiByPlanVersionWithinAUnionAndByUnitCodePrefix(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String today = today().toString();
        String byVersion = "{\"planCode\":\"RETIREE_INPATIENT\",\"versionCode\":\"BC-A\",\"within\":\"BC-D3\",\"unitCodePrefix\":\"BC-X0\","
                + "\"confirmedOn\":\"" + today + "\"}";
        post(client, base, "it-bulk-officer", "en", byVersion, 403);

        HttpResponse<String> both = post(client, base, SUP2, "en", "{\"listIds\":[1],\"planCode\":\"RETIREE_INPATIENT\",\"versionCode\":\"BC-A\","
                + "\"confirmedOn\":\"" + today + "\"}", 400);
        assertTrue(both.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), both.headers().toString());
        assertTrue(both.body().contains("Give either list numbers, or a plan and version"), both.body());
        HttpResponse<String> bothZh = post(client, base, SUP2, "zh-CN", "{\"confirmedOn\":\"" + today + "\"}", 400);
        assertTrue(bothZh.body().contains("请给出名单编号，或者给出计划和版本"), bothZh.body());
        HttpResponse<String> unknownUnion = post(client, base, SUP2, "en", byVersion.replace("BC-D3", "BC-NOPE"), 404);
        assertTrue(unknownUnion.body().contains("There is no unit with code BC-NOPE"), unknownUnion.body());
        post(client, base, SUP2, "en", byVersion.replace("\"confirmedOn\"", "\"listsPerTransaction\":0,\"confirmedOn\""), 400);

        String done = post(client, base, SUP2, "en", byVersion, 200).body();
        assertTrue(done.contains("\"listsSelected\":2") && done.contains("\"listsConfirmed\":2") && done.contains("\"bills\":2")
                && done.contains("\"enrolments\":12") && done.contains("\"listsSkipped\":0"), done);
        String again = post(client, base, SUP2, "en", byVersion.replace("\"unitCodePrefix\":\"BC-X0\",", ""), 200).body();
        assertTrue(again.contains("\"listsSelected\":1") && again.contains("\"listsConfirmed\":1"), "only BC-XA3 was still waiting: " + again);
        HttpResponse<String> unknown = post(client, base, SUP1, "zh-CN", "{\"listIds\":[" + UNKNOWN_LIST + "],\"confirmedOn\":\"" + today + "\"}", 200);
        assertTrue(unknown.body().contains("\"code\":\"enrolment.list.notFound\"") && unknown.body().contains("没有编号为"), unknown.body());
    }

    @Test
    @Order(6)
    void theListOutsideTheUnionIsStillWaiting() {
        assertEquals("SUBMITTED", lists.ofUnit("BC-Y01").get(0).status());
        assertEquals("CONFIRMED", lists.ofUnit("BC-X01").get(0).status());
        assertEquals(SUP2, lists.ofUnit("BC-X02").get(0).decidedBy());
    }

    /** What confirmation wrote for some lists, without generated ids and timestamps, each row as text, sorted. */
    private record Snapshot(List<String> lists, List<String> enrolments, List<String> bills, List<String> lines, List<String> journal,
                            List<String> allocations, List<String> credit) {
    }

    private Snapshot snapshot(List<Long> listIds) throws Exception {
        String in = join(listIds);
        return new Snapshot(
                rows("select id, status, decided_by, confirmed_on, decision_note from insurance.enrolment_list where id in (" + in + ")"),
                rows("select list_id, member_id, plan_version_id, resident_id, unit_code, shares, status, cover_start, cover_end, continuous_from, "
                        + "waiting_end, payment_due, premium_status, ended_on from insurance.enrolment where list_id in (" + in + ")"),
                rows("select list_id, unit_code, plan_version_id, issued_on, payment_due, rate, unit_average_age, total, paid, unit_part, "
                        + "union_part, member_part, hardship_part, status, paid_in_full_on, lapsed_on from insurance.bill where list_id in (" + in + ")"),
                rows("select b.list_id, l.member_id, e.list_id, e.member_id, l.plan_version_id, l.shares, l.cover_start, l.hardship, l.amount, "
                        + "l.unit_part, l.union_part, l.member_part, l.hardship_part, l.start_day, l.end_day, l.earn_from, l.earn_to "
                        + "from insurance.bill_line l join insurance.bill b on b.id = l.bill_id join insurance.enrolment e on e.id = l.enrolment_id "
                        + "where b.list_id in (" + in + ")"),
                rows("select b.list_id, j.kind, j.entry_date, j.unit_code, j.posted_by, replace(coalesce(j.idempotency_key, '-'), cast(b.id as varchar), "
                        + "'<bill>'), j.reverses, p.line_no, p.account, p.side, p.amount from insurance.journal_entry j "
                        + "join insurance.bill b on j.reference = cast(b.id as varchar) join insurance.journal_posting p on p.entry_id = j.id "
                        + "where b.list_id in (" + in + ") and j.kind in ('BILL_ISSUED', 'CREDIT_APPLIED')"),
                rows("select b.list_id, a.payment_id, a.kind, a.amount, a.allocated_on from insurance.bill_allocation a "
                        + "join insurance.bill b on b.id = a.bill_id where b.list_id in (" + in + ")"),
                rows("select unit_code, credit from insurance.unit_account where unit_code like 'BC-%'"));
    }

    private List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        assertTrue(!rows.isEmpty(), "rows of " + sql);
        return rows;
    }

    private PlanVersionRecord version(String code, LocalDate start, PremiumBasis basis) {
        PlanRules source = versions.require(PLAN, "2001").rules();
        PremiumRule premium = new PremiumRule(basis, basis == PremiumBasis.PER_SHARE_PER_PERIOD
                ? List.of(PremiumTier.below(new BigDecimal("40"), new BigDecimal("61.17")), PremiumTier.open(new BigDecimal("73.33")))
                : List.of(PremiumTier.open(new BigDecimal("50.03"))),
                List.of(new PayerShare(Payer.UNIT, new BigDecimal("0.35")), new PayerShare(Payer.UNION, new BigDecimal("0.15")),
                        new PayerShare(Payer.MEMBER, new BigDecimal("0.50"))), MidPeriodJoiner.PRO_RATA);
        PlanRules rules = new PlanRules(new CoveragePeriod(start, start.plusYears(1).minusDays(1), 1), 3,
                new EligibilityRule(Set.of(EmploymentStatus.IN_SERVICE), Map.of(), false, false), source.group(), premium,
                new CoverRule(CoverStartRule.DAY_AFTER_CONFIRMATION, 15, 3), source.claimTimeLimitMonths(), source.refund(),
                source.benefits(), source.capGroups());
        return versions.create(PLAN, code, rules);
    }

    private EnrolmentListView upload(String unit, PlanVersionRecord version, String csv, String by) {
        ImportReport report = imports.upload(unit, version, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), unit + ".csv",
                ImportMode.ALL_OR_NOTHING, today(), by);
        assertTrue(report.applied(), () -> unit + ": " + report.problems());
        return report.list();
    }

    /** A unit's members: odd seeds young (average age under 40), even seeds older; shares 1–3; every fifth on the hardship file. */
    private static String csv(int seed, int members) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < members; i++) {
            int year = seed % 2 == 1 ? 1988 + i % 7 : 1972 + i % 9;
            String first17 = String.format("3101%02d%04d%02d%02d%03d", 10 + seed % 80, year, 1 + i % 12, 1 + (seed + i) % 28, 100 + i);
            String id = first17 + ResidentId.checkCharacter(first17);
            csv.append(id).append(",职工").append(seed).append('-').append(i).append(",,在职,是,").append(i % 5 == 2 ? "是" : "否").append(',')
                    .append(1 + (i + seed) % 3).append('\n');
        }
        return csv.toString();
    }

    private void assertJournalBalances() throws Exception {
        assertEquals(0, decimal("select coalesce(sum(case when side = 'DEBIT' then amount else -amount end), 0) from insurance.journal_posting")
                .signum(), "the journal sums to zero");
        assertEquals(0, count("select count(*) from (select entry_id from insurance.journal_posting group by entry_id "
                + "having sum(case when side = 'DEBIT' then amount else -amount end) <> 0) x"), "every entry balances");
    }

    private long count(String sql) throws Exception {
        return decimal(sql).longValueExact();
    }

    private BigDecimal decimal(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), sql);
            return r.getBigDecimal(1);
        }
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    private static HttpResponse<String> post(HttpClient client, URL base, String user, String language, String json, int status) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/enrolment-lists/confirmations"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), json + ": " + response.body());
        return response;
    }
}
