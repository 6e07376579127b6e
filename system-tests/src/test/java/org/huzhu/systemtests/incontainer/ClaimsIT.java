package org.huzhu.systemtests.incontainer;

import org.huzhu.claims.api.ClaimRequests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.sql.DataSource;

import org.huzhu.claims.intake.PlanYearReassessment;
import org.huzhu.insurance.api.rules.BenefitRule;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.DeathBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.enrolment.EnrolmentImport;
import org.huzhu.insurance.enrolment.EnrolmentLists;
import org.huzhu.insurance.enrolment.rules.ImportMode;
import org.huzhu.insurance.enrolment.rules.ImportReport;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.members.api.MemberDirectory;
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
 * Claims on PostgreSQL, through the API: intake with its refusals, assessment with explanation, four-eyes
 * review, approval, payment batch, bank file and return, appeal, reversal, work queues, the settlement feed;
 * approvals racing on one member's annual limit; and the bulk reassessment of a plan year with its speed.
 * Units, members, a current plan version and confirmed enrolments are created through the services; the
 * premium is marked paid (and cover backdated to the period start) with SQL until premium accounting exists.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClaimsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String PLAN = "WORKING_INPATIENT";
    private static final String PASSWORD = "claims-it-password";
    private static final int MEMBERS = 14;
    private static final int BULK_MEMBERS = 600;
    private static final int BULK_CLAIMS_PER_MEMBER = 10;

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClasses(ClaimsIT.class, TestPlans.class);
    }

    @Inject
    UnitRegistry units;

    @Inject
    MemberDirectory directory;

    @Inject
    PlanVersions versions;

    @Inject
    EnrolmentImport imports;

    @Inject
    EnrolmentLists lists;

    @Inject
    Accounts accounts;

    @Inject
    PlanYearReassessment reassessment;

    @Test
    @Order(1)
    void setUpMembersWithCover() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        PlanVersionRecord version = currentVersion();
        LocalDate founded = LocalDate.of(1994, 1, 1);
        units.create("CL-SH", OrganisationKind.ASSOCIATION, null, "上海市职工保障互助会", founded, "it");
        units.create("CL-PD", OrganisationKind.DISTRICT_UNION, "CL-SH", "浦东新区总工会", founded, "it");
        units.create("CL-U1", OrganisationKind.UNIT, "CL-PD", "理赔测试单位工会", founded, "it");
        units.create("CL-BULK", OrganisationKind.UNIT, "CL-PD", "批量测试单位工会", founded, "it");
        accounts.createIfAbsent("cl-officer", PASSWORD.toCharArray(), Set.of(Roles.OFFICER));
        // the filer never approves their own claim: a second officer reviews what cl-officer files
        accounts.createIfAbsent("cl-officer2", PASSWORD.toCharArray(), Set.of(Roles.OFFICER));
        for (String supervisor : List.of("cl-sup1", "cl-sup2", "cl-sup3")) {
            accounts.createIfAbsent(supervisor, PASSWORD.toCharArray(), Set.of(Roles.SUPERVISOR));
        }
        // two members who sign in themselves (with their resident ID) to send their own requests
        for (String member : residentIds(100, MEMBERS).subList(12, 14)) {
            accounts.createIfAbsent(member, PASSWORD.toCharArray(), Set.of(Roles.MEMBER));
        }
        enrol("CL-U1", residentIds(100, MEMBERS), version, today);
        enrol("CL-BULK", residentIds(7000, BULK_MEMBERS), version, today);
        sql("update insurance.enrolment set premium_status = 'PAID', cover_start = " + "date '" + version.rules().period().start()
                + "', continuous_from = date '" + version.rules().period().start() + "', waiting_end = date '"
                + version.rules().period().start() + "' where unit_code in ('CL-U1', 'CL-BULK')");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theWholePathWorksThroughTheApi(@ArquillianResource URL base) throws Exception {
        Api api = new Api(base);
        List<String> ids = residentIds(100, MEMBERS);
        LocalDate start = LocalDate.now(SHANGHAI).minusMonths(2).withDayOfMonth(1);

        // intake refusals, each with a clear reason
        HttpResponse<String> unbalanced = api.post("cl-officer", "claims", stay(ids.get(0), start.plusDays(2), start.plusDays(11), "20000.00",
                "14000.00", "5000.00", "900.00", "INV-X1"));
        assertEquals(400, unbalanced.statusCode(), unbalanced.body());
        assertTrue(unbalanced.body().contains("The total cost 20000.00 yuan should equal"), unbalanced.body());
        HttpResponse<String> backwards = api.post("cl-officer", "claims", stay(ids.get(0), start.plusDays(11), start.plusDays(2), "20000.00",
                "14000.00", "5000.00", "1000.00", "INV-X2"));
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertTrue(backwards.body().contains("is before the admission date"), backwards.body());
        HttpResponse<String> noCover = api.post("cl-officer", "claims", stay(ids.get(0), start.minusDays(20), start.minusDays(15), "20000.00",
                "14000.00", "5000.00", "1000.00", "INV-X3"));
        assertEquals(422, noCover.statusCode(), noCover.body());
        assertTrue(noCover.body().contains("claim.noCover"), noCover.body());

        // intake and assessment with explanation
        HttpResponse<String> filed = api.post("cl-officer", "claims", stay(ids.get(0), start.plusDays(2), start.plusDays(11), "20000.00",
                "14000.00", "5000.00", "1000.00", "INV-A1"));
        assertEquals(201, filed.statusCode(), filed.body());
        long a = id(filed.body());
        assertEquals("ASSESSED", field(filed.body(), "status"));
        assertEquals("2000.00", field(filed.body(), "payable"));
        assertTrue(filed.body().contains("4,000.00 yuan from 1,000 to 10,000 yuan at 50% = 2,000.00 yuan"), filed.body());
        assertTrue(filed.body().contains("BELOW_DEDUCTIBLE") && filed.body().contains("outside the basic insurance scope"), filed.body());
        HttpResponse<String> chinese = api.get("cl-officer", "claims/" + a, "zh-CN");
        assertTrue(chinese.body().contains("1,000 至 10,000 元部分 4,000.00 元 × 50% = 2,000.00 元"), chinese.body());

        HttpResponse<String> again = api.post("cl-officer", "claims", stay(ids.get(1), start.plusDays(3), start.plusDays(5), "3000.00",
                "1000.00", "2000.00", "0.00", "INV-A1"));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("Invoice number INV-A1 was already claimed on claim CL"), again.body());

        // documents: a PNG is taken, a text file is not
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        HttpResponse<String> document = api.send("cl-officer", HttpRequest.newBuilder(api.uri("claims/" + a + "/documents?kind=INVOICE"))
                .header("Content-Type", "image/png").header("X-File-Name", "invoice.png").POST(HttpRequest.BodyPublishers.ofByteArray(png)));
        assertEquals(201, document.statusCode(), document.body());
        HttpResponse<String> text = api.send("cl-officer", HttpRequest.newBuilder(api.uri("claims/" + a + "/documents?kind=INVOICE"))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofString("not an image")));
        assertEquals(400, text.statusCode(), text.body());
        assertTrue(text.body().contains("is not a PDF, JPEG or PNG file"), text.body());

        // review and approval (below the second-review amount: one review)
        HttpResponse<String> ownClaim = api.post("cl-officer", "claims/" + a + "/approve", "{\"note\":\"ok\"}");
        assertEquals(403, ownClaim.statusCode(), ownClaim.body());
        assertTrue(ownClaim.body().contains("access.claim.ownClaim"), "the filer never approves, whatever the amount: " + ownClaim.body());
        HttpResponse<String> approved = api.post("cl-officer2", "claims/" + a + "/approve", "{\"note\":\"ok\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", field(approved.body(), "status"));
        assertEquals("2000.00", field(approved.body(), "approvedAmount"));

        // four eyes above the second-review amount
        long b = id(api.post("cl-officer", "claims", stay(ids.get(1), start.plusDays(3), start.plusDays(20), "50000.00", "20000.00",
                "30000.00", "0.00", "INV-B1")).body());
        assertEquals("SECOND_REVIEW", field(api.post("cl-sup1", "claims/" + b + "/approve", "{}").body(), "status"));
        HttpResponse<String> officerSecond = api.post("cl-officer", "claims/" + b + "/approve", "{}");
        assertEquals(403, officerSecond.statusCode(), officerSecond.body());
        HttpResponse<String> sameSupervisor = api.post("cl-sup1", "claims/" + b + "/approve", "{}");
        assertEquals(403, sameSupervisor.statusCode(), sameSupervisor.body());
        assertTrue(sameSupervisor.body().contains("claim.secondReview.fourEyes"), sameSupervisor.body());
        HttpResponse<String> second = api.post("cl-sup2", "claims/" + b + "/approve", "{}");
        assertEquals("APPROVED", field(second.body(), "status"), second.body());
        assertEquals("15000.00", field(second.body(), "approvedAmount"), "the yearly limit of 15000 per share");

        // a death benefit goes to the union account
        long death = id(api.post("cl-officer", "claims", "{\"residentId\":\"" + ids.get(2) + "\",\"planCode\":\"" + PLAN + "\",\"type\":\"DEATH\","
                + "\"serviceDate\":\"" + start.plusDays(4) + "\"}").body());
        assertEquals("APPROVED", field(api.post("cl-officer2", "claims/" + death + "/approve", "{}").body(), "status"));

        // payment batch, bank file, return: paid, failed, and nothing paid twice
        HttpResponse<String> batch = api.post("cl-sup3", "payment-batches", "{}");
        assertEquals(201, batch.statusCode(), batch.body());
        long batchId = id(batch.body());
        // a batch sweeps every approved claim of the database, which other test classes share: this test's three are in it
        for (long claim : List.of(a, b, death)) {
            assertTrue(batch.body().contains("\"claimReference\":\"" + reference(claim) + "\""), reference(claim) + " in " + batch.body());
        }
        HttpResponse<String> bankFileAnswer = api.get("cl-sup3", "payment-batches/" + batchId + "/bank-file", "en");
        // GBK with Chinese headers, whatever the reader's language (the client decodes by the answer's charset)
        assertEquals("text/csv;charset=GBK", bankFileAnswer.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        String bankFile = bankFileAnswer.body();
        assertTrue(bankFile.startsWith("收款人户名,收款人账号,金额,用途"), bankFile);
        assertTrue(bankFile.contains(",2000.00," + reference(a)) && bankFile.contains("6222" + ids.get(0).substring(6, 17) + "0"), bankFile);
        assertTrue(bankFile.contains("UNION-BENEFICIARY-ACCOUNT,5000.00," + reference(death)), bankFile);
        HttpResponse<String> nothingLeft = api.post("cl-sup3", "payment-batches", "{}");
        assertEquals(422, nothingLeft.statusCode(), "claims in a live batch line are not batched again: " + nothingLeft.body());
        String returnFile = "claim_reference,result,message\n" + reference(a) + ",PAID,\n" + reference(b) + ",FAILED,账户已销户\n"
                + reference(death) + ",PAID,\n" + reference(a) + ",PAID,\n";
        HttpResponse<String> applied = api.send("cl-sup3", HttpRequest.newBuilder(api.uri("payment-batches/" + batchId + "/bank-return"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(returnFile)));
        assertEquals(200, applied.statusCode(), applied.body());
        assertEquals("2", field(applied.body(), "paid"), applied.body());
        assertEquals("1", field(applied.body(), "failed"), applied.body());
        assertTrue(applied.body().contains("is not a pending line of this batch"), "the repeated line is refused: " + applied.body());
        assertEquals("PAID", field(api.get("cl-officer", "claims/" + a, "en").body(), "status"));
        assertEquals("APPROVED", field(api.get("cl-officer", "claims/" + b, "en").body(), "status"), "a failed payment goes back to approved");
        HttpResponse<String> retry = api.post("cl-sup3", "payment-batches", "{}");
        assertEquals("1", field(retry.body(), "lineCount"), retry.body());
        long retryId = id(retry.body());
        assertEquals(200, api.send("cl-sup3", HttpRequest.newBuilder(api.uri("payment-batches/" + retryId + "/bank-return"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("claim_reference,result\n" + reference(b)
                        + ",PAID\n"))).statusCode());
        assertEquals("15000.00", field(api.get("cl-officer", "claims/" + b, "en").body(), "paidAmount"));
        // the journal books each return's paid lines as one entry, claims expense against the bank (the failed line: nothing)
        LocalDate today = LocalDate.now(SHANGHAI);
        List<String> expense = ledgerLines(api.get("cl-sup3", "ledger/accounts/CLAIMS_EXPENSE?from=" + today + "&to=" + today, "en").body());
        assertTrue(expense.stream().anyMatch(line -> line.contains("\"kind\":\"BENEFITS_PAID\"") && line.contains("\"reference\":\"" + batchId + "\"")
                && line.contains("\"debit\":7000.00")), "2000 + 5000 paid by the first return: " + expense);
        assertTrue(expense.stream().anyMatch(line -> line.contains("\"kind\":\"BENEFITS_PAID\"") && line.contains("\"reference\":\"" + retryId + "\"")
                && line.contains("\"debit\":15000.00")), "15000 by the second: " + expense);
        List<String> bank = ledgerLines(api.get("cl-sup3", "ledger/accounts/BANK?from=" + today + "&to=" + today, "en").body());
        assertTrue(bank.stream().anyMatch(line -> line.contains("\"kind\":\"BENEFITS_PAID\"") && line.contains("\"reference\":\"" + batchId + "\"")
                && line.contains("\"credit\":7000.00")), "the bank is credited what left it: " + bank);

        // the audit trail reads back
        String history = api.get("cl-officer", "claims/" + a + "/history", "en").body();
        for (String action : List.of("\"FILE\"", "\"ASSESS\"", "\"DOCUMENT\"", "\"APPROVE\"", "\"BATCH\"", "\"PAID\"")) {
            assertTrue(history.contains("\"action\":" + action), action + " in " + history);
        }
        assertTrue(history.contains("\"actor\":\"cl-sup3\""), history);

        // appeal of a paid claim with corrected facts is out of scope; an appeal reassesses and pays only the difference
        HttpResponse<String> appeal = api.post("cl-officer", "claims/" + a + "/appeal", "{\"note\":\"复议\"}");
        assertEquals("ASSESSED", field(appeal.body(), "status"), appeal.body());
        assertEquals("PAID", field(api.post("cl-officer2", "claims/" + a + "/approve", "{}").body(), "status"),
                "nothing more is due, so the appeal pays nothing twice");

        // reversal: a later claim of the same plan year is reassessed
        long c1 = id(api.post("cl-officer", "claims", stay(ids.get(3), start.plusDays(1), start.plusDays(4), "8000.00", "2000.00", "6000.00",
                "0.00", "INV-C1")).body());
        api.post("cl-officer2", "claims/" + c1 + "/approve", "{}");
        long c2 = id(api.post("cl-officer", "claims", stay(ids.get(3), start.plusDays(6), start.plusDays(9), "5000.00", "1000.00", "4000.00",
                "0.00", "INV-C2")).body());
        assertEquals("2000.00", field(api.post("cl-officer2", "claims/" + c2 + "/approve", "{}").body(), "approvedAmount"),
                "deductible used up by the first stay: 4000 at 50%");
        HttpResponse<String> reversed = api.post("cl-sup1", "claims/" + c1 + "/reverse", "{\"note\":\"发票作废\"}");
        assertEquals(200, reversed.statusCode(), reversed.body());
        assertEquals("[" + c2 + "]", reversed.body());
        assertEquals("1500.00", field(api.get("cl-officer", "claims/" + c2, "en").body(), "approvedAmount"),
                "after the reversal the deductible falls on the second stay: 3000 at 50%");
        assertTrue(ledgerLines(api.get("cl-sup3", "ledger/accounts/RECOVERIES_RECEIVABLE?from=" + today + "&to=" + today, "en").body())
                .stream().noneMatch(line -> line.contains("\"reference\":\"" + c1 + "\"")), "c1 was never paid: nothing to recover");
        // a paid claim reversed: what it was paid is to be recovered, and leaves the claims expense
        HttpResponse<String> paidReversed = api.post("cl-sup1", "claims/" + death + "/reverse", "{\"note\":\"重复申请\"}");
        assertEquals(200, paidReversed.statusCode(), paidReversed.body());
        assertTrue(ledgerLines(api.get("cl-sup3", "ledger/accounts/RECOVERIES_RECEIVABLE?from=" + today + "&to=" + today, "en").body())
                .stream().anyMatch(line -> line.contains("\"kind\":\"BENEFIT_REVERSED\"") && line.contains("\"reference\":\"" + death + "\"")
                        && line.contains("\"debit\":5000.00")), "the death benefit paid, 5000, is to be recovered");
        assertTrue(ledgerLines(api.get("cl-sup3", "ledger/accounts/CLAIMS_EXPENSE?from=" + today + "&to=" + today, "en").body())
                .stream().anyMatch(line -> line.contains("\"kind\":\"BENEFIT_REVERSED\"") && line.contains("\"reference\":\"" + death + "\"")
                        && line.contains("\"credit\":5000.00")), "and leaves the claims expense");

        // pending for documents, then withdrawn
        long p = id(api.post("cl-officer", "claims", stay(ids.get(4), start.plusDays(1), start.plusDays(2), "1000.00", "500.00", "500.00",
                "0.00", "INV-P1")).body());
        assertEquals("PENDING_DOCUMENTS", field(api.post("cl-officer", "claims/" + p + "/pend", "{\"note\":\"请补交出院小结\"}").body(), "status"));
        assertEquals("ASSESSED", field(api.post("cl-officer", "claims/" + p + "/assess", "{}").body(), "status"));
        assertEquals("WITHDRAWN", field(api.post("cl-officer", "claims/" + p + "/withdraw", "{}").body(), "status"));

        // work queues and a member's claim history
        String queues = api.get("cl-officer", "claims/queues?unit=CL-U1", "en").body();
        assertTrue(queues.contains("\"status\":\"PAID\"") && queues.contains("\"status\":\"WITHDRAWN\""), queues);
        String memberHistory = api.get("cl-officer", "claims?member=" + ids.get(3), "en").body();
        assertTrue(memberHistory.contains(reference(c1)) && memberHistory.contains(reference(c2)), memberHistory);
        String approvedQueue = api.get("cl-officer", "claims?status=APPROVED&unit=CL-U1&olderThanDays=0", "en").body();
        assertTrue(approvedQueue.contains(reference(c2)), approvedQueue);

        // claims without a form: the settlement feed
        String feed = "resident_id,plan_code,type,service_date,end_date,days_in_hospital,hospital,hospital_level,icd10,total_cost,"
                + "basic_insurance_paid,in_scope_self_pay,out_of_scope_self_pay,invoice_no\n"
                + ids.get(5) + "," + PLAN + ",INPATIENT," + start.plusDays(1) + "," + start.plusDays(3) + ",3,仁济医院,TERTIARY,K35.8,"
                + "3000.00,1000.00,2000.00,0.00,FEED-1\n"
                + "110101199003070011," + PLAN + ",INPATIENT," + start.plusDays(1) + "," + start.plusDays(3) + ",3,仁济医院,TERTIARY,,"
                + "3000.00,1000.00,2000.00,0.00,FEED-2\n"
                + ids.get(6) + ",SERIOUS_ILLNESS,OUTPATIENT_SERIOUS," + start.plusDays(1) + ",,,仁济医院,TERTIARY,,"
                + "3000.00,1000.00,2000.00,0.00,FEED-3\n";
        HttpResponse<String> feedReport = api.send("cl-officer", HttpRequest.newBuilder(api.uri("claims/settlement-feed"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(feed)));
        assertEquals(200, feedReport.statusCode(), feedReport.body());
        assertEquals("1", field(feedReport.body(), "claimsCreated"), feedReport.body());
        assertTrue(feedReport.body().contains("\"row\":3") && feedReport.body().contains("claim.member.unknown")
                && feedReport.body().contains("\"row\":4") && feedReport.body().contains("claim.noCover"), feedReport.body());
    }

    @Test
    @Order(3)
    @RunAsClient
    void racingApprovalsNeverExceedTheYearlyLimit(@ArquillianResource URL base) throws Exception {
        Api api = new Api(base);
        List<String> ids = residentIds(100, MEMBERS);
        LocalDate start = LocalDate.now(SHANGHAI).minusMonths(2).withDayOfMonth(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                String member = ids.get(7 + round);
                long first = id(api.post("cl-officer", "claims", stay(member, start.plusDays(1), start.plusDays(5), "40000.00", "10000.00",
                        "30000.00", "0.00", "RACE-" + round + "-1")).body());
                long second = id(api.post("cl-officer", "claims", stay(member, start.plusDays(7), start.plusDays(9), "40000.00", "10000.00",
                        "30000.00", "0.00", "RACE-" + round + "-2")).body());
                assertEquals("SECOND_REVIEW", field(api.post("cl-sup3", "claims/" + first + "/approve", "{}").body(), "status"));
                assertEquals("SECOND_REVIEW", field(api.post("cl-sup3", "claims/" + second + "/approve", "{}").body(), "status"));
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<HttpResponse<String>> one = () -> {
                    together.await();
                    return api.post("cl-sup1", "claims/" + first + "/approve", "{}");
                };
                Callable<HttpResponse<String>> two = () -> {
                    together.await();
                    return api.post("cl-sup2", "claims/" + second + "/approve", "{}");
                };
                Future<HttpResponse<String>> a = pool.submit(one);
                Future<HttpResponse<String>> b = pool.submit(two);
                assertEquals(200, a.get().statusCode(), a.get().body());
                assertEquals(200, b.get().statusCode(), b.get().body());
                BigDecimal total = new BigDecimal(field(api.get("cl-officer", "claims/" + first, "en").body(), "approvedAmount"))
                        .add(new BigDecimal(field(api.get("cl-officer", "claims/" + second, "en").body(), "approvedAmount")));
                assertEquals(new BigDecimal("15000.00"), total, "round " + round + ": both approved, together exactly the yearly limit");
            }
        } finally {
            pool.shutdownNow();
        }
        // the plan year reassessed in bulk through the API keeps every member within the limit
        HttpResponse<String> bulk = api.post("cl-sup1", "claims/reassessments", "{\"planCode\":\"" + PLAN + "\",\"yearStart\":\"" + start + "\"}");
        assertEquals(200, bulk.statusCode(), bulk.body());
        assertTrue(Integer.parseInt(field(bulk.body(), "claims")) >= 8, bulk.body());
        HttpResponse<String> officer = api.post("cl-officer", "claims/reassessments", "{\"planCode\":\"" + PLAN + "\",\"yearStart\":\"" + start + "\"}");
        assertEquals(403, officer.statusCode(), officer.body());
        for (int round = 0; round < 4; round++) {
            String claims = api.get("cl-officer", "claims?member=" + ids.get(7 + round) + "&status=APPROVED", "en").body();
            BigDecimal total = BigDecimal.ZERO;
            Matcher amounts = Pattern.compile("\"approvedAmount\":([0-9.]+)").matcher(claims);
            while (amounts.find()) {
                total = total.add(new BigDecimal(amounts.group(1)));
            }
            assertEquals(new BigDecimal("15000.00"), total, claims);
        }
    }

    @Test
    @Order(4)
    void bulkReassessmentOfAPlanYearRunsAtAThousandClaimsPerSecond() throws Exception {
        PlanVersionRecord version = currentVersion();
        LocalDate yearStart = version.rules().period().start();
        sql("insert into claims.claim (member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, enrolment_version_id, "
                + "plan_version_id, claim_type, service_date, end_date, days_in_hospital, total_cost, basic_paid, in_scope_self_pay, "
                + "out_of_scope_self_pay, received_on, year_start, year_end, source, status, assessment_no, payable, approved_amount, paid_amount, "
                + "created_by, created_at, updated_at) "
                + "select e.member_id, e.resident_id, 'bulk', e.unit_code, '" + PLAN + "', e.id, e.plan_version_id, e.plan_version_id, 'INPATIENT', "
                + "v.period_start + g, v.period_start + g + 3, 4, 3000 + g * 100, 1000, 1500 + g * 100, 500, current_date, v.period_start, "
                + "v.period_end, 'FORM', 'APPROVED', 0, 0, 0, 0, 'bulk', now(), now() "
                + "from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id, generate_series(1, "
                + BULK_CLAIMS_PER_MEMBER + ") g where e.unit_code = 'CL-BULK'");
        sql("insert into claims.contribution (claim_id, benefit, member_id, plan_code, year_start, in_scope, paid, days, early_stage, main_sum) "
                + "select id, 'PLACEHOLDER', member_id, plan_code, year_start, 0, 0, 0, 0, 0 from claims.claim where created_by = 'bulk'");
        // half of the members have the member-year row that approvals leave; the others (as after a data migration) get one
        sql("insert into claims.member_year (member_id, plan_code, year_start) select distinct member_id, plan_code, year_start "
                + "from claims.claim where created_by = 'bulk' and member_id % 2 = 0");
        reassessment.reassess(PLAN, yearStart, "it-warm-up");
        // the median of three runs: this machine is shared, and one run of a second is at the mercy of the others' load
        List<ClaimRequests.ReassessmentResult> runs = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            runs.add(reassessment.reassess(PLAN, yearStart, "it-bench"));
        }
        runs.sort(Comparator.comparingLong(ClaimRequests.ReassessmentResult::claimsPerSecond));
        ClaimRequests.ReassessmentResult result = runs.get(1);
        System.out.println("BULK REASSESSMENT: " + result + " (median of 3 runs: "
                + runs.stream().map(r -> r.claimsPerSecond() + "").collect(Collectors.joining(", ")) + " claims/s)");
        assertTrue(result.claims() >= BULK_MEMBERS * BULK_CLAIMS_PER_MEMBER, result.toString());
        assertTrue(result.claimsPerSecond() >= 1000, "at least 1,000 claims per second: " + result);
        BigDecimal over = query("select coalesce(max(t), 0) from (select sum(approved_amount) t from claims.claim where plan_code = '" + PLAN
                + "' and id in (select claim_id from claims.contribution) group by member_id, year_start) s");
        assertTrue(over.compareTo(new BigDecimal("15000.00")) <= 0, "no member above the yearly limit after reassessment: " + over);
        assertEquals(0, query("select count(*) from claims.member_year y where y.plan_code = '" + PLAN + "' and y.year_start = date '"
                + yearStart + "'"
                + " and y.approved_total <> (select coalesce(sum(c.approved_amount), 0) from claims.claim c where c.member_id = y.member_id "
                + "and c.plan_code = y.plan_code and c.year_start = y.year_start and c.id in (select claim_id from claims.contribution))")
                .intValue(), "every member-year row of the plan year holds its member's approved total");
        assertEquals(0, query("select count(distinct member_id) from claims.claim c where c.plan_code = '" + PLAN + "' and c.year_start = date '"
                + yearStart + "'"
                + " and c.id in (select claim_id from claims.contribution) and not exists (select 1 from claims.member_year y "
                + "where y.member_id = c.member_id and y.plan_code = c.plan_code and y.year_start = c.year_start)").intValue(),
                "every member with approved claims in the plan year has a member-year row");
        // the claims were inserted in bulk and never analyzed; the job leaves statistics of their real size
        for (String table : List.of("claim", "contribution", "member_year")) {
            assertTrue(query("select reltuples from pg_class where oid = 'claims." + table + "'::regclass").intValue() >= BULK_MEMBERS,
                    "claims." + table + " analyzed after the bulk reassessment");
        }
    }

    // ---- helpers ----

    private PlanVersionRecord currentVersion() {
        return TestPlans.currentWorkingVersion(versions);
    }

    private void enrol(String unit, List<String> ids, PlanVersionRecord version, LocalDate today) {
        StringBuilder csv = new StringBuilder("身份证号,姓名,在职状态,参加职工医保,银行卡号,份数\n");
        ids.forEach(id -> csv.append(id).append(",职工").append(id.substring(14)).append(",在职,是,6222").append(id, 6, 17).append("0,1\n"));
        ImportReport report = imports.upload(unit, version, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "名单.csv", ImportMode.ALL_OR_NOTHING, today, "cl-officer");
        assertTrue(report.applied(), report.problems().toString());
        lists.confirm(report.list().id(), today, "cl-sup1");
    }

    /** The lines of an account statement (GET /ledger/accounts/{account}), each a JSON object as text. */
    private static List<String> ledgerLines(String statement) {
        List<String> lines = new ArrayList<>();
        Matcher line = Pattern.compile("\\{[^{}]*\\}").matcher(statement);
        while (line.find()) {
            lines.add(line.group());
        }
        return lines;
    }

    private static void sql(String statement) throws Exception {
        DataSource dataSource = InitialContext.doLookup("jdbc/huzhu");
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static BigDecimal query(String select) throws Exception {
        DataSource dataSource = InitialContext.doLookup("jdbc/huzhu");
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement();
             var row = s.executeQuery(select)) {
            row.next();
            return row.getBigDecimal(1);
        }
    }

    /** The first bytes of a PNG file: what the documents check looks at. */
    private static final String PNG = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});

    @Test
    @Order(5)
    @RunAsClient
    void aMembersOwnRequestWaitsForIntakeAndIsAssessedOnceAnOfficerCompletesIt(@ArquillianResource URL base) throws Exception {
        Api api = new Api(base);
        String member = residentIds(100, MEMBERS).get(12);
        String otherMember = residentIds(100, MEMBERS).get(13);
        LocalDate admission = LocalDate.now(SHANGHAI).minusMonths(1).withDayOfMonth(3);
        String photos = "[{\"kind\":\"INVOICE\",\"fileName\":\"发票.png\",\"content\":\"" + PNG + "\"},"
                + "{\"kind\":\"SETTLEMENT_SHEET\",\"fileName\":\"结算单.png\",\"content\":\"" + PNG + "\"}]";
        String request = "{\"planCode\":\"" + PLAN + "\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admission + "\",\"endDate\":\""
                + admission.plusDays(6) + "\",\"hospital\":\"仁济医院\",\"invoiceTotal\":\"8000.00\",\"documents\":" + photos + "}";

        // what a worker knows, with photos, in one step: RECEIVED, no assessment yet, the photos on it
        HttpRequest.Builder send = HttpRequest.newBuilder(api.uri("claims/requests")).header("Content-Type", "application/json")
                .header("Idempotency-Key", "req-1").POST(HttpRequest.BodyPublishers.ofString(request));
        HttpResponse<String> sent = api.send(member, send);
        assertEquals(201, sent.statusCode(), sent.body());
        // the claim's own id (its documents, listed first, have ids too)
        long id = Long.parseLong(field(sent.body(), "reference").substring(2));
        assertEquals("RECEIVED", field(sent.body(), "status"));
        assertEquals("MEMBER", field(sent.body(), "source"));
        assertEquals("8000.00", field(sent.body(), "claimedAmount"));
        assertTrue(sent.body().contains("\"kind\":\"INVOICE\"") && sent.body().contains("\"kind\":\"SETTLEMENT_SHEET\""), sent.body());
        assertTrue(!sent.body().contains("\"assessment\":{"), "nothing is assessed before intake: " + sent.body());
        HttpResponse<String> again = api.send(member, HttpRequest.newBuilder(api.uri("claims/requests")).header("Content-Type", "application/json")
                .header("Idempotency-Key", "req-1").POST(HttpRequest.BodyPublishers.ofString(request)));
        assertEquals(200, again.statusCode(), "the same request sent twice is stored once: " + again.body());
        assertEquals(reference(id), field(again.body(), "reference"));

        // refused whole, each problem named: no invoice photo, a day still to come; no cover in a plan the member lacks
        HttpResponse<String> noInvoice = api.post(member, "claims/requests", request.replace("\"kind\":\"INVOICE\"", "\"kind\":\"OTHER\""));
        assertEquals(400, noInvoice.statusCode(), noInvoice.body());
        assertTrue(noInvoice.body().contains("\"field\":\"documents\"") && noInvoice.body().contains("invoice"), noInvoice.body());
        HttpResponse<String> future = api.post(member, "claims/requests", request.replace("\"serviceDate\":\"" + admission,
                "\"serviceDate\":\"" + LocalDate.now(SHANGHAI).plusDays(3)));
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(future.body().contains("\"field\":\"serviceDate\""), future.body());
        HttpResponse<String> noCover = api.post(member, "claims/requests", request.replace("\"planCode\":\"" + PLAN, "\"planCode\":\"SERIOUS_ILLNESS")
                .replace("\"type\":\"INPATIENT\"", "\"type\":\"OUTPATIENT_SERIOUS\"").replace(",\"endDate\":\"" + admission.plusDays(6) + "\"", ""));
        assertEquals(422, noCover.statusCode(), noCover.body());
        assertEquals(403, api.post("cl-officer", "claims/requests", request).statusCode(), "a request is a member's own");

        // another member sending with the same key stores their own request, not this one
        HttpResponse<String> others = api.send(otherMember, HttpRequest.newBuilder(api.uri("claims/requests")).header("Content-Type", "application/json")
                .header("Idempotency-Key", "req-1").POST(HttpRequest.BodyPublishers.ofString(request)));
        assertEquals(201, others.statusCode(), others.body());
        assertEquals(otherMember, field(others.body(), "residentId"));

        // an officer cannot assess or approve it before intake
        HttpResponse<String> early = api.post("cl-officer", "claims/" + id + "/assess", "{}");
        assertEquals(409, early.statusCode(), early.body());
        assertTrue(early.body().contains("intake"), early.body());
        assertEquals(409, api.post("cl-officer2", "claims/" + id + "/approve", "{}").statusCode());

        // intake: the coded fields read from the photos; the member and plan stay the request's, and the claim is assessed
        String facts = "{\"type\":\"INPATIENT\",\"serviceDate\":\"" + admission + "\",\"endDate\":\"" + admission.plusDays(6)
                + "\",\"daysInHospital\":7,\"hospital\":\"仁济医院\",\"hospitalLevel\":\"TERTIARY\",\"icd10\":\"K35.8\",\"totalCost\":\"8000.00\","
                + "\"basicInsurancePaid\":\"2000.00\",\"inScopeSelfPay\":\"6000.00\",\"outOfScopeSelfPay\":\"0.00\",\"invoiceNumbers\":[\"REQ-INV-1\"]}";
        HttpResponse<String> completed = api.post("cl-officer", "claims/" + id + "/intake", facts);
        assertEquals(200, completed.statusCode(), completed.body());
        assertEquals("ASSESSED", field(completed.body(), "status"));
        assertEquals(member, field(completed.body(), "residentId"));
        assertEquals("2500.00", field(completed.body(), "payable"), "6000 − the 1000 deductible, at 50%");
        assertTrue(completed.body().contains("REQ-INV-1"), completed.body());
        String history = api.get("cl-officer", "claims/" + id + "/history", "en").body();
        for (String action : List.of("\"REQUEST\"", "\"DOCUMENT\"", "\"COMPLETE\"", "\"ASSESS\"")) {
            assertTrue(history.contains("\"action\":" + action), action + " in " + history);
        }
        assertEquals(409, api.post("cl-officer", "claims/" + id + "/intake", facts).statusCode(), "intake is done once");
    }

    private static String stay(String residentId, LocalDate admission, LocalDate discharge, String total, String basic, String inScope,
                               String outOfScope, String invoice) {
        long days = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(admission, discharge) + 1);
        return "{\"residentId\":\"" + residentId + "\",\"planCode\":\"" + PLAN + "\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admission
                + "\",\"endDate\":\"" + discharge + "\",\"daysInHospital\":" + Math.min(days, 10) + ",\"hospital\":\"上海市第一人民医院\","
                + "\"hospitalLevel\":\"TERTIARY\",\"icd10\":\"K35.8\",\"totalCost\":\"" + total + "\",\"basicInsurancePaid\":\"" + basic
                + "\",\"inScopeSelfPay\":\"" + inScope + "\",\"outOfScopeSelfPay\":\"" + outOfScope + "\",\"invoiceNumbers\":[\"" + invoice + "\"]}";
    }

    private static String reference(long id) {
        return String.format("CL%08d", id);
    }

    private static long id(String json) {
        return Long.parseLong(field(json, "id"));
    }

    /** The first value of a field in a JSON text (string or number). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}\\]]*)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return m.group(1);
    }

    /** Valid resident IDs of working-age people, distinct per seed. */
    private static List<String> residentIds(int seed, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first17 = String.format("310104%04d%02d%02d%03d", 1976 + (seed / 1000 + i) % 20, 1 + i % 12, 1 + (seed / 100 + i) % 28,
                    (seed + i) % 1000);
            ids.add(first17 + ResidentId.checkCharacter(first17));
        }
        return ids;
    }

    private static final class Api {
        private final URL base;
        private final HttpClient client = HttpClient.newHttpClient();

        Api(URL base) {
            this.base = base;
        }

        URI uri(String path) throws Exception {
            return base.toURI().resolve("api/v1/" + path);
        }

        HttpResponse<String> post(String user, String path, String json) throws Exception {
            return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> get(String user, String path, String language) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", auth(user)).header("Accept-Language", language)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
            return client.send(request.header("Authorization", auth(user)).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String auth(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }
    }
}
