package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huzhu.members.api.ResidentId;
import org.huzhu.systemtests.support.ApiClient;
import org.huzhu.systemtests.support.FreshDatabases;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.Test;

/**
 * A union's year in production, through the API only: the runnable jar on an empty PostgreSQL database with nothing
 * but the bootstrap administrator. The administrator builds the organisation tree, opens the plan year and creates the
 * staff; each person activates their own account; the unit's agent uploads the list, a supervisor confirms it, the
 * unit pays, a member activates, an officer files a claim that a supervisor approves, the claim is paid through a
 * batch and the bank's return, the month is earned and the actuary generates the monthly report. No SQL anywhere.
 *
 * <p>The year is placed around the calendar: the plan year starts on the first day of last month, the list is
 * confirmed the day before, paid within its payment days, the stay falls in last month; last month is the month that
 * is earned and reported (the current month cannot be earned before it ends).</p>
 */
class ProductionYearIT {

    private static final String DATABASE = System.getProperty("huzhu.it.year.db", "huzhu_test_year");
    private static final int PORT = Integer.getInteger("huzhu.it.year.port", 18480);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ADMIN = "root-admin";
    private static final String ADMIN_PASSWORD = "bootstrap-secret-2026";

    private final ApiClient api = new ApiClient(PORT);

    @Test
    void aUnionRunsItsYearFromTheBootstrapAdministratorAloneThroughTheApi() throws Exception {
        FreshDatabases.recreate(DATABASE);
        Map<String, String> env = RunnableJar.productionEnvironment(DATABASE);
        env.put("HUZHU_ADMIN_USER", ADMIN);
        env.put("HUZHU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        api.password(ADMIN, ADMIN_PASSWORD);
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "production-year-" + System.currentTimeMillis());
        try (RunnableJar application = RunnableJar.start(folder, PORT, env)) {
            application.awaitReady(Duration.ofSeconds(180));
            try {
                year();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n--- server log ---\n" + application.logTail(), e);
            }
        }
    }

    private void year() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        LocalDate yearStart = lastMonth.atDay(1);

        // the bootstrap administrator alone: no organisation, no staff
        assertEquals("[]", api.call("GET", "/api/v1/units", ADMIN, null, 200).strip());

        // 1. the organisation tree
        unit("SH", "ASSOCIATION", null, "上海市职工保障互助会");
        unit("PD", "DISTRICT_UNION", "SH", "浦东新区总工会");
        unit("JA", "DISTRICT_UNION", "SH", "静安区总工会");
        unit("PD-0001", "UNIT", "PD", "上海浦东机械厂工会");
        unit("JA-0001", "UNIT", "JA", "静安纺织厂工会");

        // 2. staff accounts, each activated by its holder with the one-time code
        staff("zhang.officer", "张伟", "OFFICER", "PD", ADMIN);
        staff("li.supervisor", "李娜", "SUPERVISOR", "PD", ADMIN);
        staff("wang.supervisor", "王芳", "SUPERVISOR", "SH", ADMIN);
        staff("zhao.actuary", "赵敏", "ACTUARY", "SH", ADMIN);
        // a district supervisor creates the unit's agent beneath their union
        staff("chen.agent", "陈静", "UNIT_AGENT", "PD-0001", "li.supervisor");
        // but not for a unit of another district
        api.call("POST", "/api/v1/accounts", "li.supervisor", "{\"username\":\"sun.agent\",\"displayName\":\"孙强\",\"roles\":[\"UNIT_AGENT\"],"
                + "\"organisation\":\"JA-0001\"}", 403);
        // a password set by the administrator must be changed before anything else
        api.call("POST", "/api/v1/accounts", ADMIN, "{\"username\":\"zhou.officer\",\"displayName\":\"周杰\",\"roles\":[\"OFFICER\"],"
                + "\"organisation\":\"JA\",\"initialPassword\":\"handed-over-2026\"}", 201);
        api.password("zhou.officer", "handed-over-2026");
        api.call("GET", "/api/v1/units/JA-0001", "zhou.officer", null, 403);
        api.call("PUT", "/api/v1/accounts/me/password", "zhou.officer", "{\"currentPassword\":\"handed-over-2026\",\"newPassword\":\"my-own-secret-77\"}", 204);
        api.password("zhou.officer", "my-own-secret-77");
        api.call("GET", "/api/v1/units/JA-0001", "zhou.officer", null, 200);
        // organisation scope: Pudong's officer does not see Jing'an's unit
        api.call("GET", "/api/v1/units/JA-0001", "zhang.officer", null, 403);
        api.call("GET", "/api/v1/units/PD-0001", "zhang.officer", null, 200);
        // an agent is a UNIT_AGENT account that exists
        api.call("PUT", "/api/v1/units/PD-0001/agents/nobody.at.all", ADMIN, null, 404);
        assertTrue(api.send("PUT", "/api/v1/units/PD-0001/agents/zhang.officer", ADMIN, null, null,
                HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 4, "a staff account is no agent");
        assertTrue(api.call("GET", "/api/v1/accounts/chen.agent/changes", ADMIN, null, 200).contains("li.supervisor"), "who created the agent is recorded");

        // 3. the plan year: a copy of the seeded working-inpatient rules for a year starting on the first of last month,
        // priced for a loss ratio of 0.85
        String version = "Y" + yearStart.toString().substring(0, 7).replace("-", "");
        api.call("POST", "/api/v1/plans/WORKING_INPATIENT/versions/2016/copy", ADMIN,
                "{\"versionCode\":\"" + version + "\",\"periodStart\":\"" + yearStart + "\",\"expectedLossRatio\":5}", 400);
        api.call("POST", "/api/v1/plans/WORKING_INPATIENT/versions/2016/copy", ADMIN,
                "{\"versionCode\":\"" + version + "\",\"periodStart\":\"" + yearStart + "\",\"expectedLossRatio\":0.85}", 201);

        // 4. the agent uploads the unit's list
        List<String> ids = residentIds(3);
        StringBuilder csv = new StringBuilder("身份证号,姓名,在职状态,参加职工医保,份数,银行卡号\n");
        String[] names = {"王建国", "李秀英", "张明"};
        for (int i = 0; i < ids.size(); i++) {
            csv.append(ids.get(i)).append(',').append(names[i]).append(",在职,是,1,62220200000000000").append(i + 1).append('\n');
        }
        String upload = api.call("POST", "/api/v1/enrolment-lists/upload?unit=PD-0001&plan=WORKING_INPATIENT&version=" + version
                + "&joinedOn=" + yearStart.minusYears(1), "chen.agent", "text/csv", csv.toString(), 201);
        String listId = ApiClient.first(upload, "\"list\":\\{[^{}]*?\"id\":(\\d+)");
        // the agent sees no other unit
        api.call("GET", "/api/v1/units/JA-0001/members", "chen.agent", null, 403);

        // 5. a supervisor of the district confirms it, the day before the plan year starts; the unit is billed
        api.call("POST", "/api/v1/enrolment-lists/" + listId + "/confirm", "li.supervisor", "{\"confirmedOn\":\"" + yearStart.minusDays(1) + "\"}", 200);
        String bills = api.call("GET", "/api/v1/bills?unit=PD-0001", "zhang.officer", null, 200);
        String billId = ApiClient.field(bills, "id");
        BigDecimal total = new BigDecimal(ApiClient.field(bills, "total"));
        assertEquals(0, total.compareTo(new BigDecimal("195.00")), bills);

        // 6. the unit pays within its payment days; cover is in force
        api.call("POST", "/api/v1/payments", "zhang.officer", "{\"unitCode\":\"PD-0001\",\"receivedOn\":\"" + yearStart.plusDays(3) + "\",\"amount\":"
                + total + ",\"payer\":\"UNIT\",\"bankReference\":\"ICBC-2026-0001\"}", 201);
        assertTrue(api.call("GET", "/api/v1/bills/" + billId, "zhang.officer", null, 200).contains("\"status\":\"PAID\""));
        String cover = api.call("GET", "/api/v1/coverage?residentId=" + ids.get(0) + "&date=" + yearStart.plusDays(7), "zhang.officer", null, 200);
        assertTrue(cover.contains("IN_FORCE"), cover);

        // 7. a member activates their account with the code an officer hands over
        String code = ApiClient.first(api.call("POST", "/api/v1/members/" + ids.get(0) + "/activation-code", "zhang.officer", null, 200),
                "\"activationCode\":\"([A-Z0-9]+)\"");
        api.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"" + ids.get(0) + "\",\"code\":\"" + code
                + "\",\"newPassword\":\"member-secret-42\"}", 204);
        api.password(ids.get(0), "member-secret-42");
        assertTrue(api.call("GET", "/api/v1/accounts/me", ids.get(0), null, 200).contains("MEMBER"));

        // 8. an officer files the member's inpatient claim of last month; the filer may not approve it, a supervisor does
        LocalDate admitted = yearStart.plusDays(7);
        String claim = api.call("POST", "/api/v1/claims", "zhang.officer", "{\"residentId\":\"" + ids.get(0) + "\",\"planCode\":\"WORKING_INPATIENT\","
                + "\"type\":\"INPATIENT\",\"serviceDate\":\"" + admitted + "\",\"endDate\":\"" + admitted.plusDays(4) + "\",\"daysInHospital\":5,"
                + "\"hospital\":\"上海市第一人民医院\",\"hospitalLevel\":\"TERTIARY\",\"icd10\":\"K35.8\",\"totalCost\":\"20000.00\","
                + "\"basicInsurancePaid\":\"14000.00\",\"inScopeSelfPay\":\"5000.00\",\"outOfScopeSelfPay\":\"1000.00\","
                + "\"invoiceNumbers\":[\"SH-YEAR-000001\"]}", 201);
        String claimId = ApiClient.field(claim, "id");
        assertEquals(0, new BigDecimal(ApiClient.field(claim, "payable")).compareTo(new BigDecimal("2000.00")), claim);
        api.call("POST", "/api/v1/claims/" + claimId + "/approve", "zhang.officer", "{\"note\":\"自己审自己\"}", 403);
        String approved = api.call("POST", "/api/v1/claims/" + claimId + "/approve", "li.supervisor", "{\"note\":\"发票与出院小结核对无误\"}", 200);
        assertTrue(approved.contains("\"status\":\"APPROVED\""), approved);

        // 9. the payment batch, the bank file and the bank's return
        // (a batch sweeps every unit's approved claims: association-level staff run it)
        String batch = api.call("POST", "/api/v1/payment-batches", "wang.supervisor", "{\"planCode\":null}", 201);
        String batchId = ApiClient.field(batch, "id");
        String reference = ApiClient.first(batch, "\"claimReference\":\"([A-Z0-9]+)\"");
        String bankFile = api.call("GET", "/api/v1/payment-batches/" + batchId + "/bank-file", "wang.supervisor", null, 200);
        assertTrue(bankFile.contains(reference), bankFile);
        String returned = api.call("POST", "/api/v1/payment-batches/" + batchId + "/bank-return", "wang.supervisor", "text/csv",
                "claim_reference,result,message\n" + reference + ",PAID,\n", 200);
        assertTrue(returned.contains("\"paid\":1"), returned);
        assertTrue(api.call("GET", "/api/v1/claims/" + claimId, "zhang.officer", null, 200).contains("\"status\":\"PAID\""));

        // 10. last month's earning run by association-level staff; the current month, not ended, is refused
        api.call("POST", "/api/v1/premium/earning-runs", "wang.supervisor", "{\"month\":\"" + YearMonth.from(today) + "\"}", 422);
        api.call("POST", "/api/v1/premium/earning-runs", "wang.supervisor", "{\"month\":\"" + lastMonth + "\"}", 202);
        String run = api.waitFor("/api/v1/premium/earning-runs/" + lastMonth, "wang.supervisor", body -> body.contains("\"batchStatus\":\"COMPLETED\""));
        // paid last month, so last month's run earns the three members' premium pro rata by day of cover, to the fen
        long days = yearStart.plusYears(1).toEpochDay() - yearStart.toEpochDay();
        long fenPerMember = (2 * 6500L * lastMonth.lengthOfMonth() + days) / (2 * days);
        assertEquals(0, new BigDecimal(ApiClient.field(run, "earned")).compareTo(BigDecimal.valueOf(3 * fenPerMember, 2)), run);
        assertTrue(api.call("GET", "/api/v1/ledger/trial-balance", "wang.supervisor", null, 200).contains("\"balanceSum\":0"));

        // 11. the actuary's monthly report of last month
        String started = api.call("POST", "/api/v1/reports/monthly/" + lastMonth, "zhao.actuary", null, 202);
        String execution = ApiClient.first(started, "\"executionId\":(\\d+)");
        String job = api.waitFor("/api/v1/reports/jobs/" + execution, "zhao.actuary", body -> body.contains("\"batchStatus\":\"COMPLETED\"")
                || body.contains("\"batchStatus\":\"FAILED\""));
        assertTrue(job.contains("\"batchStatus\":\"COMPLETED\""), job);
        String revisions = api.call("GET", "/api/v1/reports/monthly/" + lastMonth, "zhao.actuary", null, 200);
        String revision = ApiClient.first(revisions, "\"revision\":(\\d+)");
        String figures = api.call("GET", "/api/v1/reports/monthly/" + lastMonth + "/" + revision + "/figures", "zhao.actuary", null, 200);
        assertFalse(figures.isBlank(), figures);
        // last month, the newest of the triangle, earned priced premium: its a-priori is that premium × 0.85
        assertTrue(figures.contains("\"method\":\"BORNHUETTER_FERGUSON\""), figures);
        HttpResponse<byte[]> pdf = api.send("GET", "/api/v1/reports/monthly/" + lastMonth + "/" + revision + ".pdf?lang=zh", "zhao.actuary", null, null,
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
    }

    private void unit(String code, String kind, String parent, String name) throws Exception {
        api.call("POST", "/api/v1/units", ADMIN, "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"parentCode\":"
                + (parent == null ? "null" : "\"" + parent + "\"") + ",\"name\":\"" + name + "\",\"validFrom\":\"2000-01-01\"}", 201);
    }

    /** Creates a staff account as {@code by}, then its holder activates it with the one-time code and a password of their own. */
    private void staff(String username, String displayName, String role, String organisation, String by) throws Exception {
        String created = api.call("POST", "/api/v1/accounts", by, "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName
                + "\",\"roles\":[\"" + role + "\"],\"organisation\":\"" + organisation + "\"}", 201);
        String code = ApiClient.first(created, "\"activationCode\":\"([A-Z0-9]+)\"");
        // a password of their own: twelve characters or more, not a common one, without their user name
        String password = "own-secret-" + displayName.codePointAt(0) + "-2026";
        api.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"" + username + "\",\"code\":\"" + code + "\",\"newPassword\":\""
                + password + "\"}", 204);
        api.password(username, password);
        String me = api.call("GET", "/api/v1/accounts/me", username, null, 200);
        assertTrue(me.contains(role) && me.contains("\"organisation\":\"" + organisation + "\""), me);
    }

    private static List<String> residentIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first17 = String.format("310115%04d%02d%02d%03d", 1978 + i, 3 + i, 10 + i, 101 + 2 * i);
            ids.add(first17 + ResidentId.checkCharacter(first17));
        }
        return ids;
    }
}
