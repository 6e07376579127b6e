package org.huzhu.systemtests.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.huzhu.insurance.api.enrolment.EnrolmentListView;
import org.huzhu.insurance.api.premium.BillView;
import org.huzhu.insurance.api.premium.PaymentView;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.Payer;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.enrolment.EnrolmentImport;
import org.huzhu.insurance.enrolment.EnrolmentLists;
import org.huzhu.insurance.enrolment.rules.ImportMode;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.insurance.premium.Billing;
import org.huzhu.insurance.premium.Payments;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.platform.api.Accounts;
import org.huzhu.platform.api.Roles;
import org.huzhu.systemtests.support.MovableClock;
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
 * Premium accounting on PostgreSQL: two payments racing for one bill never over-allocate it; through the API a
 * list is confirmed, billed, paid in part (cover pending), paid in full (cover in force), the month is earned
 * by the batch job, stopped part-way and restarted, run again, and the trial balance read; the journal always
 * sums to zero and the earning equals the day-by-day schedule of every paid enrolment.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PremiumIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String HEADER = "身份证号,姓名,性别,在职状态,参加职工医保,份数\n";
    private static final String ADMIN = basic("admin", "system-test-admin-password");
    private static final String SUPERVISOR = basic("it-premium-supervisor", "it-premium-supervisor-password");

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClasses(PremiumIT.class, TestPlans.class, MovableClock.class);
    }

    @Inject
    MovableClock clock;

    @Inject
    UnitRegistry units;

    @Inject
    MemberDirectory directory;

    @Inject
    org.huzhu.members.api.MemberRegistry members;

    @Inject
    PlanVersions versions;

    @Inject
    EnrolmentImport imports;

    @Inject
    EnrolmentLists lists;

    @Inject
    Billing billing;

    @Inject
    Payments payments;

    @Inject
    Accounts accounts;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Test
    @Order(1)
    void setUpUnitsAndLists() {
        LocalDate today = LocalDate.now(SHANGHAI);
        PlanVersionRecord version = currentVersion();
        hierarchy();
        units.create("IT-P1", OrganisationKind.UNIT, "IT-PPD", "保费测试单位一", LocalDate.of(1994, 1, 1), "it");
        units.create("IT-P2", OrganisationKind.UNIT, "IT-PPD", "保费测试单位二", LocalDate.of(1994, 1, 1), "it");
        accounts.createIfAbsent("it-premium-supervisor", "it-premium-supervisor-password".toCharArray(), Set.of(Roles.SUPERVISOR));
        assertTrue(imports.upload("IT-P1", version, csv(residentIds(5_000, 12)), "p1.csv", ImportMode.ALL_OR_NOTHING, today, "it-agent").applied());
        assertTrue(imports.upload("IT-P2", version, csv(residentIds(6_000, 4)), "p2.csv", ImportMode.ALL_OR_NOTHING, today, "it-agent").applied());
        EnrolmentListView p2 = lists.ofUnit("IT-P2").get(0);
        lists.confirm(p2.id(), today, "it-premium-supervisor");
        List<BillView> bills = billing.ofList(p2.id(), Locale.ENGLISH);
        assertEquals(1, bills.size(), "confirmation bills the unit");
        assertTrue(bills.get(0).total().signum() > 0, "a positive premium");
        assertEquals("UNPAID", bills.get(0).status());
    }

    @Test
    @Order(2)
    void twoPaymentsRacingForOneBillNeverOverAllocateIt() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        BillView bill = billing.ofUnit("IT-P2", Locale.ENGLISH).get(0);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PaymentView>> racing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String reference = "RACE-" + i;
            racing.add(executor.submit(() -> {
                start.await();
                return payments.record(new Payments.NewPayment("IT-P2", today, bill.total(), Payer.UNIT, reference, null), "it-officer");
            }));
        }
        start.countDown();
        List<PaymentView> recorded = new ArrayList<>();
        for (Future<PaymentView> payment : racing) {
            recorded.add(payment.get());
        }
        BillView after = billing.require(bill.id(), Locale.ENGLISH);
        assertEquals("PAID", after.status());
        assertEquals(0, after.paid().compareTo(after.total()), "paid exactly once");
        BigDecimal toBill = recorded.stream().flatMap(p -> p.allocations().stream()).map(PaymentView.AllocationView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, toBill.compareTo(bill.total()), "one payment went to the bill");
        BigDecimal toCredit = recorded.stream().map(PaymentView::toCredit).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, toCredit.compareTo(bill.total()), "the other became the unit's credit");
        assertEquals(0, scalar("select credit from insurance.unit_account where unit_code = 'IT-P2'").compareTo(bill.total()));
        assertJournalBalances();
    }

    @Test
    @Order(3)
    @RunAsClient
    void confirmBillPayInPartThenInFullThroughTheApiButNotEarnTheMonthBeforeItEnds(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String today = LocalDate.now(SHANGHAI).toString();
        // confirmed ten days ago: cover runs from nine days ago, so this month earns, and payment is still due in five days
        String confirmedOn = LocalDate.now(SHANGHAI).minusDays(10).toString();
        String tomorrow = today;
        String lists = get(client, base, "api/v1/enrolment-lists?unit=IT-P1", ADMIN, 200);
        String listId = first(lists, "\"id\":(\\d+)");
        post(client, base, "api/v1/enrolment-lists/" + listId + "/confirm", SUPERVISOR, "{\"confirmedOn\":\"" + confirmedOn + "\"}", 200);

        String bills = get(client, base, "api/v1/bills?unit=IT-P1", ADMIN, 200);
        String billId = first(bills, "\"id\":(\\d+)");
        BigDecimal total = new BigDecimal(first(bills, "\"total\":([0-9.]+)"));
        assertTrue(bills.contains("\"status\":\"UNPAID\"") && bills.contains("\"lines\":12"), bills);
        String lines = get(client, base, "api/v1/bills/" + billId + "/lines", ADMIN, 200);
        BigDecimal sum = BigDecimal.ZERO;
        Matcher amounts = Pattern.compile("\"amount\":([0-9.]+)").matcher(lines);
        while (amounts.find()) {
            sum = sum.add(new BigDecimal(amounts.group(1)));
        }
        assertEquals(0, sum.compareTo(total), "the lines add up to the bill total");

        BigDecimal part = total.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
        String payment = post(client, base, "api/v1/payments", ADMIN, "{\"unitCode\":\"IT-P1\",\"receivedOn\":\"" + today + "\",\"amount\":" + part
                + ",\"payer\":\"UNIT\",\"bankReference\":\"ICBC-IT-1\"}", 201);
        String paymentId = first(payment, "\"id\":(\\d+)");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        send(client, HttpRequest.newBuilder(base.toURI().resolve("api/v1/payments/" + paymentId + "/voucher")).header("Authorization", ADMIN)
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(png)).build(), 204);
        send(client, HttpRequest.newBuilder(base.toURI().resolve("api/v1/payments/" + paymentId + "/voucher")).header("Authorization", ADMIN)
                .header("Content-Type", "image/png").header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofByteArray("not an image".getBytes(StandardCharsets.UTF_8))).build(), 400);

        String resident = residentIds(5_000, 1).get(0);
        String pending = get(client, base, "api/v1/coverage?residentId=" + resident + "&date=" + tomorrow, ADMIN, 200);
        assertTrue(pending.contains("PREMIUM_PENDING"), pending);
        assertTrue(get(client, base, "api/v1/bills/" + billId, ADMIN, 200).contains("PARTIALLY_PAID"));

        post(client, base, "api/v1/payments", ADMIN, "{\"unitCode\":\"IT-P1\",\"receivedOn\":\"" + today + "\",\"amount\":" + total.subtract(part)
                + ",\"payer\":\"UNIT\",\"bankReference\":\"ICBC-IT-2\",\"billId\":" + billId + "}", 201);
        String inForce = get(client, base, "api/v1/coverage?residentId=" + resident + "&date=" + tomorrow, ADMIN, 200);
        assertTrue(inForce.contains("IN_FORCE"), inForce);
        String statement = get(client, base, "api/v1/premium/statements/IT-P1", ADMIN, 200);
        assertTrue(statement.contains("\"outstanding\":0") && statement.contains("DAYS_0_30"), statement);

        // the month has not ended: earning it now would book premium not yet earned
        String refused = post(client, base, "api/v1/premium/earning-runs", ADMIN, "{\"month\":\"" + YearMonth.now(SHANGHAI) + "\"}", 422);
        assertTrue(refused.contains("has not ended"), refused);
    }

    @Test
    @Order(4)
    void theMonthEnds() {
        clock.moveTo(YearMonth.now(SHANGHAI).plusMonths(1).atDay(1));
    }

    @Test
    @Order(5)
    @RunAsClient
    void onceTheMonthHasEndedItIsEarnedStoppedRestartedAndRunAgainThroughTheApi(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        // other tests of the run share the ledger: compare what this month's run adds to earned premium
        BigDecimal earnedBefore = new BigDecimal(first(get(client, base, "api/v1/ledger/trial-balance", ADMIN, 200),
                "\"account\":\"EARNED_PREMIUM\"[^}]*\"normalBalance\":([0-9.]+)"));
        String month = YearMonth.now(SHANGHAI).toString();
        post(client, base, "api/v1/premium/earning-runs", ADMIN, "{\"month\":\"" + month + "\",\"rangeSize\":1,\"pauseMillis\":400}", 202);
        String progress = waitFor(client, base, month, p -> Integer.parseInt(first(p, "\"rangesDone\":(\\d+)")) >= 2);
        post(client, base, "api/v1/premium/earning-runs/" + month + "/stop", ADMIN, "", 200);
        progress = waitFor(client, base, month, p -> p.contains("\"batchStatus\":\"STOPPED\""));
        int done = Integer.parseInt(first(progress, "\"rangesDone\":(\\d+)"));
        int ranges = Integer.parseInt(first(progress, "\"rangesTotal\":(\\d+)"));
        assertTrue(done < ranges, "stopped part-way: " + progress);

        post(client, base, "api/v1/premium/earning-runs", ADMIN, "{\"month\":\"" + month + "\"}", 202);
        progress = waitFor(client, base, month, p -> p.contains("\"batchStatus\":\"COMPLETED\""));
        assertEquals(String.valueOf(ranges), first(progress, "\"rangesDone\":(\\d+)"), progress);
        String earned = first(progress, "\"earned\":([0-9.]+)");
        assertTrue(new BigDecimal(earned).signum() > 0, progress);

        post(client, base, "api/v1/premium/earning-runs", ADMIN, "{\"month\":\"" + month + "\"}", 202);
        String rerun = waitFor(client, base, month, p -> p.contains("\"batchStatus\":\"COMPLETED\""));
        assertEquals(earned, first(rerun, "\"earned\":([0-9.]+)"), "running the month again changes nothing");

        String trial = get(client, base, "api/v1/ledger/trial-balance", ADMIN, 200);
        assertTrue(trial.contains("\"balanceSum\":0"), trial);
        assertEquals(new BigDecimal(earned), new BigDecimal(first(trial, "\"account\":\"EARNED_PREMIUM\"[^}]*\"normalBalance\":([0-9.]+)"))
                .subtract(earnedBefore), trial);
        get(client, base, "api/v1/ledger/accounts/BANK", ADMIN, 200);
    }

    @Test
    @Order(6)
    void backToTheCalendar() {
        clock.reset();
    }

    /**
     * The rule the application computes in SQL (EarnedPremium), worked out here on its own: premium earned by the end of
     * {@code day} is premium × days covered to it / days of cover, rounded half-up to the fen once.
     */
    private static BigDecimal earnedTo(BigDecimal premium, long startDay, long endDay, LocalDate day) {
        long covered = Math.max(0, Math.min(day.toEpochDay() - startDay + 1, endDay - startDay + 1));
        return premium.multiply(BigDecimal.valueOf(covered)).divide(BigDecimal.valueOf(endDay - startDay + 1), 2, java.math.RoundingMode.HALF_UP);
    }

    @Test
    @Order(7)
    void theEarningEqualsTheDailyScheduleOfEveryPaidEnrolmentAndIsPostedOnce() throws Exception {
        YearMonth month = YearMonth.now(SHANGHAI);
        int m = month.getYear() * 100 + month.getMonthValue();
        BigDecimal expected = BigDecimal.ZERO.setScale(2);
        int lines = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select amount, start_day, end_day, earn_from from insurance.bill_line where earn_from is not null")) {
            while (rows.next()) {
                if (rows.getInt(4) > m) {
                    continue;
                }
                BigDecimal toMonthEnd = earnedTo(rows.getBigDecimal(1), rows.getInt(2), rows.getInt(3), month.atEndOfMonth());
                expected = expected.add(rows.getInt(4) == m ? toMonthEnd
                        : toMonthEnd.subtract(earnedTo(rows.getBigDecimal(1), rows.getInt(2), rows.getInt(3), month.minusMonths(1).atEndOfMonth())));
                lines++;
            }
        }
        assertEquals(16, lines, "both units' enrolments are paid");
        BigDecimal posted = scalar("select coalesce(sum(p.amount), 0) from insurance.journal_posting p join insurance.journal_entry e on e.id = p.entry_id "
                + "where e.kind = 'PREMIUM_EARNED' and p.account = 'EARNED_PREMIUM' and e.reference like '" + month + ":%'");
        assertEquals(0, expected.compareTo(posted), "posted " + posted + ", expected " + expected);
        assertEquals(0, scalar("select count(*) from insurance.earning_range where run_month = '" + month + "'")
                .compareTo(scalar("select ranges_total from insurance.earning_run where run_month = '" + month + "'")), "every range exactly once");
        assertJournalBalances();
    }

    @Test
    @Order(8)
    void leaversReversalsAndLapsesPostBalancedCorrections() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        YearMonth month = YearMonth.now(SHANGHAI);
        // a member of the paid, earned unit dies: the refund by the version's rule, the rest of the reserve earned at once
        String resident = residentIds(5_000, 12).get(1);
        long memberId = directory.findByResidentId(ResidentId.parse(resident)).orElseThrow().id();
        members.die(ResidentId.parse(resident), today, "it");
        BigDecimal amount = scalar("select amount from insurance.bill_line where member_id = " + memberId);
        BigDecimal refund = scalar("select refund from insurance.bill_line where member_id = " + memberId);
        long start = scalar("select start_day from insurance.bill_line where member_id = " + memberId).longValue();
        long end = scalar("select end_day from insurance.bill_line where member_id = " + memberId).longValue();
        BigDecimal earnedByRuns = earnedTo(amount, start, end, month.atEndOfMonth());
        BigDecimal released = scalar("select coalesce(sum(p.amount), 0) from insurance.journal_posting p join insurance.journal_entry e on e.id = p.entry_id "
                + "where e.kind = 'MEMBER_LEFT' and p.account = 'UNEARNED_PREMIUM_RESERVE' and e.idempotency_key = 'LEFT:' || "
                + "(select enrolment_id from insurance.bill_line where member_id = " + memberId + ")");
        assertEquals(0, amount.subtract(earnedByRuns).compareTo(released), "the member's whole reserve is released once");
        assertTrue(refund.signum() >= 0 && refund.compareTo(amount) <= 0);
        assertEquals(0, scalar("select count(*) from insurance.bill_line where member_id = " + memberId + " and earn_to is null").signum(),
                "the monthly earning counts the line no more");

        // the payment that became credit is reversed; the one whose cover was earned cannot be
        List<PaymentView> p2 = payments.ofUnit("IT-P2");
        PaymentView toCredit = p2.stream().filter(p -> p.toCredit().signum() > 0).findFirst().orElseThrow();
        PaymentView toBill = p2.stream().filter(p -> p.toCredit().signum() == 0).findFirst().orElseThrow();
        PaymentView reversed = payments.reverse(toCredit.id(), "keyed twice", "it-supervisor");
        assertEquals(today, reversed.reversedOn());
        assertEquals(0, scalar("select credit from insurance.unit_account where unit_code = 'IT-P2'").signum());
        org.huzhu.platform.api.DomainException earned = org.junit.jupiter.api.Assertions.assertThrows(org.huzhu.platform.api.DomainException.class,
                () -> payments.reverse(toBill.id(), "wrong", "it-supervisor"));
        assertEquals("premium.payment.reverseEarned", earned.code());

        // a list confirmed twenty days ago and never paid lapses from its start, and the unit reads why
        units.create("IT-P3", OrganisationKind.UNIT, "IT-PPD", "保费测试单位三", LocalDate.of(1994, 1, 1), "it");
        assertTrue(imports.upload("IT-P3", currentVersionAgain(), csv(residentIds(7_000, 3)), "p3.csv", ImportMode.ALL_OR_NOTHING, today, "it-agent")
                .applied());
        EnrolmentListView p3 = lists.ofUnit("IT-P3").get(0);
        lists.confirm(p3.id(), today.minusDays(20), "it-premium-supervisor");
        List<Long> lapsed = billing.lapseOverdue(today, "it");
        BillView bill = billing.ofList(p3.id(), Locale.ENGLISH).get(0);
        assertTrue(lapsed.contains(bill.id()));
        assertEquals("LAPSED", bill.status());
        assertTrue(bill.statusReason().startsWith("Not paid in full by " + today.minusDays(5)), bill.statusReason());
        assertEquals(3, scalar("select count(*) from insurance.enrolment where list_id = " + p3.id() + " and status = 'LAPSED'").intValue());
        org.huzhu.platform.api.DomainException tooLate = org.junit.jupiter.api.Assertions.assertThrows(org.huzhu.platform.api.DomainException.class,
                () -> payments.record(new Payments.NewPayment("IT-P3", today, bill.total(), Payer.UNIT, "LATE", bill.id()), "it-officer"));
        assertEquals("premium.payment.billLapsed", tooLate.code());
        assertJournalBalances();
    }

    @Test
    @Order(9)
    void aBillPaidFromCreditAtABackDatedConfirmationIsPaidInFullOnTheConfirmationDay() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        units.create("IT-P4", OrganisationKind.UNIT, "IT-PPD", "保费测试单位四", LocalDate.of(1994, 1, 1), "it");
        // money received a month ago, before the unit had any bill: all of it is the unit's credit
        PaymentView advance = payments.record(new Payments.NewPayment("IT-P4", today.minusDays(30), new BigDecimal("1000.00"), Payer.UNIT,
                "ADVANCE", null), "it-officer");
        assertEquals(0, advance.toCredit().compareTo(new BigDecimal("1000.00")), advance.toString());
        assertTrue(imports.upload("IT-P4", currentVersionAgain(), csv(residentIds(8_000, 3)), "p4.csv", ImportMode.ALL_OR_NOTHING, today, "it-agent")
                .applied());
        EnrolmentListView p4 = lists.ofUnit("IT-P4").get(0);
        lists.confirm(p4.id(), today.minusDays(10), "it-premium-supervisor");
        BillView bill = billing.ofList(p4.id(), Locale.ENGLISH).get(0);
        assertEquals("PAID", bill.status(), "the credit covers the bill");
        assertEquals(today.minusDays(10), bill.paidInFullOn(), "paid from credit on the day the bill was issued, not on the day it was keyed in");
        assertEquals(1, scalar("select count(*) from insurance.bill_allocation where kind = 'CREDIT' and bill_id = " + bill.id()
                + " and allocated_on = date '" + today.minusDays(10) + "'").intValue(), "the credit is allocated on that day");
        assertJournalBalances();
    }

    private PlanVersionRecord currentVersionAgain() {
        return TestPlans.currentWorkingVersion(versions);
    }

    private void assertJournalBalances() throws Exception {
        assertEquals(0, scalar("select coalesce(sum(case when side = 'DEBIT' then amount else -amount end), 0) from insurance.journal_posting").signum(),
                "the journal sums to zero");
        assertEquals(0, scalar("select count(*) from (select entry_id from insurance.journal_posting group by entry_id "
                + "having sum(case when side = 'DEBIT' then amount else -amount end) <> 0) x").signum(), "every entry balances");
    }

    private BigDecimal scalar(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getBigDecimal(1);
        }
    }

    private static String waitFor(HttpClient client, URL base, String month, java.util.function.Predicate<String> done) throws Exception {
        String progress = "";
        // a bound for a loaded machine: the run is seconds of work
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            progress = get(client, base, "api/v1/premium/earning-runs/" + month, ADMIN, 200);
            if (done.test(progress)) {
                return progress;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Run did not get there within 5 minutes: " + progress);
    }

    private static String get(HttpClient client, URL base, String path, String auth, int status) throws Exception {
        return send(client, HttpRequest.newBuilder(base.toURI().resolve(path)).header("Authorization", auth).header("Accept-Language", "en").GET().build(), status);
    }

    private static String post(HttpClient client, URL base, String path, String auth, String json, int status) throws Exception {
        return send(client, HttpRequest.newBuilder(base.toURI().resolve(path)).header("Authorization", auth).header("Accept-Language", "en")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(), status);
    }

    private static String send(HttpClient client, HttpRequest request, int status) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), request.method() + " " + request.uri() + ": " + response.body());
        return response.body();
    }

    private static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), regex + " in " + text);
        return matcher.group(1);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private PlanVersionRecord currentVersion() {
        return TestPlans.currentWorkingVersion(versions);
    }

    private void hierarchy() {
        LocalDate founded = LocalDate.of(1994, 1, 1);
        units.create("IT-PSH", OrganisationKind.ASSOCIATION, null, "上海市职工保障互助会", founded, "it");
        units.create("IT-PPD", OrganisationKind.DISTRICT_UNION, "IT-PSH", "浦东新区总工会", founded, "it");
    }

    private static ByteArrayInputStream csv(List<String> ids) {
        StringBuilder csv = new StringBuilder(HEADER);
        ids.forEach(id -> csv.append(id).append(",职工").append(id.substring(14)).append(",,在职,是,1\n"));
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> residentIds(int seed, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first17 = String.format("310115%04d%02d%02d%03d", 1975 + (seed / 1000 + i) % 20, 1 + i % 12, 1 + (seed / 100 + i) % 28,
                    (seed + i) % 1000);
            ids.add(first17 + ResidentId.checkCharacter(first17));
        }
        return ids;
    }
}
