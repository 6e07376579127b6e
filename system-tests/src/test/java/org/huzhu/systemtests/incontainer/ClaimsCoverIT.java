package org.huzhu.systemtests.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;

import org.huzhu.insurance.enrolment.EnrolmentImport;
import org.huzhu.insurance.enrolment.EnrolmentLists;
import org.huzhu.insurance.enrolment.rules.ImportMode;
import org.huzhu.insurance.enrolment.rules.ImportReport;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.platform.api.Accounts;
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
 * Claims and cover through the API on PostgreSQL, on the seeded plan versions: a diagnosis outside its class is refused
 * and a code in a main and an early-stage class is paid by its stage; after a main serious-illness sum the cover look-up
 * says USED_UP with nothing left, as the engine refuses another; a refusal (the waiting period too) is REFUSED with its
 * reason and a line saying why; the explanation reads as a member reads it; an overlapping stay goes to review; a claim
 * sent twice with one Idempotency-Key is filed once; unit agents file for their own unit's members, and anyone else's
 * (or nobody's) is refused the same way; a 403 names the roles that may; a list's lines are numbered from members[0].
 *
 * <p>The in-container step enrols the members (scratch table {@code public.claims_cover_it}); the client steps use HTTP.
 * Every claim left open is withdrawn and the approved one reversed at the end, so no reserve stays behind.</p>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClaimsCoverIT {

    private static final String PASSWORD = "claims-cover-password-2026";
    private static final String SCRATCH = "public.claims_cover_it";
    private static final List<String> OPEN = new ArrayList<>();
    private static final List<String> APPROVED = new ArrayList<>();

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClasses(ClaimsCoverIT.class);
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
    Accounts accounts;

    @Test
    @Order(1)
    void membersOfTheSeededVersions() throws Exception {
        LocalDate founded = LocalDate.of(1994, 1, 1);
        units.create("CC-SH", OrganisationKind.ASSOCIATION, null, "互助会（理赔与保障测试）", founded, "it");
        units.create("CC-PD", OrganisationKind.DISTRICT_UNION, "CC-SH", "浦东新区总工会（理赔与保障测试）", founded, "it");
        for (String user : List.of("cc-officer", "cc-officer2")) {
            accounts.createIfAbsent(user, PASSWORD.toCharArray(), Set.of(Roles.OFFICER));
        }
        for (String user : List.of("cc-sup1", "cc-sup2")) {
            accounts.createIfAbsent(user, PASSWORD.toCharArray(), Set.of(Roles.SUPERVISOR));
        }
        sql("create table " + SCRATCH + " (name varchar(20) primary key, resident_id varchar(18))");
        enrol("CC-S", "SERIOUS_ILLNESS", "2016", false, "S1", "S2", "S3");
        enrol("CC-R", "RETIREE_INPATIENT", "2001", true, "R1", "R2");
        enrol("CC-W", "WORKING_INPATIENT", "2016", false, "W1", "W2");
        enrol("CC-O", "WORKING_INPATIENT", "2016", false, "O1");
        accounts.createIfAbsent("cc-agent", PASSWORD.toCharArray(), Set.of(Roles.UNIT_AGENT));
        units.assignAgent("cc-agent", "CC-W", "it");
        accounts.createIfAbsent("cc-agent-o", PASSWORD.toCharArray(), Set.of(Roles.UNIT_AGENT));
        units.assignAgent("cc-agent-o", "CC-O", "it");
    }

    @Test
    @Order(2)
    @RunAsClient
    void aDiagnosisOutsideItsClassIsRefusedAndTheStageChoosesBetweenMainAndEarly(@ArquillianResource URL base) throws Exception {
        Map<String, String> ids = residents();
        HttpResponse<String> inSitu = send(base, "cc-officer", "POST", "claims", serious(ids.get("S1"), "MALIGNANT_TUMOUR", "D05.1", null), "en");
        assertEquals(201, inSitu.statusCode(), inSitu.body());
        assertEquals("REFUSED", field(inSitu.body(), "status"), inSitu.body());
        assertEquals("DIAGNOSIS_OUTSIDE_CLASS", field(inSitu.body(), "rejectReason"), inSitu.body());
        assertTrue(inSitu.body().contains("Serious illness: the diagnosis code D05.1 lies outside the ICD-10 range C00-C97 of Malignant tumour, "
                + "so it is not paid under that class."), inSitu.body());
        HttpResponse<String> chinese = send(base, "cc-officer", "GET", "claims/" + field(inSitu.body(), "id"), "", "zh-CN");
        assertTrue(chinese.body().contains("特种重病：诊断编码 D05.1 不在恶性肿瘤的 ICD-10 范围 C00-C97 内，不按该病种给付。"), chinese.body());

        HttpResponse<String> noStage = send(base, "cc-officer", "POST", "claims", serious(ids.get("S2"), "MALIGNANT_TUMOUR", "C61", null), "en");
        assertEquals(400, noStage.statusCode(), noStage.body());
        assertTrue(noStage.body().contains("\"field\":\"stage\"") && noStage.body().contains("C61 lies in both Prostate cancer, T1N0M0 and "
                + "Malignant tumour"), noStage.body());
        HttpResponse<String> early = send(base, "cc-officer", "POST", "claims", serious(ids.get("S2"), "MALIGNANT_TUMOUR", "C61", "EARLY"), "en");
        assertEquals(201, early.statusCode(), early.body());
        OPEN.add(field(early.body(), "id"));
        assertEquals("ASSESSED", field(early.body(), "status"));
        assertEquals("3000.00", field(early.body(), "payable"));
        assertEquals("EARLY", field(early.body(), "stage"));
        assertTrue(early.body().contains("Serious illness: the diagnosis code C61 lies in both Prostate cancer, T1N0M0 (early stage) and "
                + "Malignant tumour; the pathology stage is early, so Prostate cancer, T1N0M0 applies."), early.body());
    }

    @Test
    @Order(3)
    @RunAsClient
    void afterAMainSeriousIllnessSumTheLookUpSaysUsedUpAsTheEngineRefusesAnother(@ArquillianResource URL base) throws Exception {
        String s3 = residents().get("S3");
        String before = send(base, "cc-officer", "GET", "coverage?residentId=" + s3 + "&date=2017-01-10", "", "en").body();
        assertEquals("IN_FORCE", field(before, "status"), before);
        assertTrue(before.contains("{\"code\":\"SERIOUS_ILLNESS\",\"limit\":10000.00,\"remaining\":10000.00,\"used\":0.00}"), before);

        HttpResponse<String> main = send(base, "cc-officer", "POST", "claims", serious(s3, "MALIGNANT_TUMOUR", "C18.0", null), "en");
        assertEquals(201, main.statusCode(), main.body());
        String id = field(main.body(), "id");
        assertEquals("SECOND_REVIEW", field(send(base, "cc-officer2", "POST", "claims/" + id + "/approve", "{}", "en").body(), "status"));
        assertEquals("APPROVED", field(send(base, "cc-sup2", "POST", "claims/" + id + "/approve", "{}", "en").body(), "status"));
        APPROVED.add(id);

        String after = send(base, "cc-officer", "GET", "coverage?residentId=" + s3 + "&date=2017-01-10", "", "en").body();
        assertEquals("USED_UP", field(after, "status"), after);
        assertTrue(after.contains("{\"code\":\"SERIOUS_ILLNESS\",\"limit\":10000.00,\"remaining\":0.00,\"used\":10000.00}"), after);
        HttpResponse<String> another = send(base, "cc-officer", "POST", "claims", serious(s3, "STROKE_SEQUELAE", "I69.4", null), "en");
        assertEquals("REFUSED", field(another.body(), "status"), another.body());
        assertEquals("ALREADY_PAID_IN_CYCLE", field(another.body(), "rejectReason"), another.body());
    }

    @Test
    @Order(4)
    @RunAsClient
    void aStayInTheWaitingPeriodIsRefusedWithItsReasonAndALineSayingWhy(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> waiting = send(base, "cc-officer", "POST", "claims",
                stay(residents().get("R1"), "RETIREE_INPATIENT", "2001-02-10", "2001-02-15", "2001-02-20", "9000.00", "4000.00", "5000.00", "0.00",
                        "CC-R1-1"), "en");
        assertEquals(201, waiting.statusCode(), waiting.body());
        assertEquals("REFUSED", field(waiting.body(), "status"), waiting.body());
        assertEquals("WAITING_PERIOD", field(waiting.body(), "rejectReason"));
        assertEquals("The date of the claim falls in the waiting period.", field(waiting.body(), "rejectReasonText"));
        assertTrue(waiting.body().contains("\"step\":\"NOT_PAID\"") && waiting.body().contains("\"text\":\"The date of the claim, 2001-02-10, "
                + "falls in the waiting period of 3 month(s); benefits are paid from 2001-04-01.\""), waiting.body());
    }

    @Test
    @Order(5)
    @RunAsClient
    void theExplanationReadsAsAMemberReadsItInChineseAndEnglish(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> filed = send(base, "cc-officer", "POST", "claims",
                stay(residents().get("W1"), "WORKING_INPATIENT", "2016-09-01", "2016-09-10", "2016-09-20", "20500.00", "14000.00", "6000.00", "500.00",
                        "CC-W1-1"), "en");
        assertEquals(201, filed.statusCode(), filed.body());
        OPEN.add(field(filed.body(), "id"));
        assertEquals("2500.00", field(filed.body(), "payable"));
        assertEquals(List.of("Inpatient care: 1,000.00 yuan of this claim counts towards the yearly deductible of 1,000.00 yuan and is not paid; "
                        + "the deductible is now reached.",
                "Inpatient care: 5,000.00 yuan from 1,000 to 10,000 yuan at 50% = 2,500.00 yuan.",
                "Inpatient care: self-pay of 500.00 yuan outside the basic insurance scope is not paid.",
                "Inpatient care: 2,500.00 yuan due is within the yearly limit of 15,000.00 yuan; 12,500.00 yuan of the limit remains this plan year."),
                texts(filed.body()));
        String chinese = send(base, "cc-officer", "GET", "claims/" + field(filed.body(), "id"), "", "zh-CN").body();
        assertEquals(List.of("住院医疗：年度起付线 1,000.00 元，本次 1,000.00 元计入起付线，不予给付；本年度起付线已达到。",
                "住院医疗：1,000 至 10,000 元部分 5,000.00 元 × 50% = 2,500.00 元。",
                "住院医疗：医保范围外自费 500.00 元不予给付。",
                "住院医疗：年度限额 15,000.00 元，本次应付 2,500.00 元在限额内；本年度剩余额度 12,500.00 元。"), texts(chinese));
    }

    @Test
    @Order(6)
    @RunAsClient
    void anOverlappingStayGoesToReviewAndAClaimSentTwiceIsFiledOnce(@ArquillianResource URL base) throws Exception {
        String body = stay(residents().get("W1"), "WORKING_INPATIENT", "2016-09-08", "2016-09-12", "2016-09-21", "3000.00", "1000.00", "2000.00",
                "0.00", "CC-W1-2");
        HttpResponse<String> first = send(base, "cc-officer", "POST", "claims", body, "en", "Idempotency-Key", "cc-w1-2");
        assertEquals(201, first.statusCode(), first.body());
        String id = field(first.body(), "id");
        OPEN.add(id);
        assertTrue(first.body().contains("\"code\":\"OVERLAPPING_STAY\"") && first.body().contains("(a stay from 2016-09-01 to 2016-09-10) "
                + "overlaps this stay; the claim goes to review."), first.body());
        assertEquals("true", field(first.body(), "secondReviewRequired"));
        HttpResponse<String> again = send(base, "cc-officer", "POST", "claims", body, "en", "Idempotency-Key", "cc-w1-2");
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(id, field(again.body(), "id"), "the claim the first request filed");
        HttpResponse<String> noKey = send(base, "cc-officer", "POST", "claims", body, "en");
        assertEquals(409, noKey.statusCode(), "without the key the invoice was claimed before: " + noKey.body());
        assertEquals("SECOND_REVIEW", field(send(base, "cc-officer2", "POST", "claims/" + id + "/approve", "{}", "en").body(), "status"));
    }

    @Test
    @Order(7)
    @RunAsClient
    void unitAgentsFileForTheirOwnUnitAndAreToldWhoMayWhenRefused(@ArquillianResource URL base) throws Exception {
        Map<String, String> ids = residents();
        HttpResponse<String> own = send(base, "cc-agent", "POST", "claims",
                stay(ids.get("W2"), "WORKING_INPATIENT", "2016-10-01", "2016-10-03", "2016-10-10", "3000.00", "1000.00", "2000.00", "0.00", "CC-W2-1"),
                "en");
        assertEquals(201, own.statusCode(), own.body());
        OPEN.add(field(own.body(), "id"));
        assertEquals("cc-agent", field(own.body(), "createdBy"));

        HttpResponse<String> otherUnit = send(base, "cc-agent", "POST", "claims",
                stay(ids.get("O1"), "WORKING_INPATIENT", "2016-10-01", "2016-10-03", "2016-10-10", "3000.00", "1000.00", "2000.00", "0.00", "CC-O1-1"),
                "en");
        String nobody = residentId(1976, 40);
        HttpResponse<String> unknown = send(base, "cc-agent", "POST", "claims",
                stay(nobody, "WORKING_INPATIENT", "2016-10-01", "2016-10-03", "2016-10-10", "3000.00", "1000.00", "2000.00", "0.00", "CC-X-1"), "en");
        assertEquals(403, otherUnit.statusCode(), otherUnit.body());
        assertEquals(403, unknown.statusCode(), unknown.body());
        assertEquals(otherUnit.body().replace(ids.get("O1"), "ID"), unknown.body().replace(nobody, "ID"),
                "another unit's member and an unknown resident get the same answer");
        assertFalse(otherUnit.body().contains("CC-O"), otherUnit.body());

        HttpResponse<String> queues = send(base, "cc-agent", "GET", "claims/queues", "", "en");
        assertEquals(403, queues.statusCode(), queues.body());
        assertTrue(queues.body().contains("it is open to: Officer, Supervisor, Administrator."), queues.body());
        HttpResponse<String> queuesZh = send(base, "cc-agent", "GET", "claims/queues", "", "zh-CN");
        assertTrue(queuesZh.body().contains("可执行此操作的角色：经办人员、主管、管理员。"), queuesZh.body());

        HttpResponse<String> list = send(base, "cc-officer", "POST", "enrolment-lists", "{\"unitCode\":\"CC-W\",\"planCode\":\"WORKING_INPATIENT\","
                + "\"versionCode\":\"2016\",\"members\":[{\"residentId\":\"" + ids.get("W2") + "\",\"shares\":3}]}", "en");
        assertEquals(400, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"field\":\"members[0].shares\""), "the first line is members[0]: " + list.body());
    }

    /** Claims received years ago would stand as case reserves in every later month's figures: none is left open. */
    @Test
    @Order(8)
    @RunAsClient
    void theClaimsAreClosedAndLeaveNoReserveBehind(@ArquillianResource URL base) throws Exception {
        for (String id : OPEN) {
            HttpResponse<String> withdrawn = send(base, "cc-officer", "POST", "claims/" + id + "/withdraw", "{\"note\":\"测试结束\"}", "en");
            assertEquals(200, withdrawn.statusCode(), id + ": " + withdrawn.body());
        }
        for (String id : APPROVED) {
            HttpResponse<String> reversed = send(base, "cc-sup1", "POST", "claims/" + id + "/reverse", "{\"note\":\"测试结束\"}", "en");
            assertEquals(200, reversed.statusCode(), id + ": " + reversed.body());
        }
    }

    // ---- in the container ----

    private void enrol(String unit, String plan, String version, boolean retired, String... names) throws Exception {
        var record = versions.require(plan, version);
        LocalDate start = record.rules().period().start();
        units.create(unit, OrganisationKind.UNIT, "CC-PD", "理赔与保障测试单位 " + unit, LocalDate.of(1994, 1, 1), "it");
        StringBuilder csv = new StringBuilder("身份证号,姓名,在职状态,退休日期,参加职工医保,银行卡号,份数\n");
        int n = 0;
        for (String name : names) {
            String id = residentId(start.getYear() - (retired ? 65 : 40), (unit.charAt(3) - 'A') * 4 + (++n));
            csv.append(id).append(",会员").append(name).append(',').append(retired ? "退休" : "在职").append(',')
                    .append(retired ? start.minusYears(5).toString() : "").append(",是,6222").append(id, 6, 17).append("0,1\n");
            try (Connection connection = dataSource().getConnection();
                 PreparedStatement insert = connection.prepareStatement("insert into " + SCRATCH + " values (?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, id);
                insert.executeUpdate();
            }
        }
        LocalDate before = start.minusDays(5);
        ImportReport report = imports.upload(unit, record, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "名单.csv",
                ImportMode.ALL_OR_NOTHING, before, "cc-officer");
        assertTrue(report.applied(), report.problems().toString());
        lists.confirm(report.list().id(), before, "cc-sup1");
        sql("update insurance.enrolment set premium_status = 'PAID' where unit_code = '" + unit + "'");
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("jdbc/huzhu");
    }

    private static void sql(String statement) throws Exception {
        try (Connection connection = dataSource().getConnection(); Statement s = connection.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    // ---- over HTTP ----

    private static Map<String, String> residents() throws Exception {
        Map<String, String> ids = new HashMap<>();
        try (Connection db = DriverManager.getConnection(System.getenv("HUZHU_DB_URL"), System.getenv("HUZHU_DB_USER"),
                System.getenv("HUZHU_DB_PASSWORD")); Statement s = db.createStatement();
             ResultSet row = s.executeQuery("select name, resident_id from " + SCRATCH)) {
            while (row.next()) {
                ids.put(row.getString(1), row.getString(2));
            }
        }
        return ids;
    }

    private static String serious(String residentId, String diseaseClass, String icd10, String stage) {
        return "{\"residentId\":\"" + residentId + "\",\"planCode\":\"SERIOUS_ILLNESS\",\"type\":\"SERIOUS_ILLNESS\",\"serviceDate\":\"2016-12-01\","
                + "\"receivedOn\":\"2016-12-20\",\"icd10\":\"" + icd10 + "\",\"diseaseClass\":\"" + diseaseClass + "\""
                + (stage == null ? "" : ",\"stage\":\"" + stage + "\"") + "}";
    }

    private static String stay(String residentId, String plan, String admission, String discharge, String received, String total, String basic,
                               String inScope, String outOfScope, String invoice) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(admission), LocalDate.parse(discharge)) + 1;
        return "{\"residentId\":\"" + residentId + "\",\"planCode\":\"" + plan + "\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admission
                + "\",\"endDate\":\"" + discharge + "\",\"daysInHospital\":" + days + ",\"receivedOn\":\"" + received + "\",\"hospital\":\"上海市第一人民医院\","
                + "\"icd10\":\"K35.8\",\"totalCost\":\"" + total + "\",\"basicInsurancePaid\":\"" + basic + "\",\"inScopeSelfPay\":\"" + inScope
                + "\",\"outOfScopeSelfPay\":\"" + outOfScope + "\",\"invoiceNumbers\":[\"" + invoice + "\"]}";
    }

    private static HttpResponse<String> send(URL base, String user, String method, String path, String json, String language,
                                             String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/" + path)).header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The explanation lines' texts, in order. */
    private static List<String> texts(String json) {
        List<String> texts = new ArrayList<>();
        Matcher text = Pattern.compile("\"text\":\"([^\"]*)\"").matcher(json.substring(json.indexOf("\"lines\":"), json.indexOf("\"reasons\":")));
        while (text.find()) {
            texts.add(text.group(1));
        }
        return texts;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}\\]]*)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String residentId(int birthYear, int n) {
        String first17 = String.format("310104%04d%02d%02d%03d", birthYear, 1 + n % 12, 10 + n % 18, 500 + 2 * n + 1);
        return first17 + ResidentId.checkCharacter(first17);
    }
}
