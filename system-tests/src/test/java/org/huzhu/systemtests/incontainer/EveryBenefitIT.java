package org.huzhu.systemtests.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;

import org.huzhu.insurance.api.rules.BenefitRule;
import org.huzhu.insurance.api.rules.DailyAllowanceBenefit;
import org.huzhu.insurance.api.rules.DeathBenefit;
import org.huzhu.insurance.api.rules.DiseaseClass;
import org.huzhu.insurance.api.rules.DiseaseStage;
import org.huzhu.insurance.api.rules.LumpSumBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;
import org.huzhu.insurance.api.rules.ReimbursementCategory;
import org.huzhu.insurance.enrolment.EnrolmentImport;
import org.huzhu.insurance.enrolment.EnrolmentLists;
import org.huzhu.insurance.enrolment.rules.ImportMode;
import org.huzhu.insurance.enrolment.rules.ImportReport;
import org.huzhu.insurance.plan.PlanVersionRecord;
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
 * One claim of every benefit of every seeded plan version (the versions the insurance migrations seed, whose periods
 * ended long ago), filed, assessed and approved through the API on PostgreSQL: every benefit code the seeded rules
 * use is stored with its lines and contributions. One member per version, enrolled before its period start, claims in
 * order; the last claim of the retiree plan shows the shared yearly limit used by the ones before it.
 *
 * <p>The in-container step enrols the members and writes the claims to file (JSON bodies built from each version's
 * rules) into a scratch table of the test database; the client step files them over HTTP.</p>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryBenefitIT {

    /** The claims the client-side test filed, for the one that reverses them. */
    private static final List<String> FILED = new ArrayList<>();

    private static final String PASSWORD = "every-benefit-password";
    private static final String SCRATCH = "public.every_benefit_it";

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClasses(EveryBenefitIT.class);
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
    void membersOfEverySeededVersionAndTheirClaims() throws Exception {
        LocalDate founded = LocalDate.of(1994, 1, 1);
        units.create("EB-SH", OrganisationKind.ASSOCIATION, null, "上海市职工保障互助会（全责任测试）", founded, "it");
        units.create("EB-PD", OrganisationKind.DISTRICT_UNION, "EB-SH", "浦东新区总工会（全责任测试）", founded, "it");
        accounts.createIfAbsent("eb-officer", PASSWORD.toCharArray(), Set.of(Roles.OFFICER));
        accounts.createIfAbsent("eb-officer2", PASSWORD.toCharArray(), Set.of(Roles.OFFICER));
        accounts.createIfAbsent("eb-sup1", PASSWORD.toCharArray(), Set.of(Roles.SUPERVISOR));
        accounts.createIfAbsent("eb-sup2", PASSWORD.toCharArray(), Set.of(Roles.SUPERVISOR));
        sql("create table " + SCRATCH + " (position integer primary key, label varchar(200), body varchar(4000))");
        List<String[]> seeded = new ArrayList<>();
        try (Connection connection = dataSource().getConnection(); Statement s = connection.createStatement();
             ResultSet row = s.executeQuery("select p.code, v.version_code from insurance.plan_version v join insurance.plan p on p.id = v.plan_id "
                     + "where v.period_end < date '2018-01-01' order by v.id")) {
            while (row.next()) {
                seeded.add(new String[] {row.getString(1), row.getString(2)});
            }
        }
        assertEquals(4, seeded.size(), "the seeded versions: serious illness 2000 and 2016, working inpatient 2016, retiree inpatient 2001");
        int position = 0;
        int n = 0;
        for (String[] planAndVersion : seeded) {
            PlanVersionRecord version = versions.require(planAndVersion[0], planAndVersion[1]);
            PlanRules rules = version.rules();
            String unit = "EB-" + (++n);
            units.create(unit, OrganisationKind.UNIT, "EB-PD", "全责任测试单位" + n, founded, "it");
            boolean retiree = planAndVersion[0].startsWith("RETIREE");
            String residentId = residentId(rules.period().start().getYear() - (retiree ? 65 : 40), n);
            String csv = "身份证号,姓名,在职状态,退休日期,参加职工医保,银行卡号,份数\n" + residentId + ",会员" + n + "," + (retiree ? "退休" : "在职") + ","
                    + (retiree ? rules.period().start().minusYears(5) : "") + ",是,6222" + residentId.substring(6, 17) + "0,1\n";
            LocalDate before = rules.period().start().minusDays(5);
            ImportReport report = imports.upload(unit, version, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "名单.csv",
                    ImportMode.ALL_OR_NOTHING, before, "eb-officer");
            assertTrue(report.applied(), report.problems().toString());
            lists.confirm(report.list().id(), before, "eb-sup1");
            sql("update insurance.enrolment set premium_status = 'PAID' where unit_code = '" + unit + "'");
            for (String[] claim : claims(planAndVersion[0], residentId, rules)) {
                try (Connection connection = dataSource().getConnection();
                     PreparedStatement insert = connection.prepareStatement("insert into " + SCRATCH + " values (?, ?, ?)")) {
                    insert.setInt(1, ++position);
                    insert.setString(2, planAndVersion[0] + "/" + planAndVersion[1] + " " + claim[0]);
                    insert.setString(3, claim[1]);
                    insert.executeUpdate();
                }
            }
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyBenefitIsFiledAssessedAndApprovedThroughTheApi(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<String[]> claims = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(System.getenv("HUZHU_DB_URL"), System.getenv("HUZHU_DB_USER"),
                System.getenv("HUZHU_DB_PASSWORD")); Statement s = db.createStatement();
             ResultSet row = s.executeQuery("select label, body from " + SCRATCH + " order by position")) {
            while (row.next()) {
                claims.add(new String[] {row.getString(1), row.getString(2)});
            }
        }
        List<String> covered = new ArrayList<>();
        String lastRetiree = null;
        BigDecimal retireePaid = BigDecimal.ZERO;
        for (String[] claim : claims) {
            HttpResponse<String> filed = send(client, base, "eb-officer", "POST", "claims", claim[1]);
            assertEquals(201, filed.statusCode(), claim[0] + ": " + filed.body());
            String id = field(filed.body(), "id");
            FILED.add(id);
            assertEquals("ASSESSED", field(filed.body(), "status"), claim[0] + ": " + filed.body());
            BigDecimal payable = new BigDecimal(field(filed.body(), "payable"));
            assertTrue(payable.signum() > 0, claim[0] + " pays: " + filed.body());
            String approver = claim[1].contains("\"SERIOUS_ILLNESS\"") ? "eb-sup1" : "eb-officer2";
            HttpResponse<String> approved = send(client, base, approver, "POST", "claims/" + id + "/approve", "{}");
            assertEquals(200, approved.statusCode(), claim[0] + ": " + approved.body());
            if ("SECOND_REVIEW".equals(field(approved.body(), "status"))) {
                approved = send(client, base, "eb-sup2", "POST", "claims/" + id + "/approve", "{}");
            }
            assertEquals("APPROVED", field(approved.body(), "status"), claim[0] + ": " + approved.body());
            covered.add(claim[0] + " -> " + field(approved.body(), "approvedAmount"));
            if (claim[0].startsWith("RETIREE_INPATIENT")) {
                retireePaid = retireePaid.add(new BigDecimal(field(approved.body(), "approvedAmount")));
                lastRetiree = approved.body();
            }
        }
        System.out.println("EVERY BENEFIT ON POSTGRESQL (through the API):\n  " + String.join("\n  ", covered));
        assertTrue(covered.stream().anyMatch(c -> c.contains("OUTPATIENT_SERIOUS_AND_HOME_SICKBED OUTPATIENT_SERIOUS")), covered.toString());
        assertTrue(covered.stream().anyMatch(c -> c.contains("OUTPATIENT_SERIOUS_AND_HOME_SICKBED HOME_SICKBED")), covered.toString());
        assertTrue(lastRetiree != null && lastRetiree.contains("\"step\":\"CAP_GROUP\""), String.valueOf(lastRetiree));
        Matcher line = Pattern.compile("\\{[^{}]*\"step\":\"CAP_GROUP\"[^{}]*\\}").matcher(lastRetiree);
        assertTrue(line.find(), lastRetiree);
        Matcher remaining = Pattern.compile("\"remaining\":([0-9.]+)").matcher(line.group());
        assertTrue(remaining.find(), line.group());
        assertEquals(0, new BigDecimal("40000.00").subtract(retireePaid).compareTo(new BigDecimal(remaining.group(1))),
                "the shared yearly limit left after the retiree's claims of every benefit: " + lastRetiree);
    }

    /**
     * The test classes share one database, and these claims were received years ago: approved and never paid, they would
     * stand as case reserves in every later month's actuarial figures (ReportsIT reads one). Reversed, they leave none.
     */
    @Test
    @Order(3)
    @RunAsClient
    void theClaimsAreReversedAndLeaveNoReserveBehind(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String id : FILED) {
            HttpResponse<String> reversed = send(client, base, "eb-sup1", "POST", "claims/" + id + "/reverse", "{\"note\":\"测试结束\"}");
            assertEquals(200, reversed.statusCode(), id + ": " + reversed.body());
            assertEquals("REJECTED", field(send(client, base, "eb-sup1", "GET", "claims/" + id, "").body(), "status"));
        }
    }

    /** One claim per benefit and kind of care it pays (a lump sum: its main class with the longest code), after any waiting period. */
    private static List<String[]> claims(String plan, String residentId, PlanRules rules) {
        LocalDate day = rules.period().start().plusMonths(rules.cover().waitingPeriodMonths() + 1);
        List<String[]> claims = new ArrayList<>();
        int invoice = 0;
        for (BenefitRule benefit : rules.benefits()) {
            String head = "{\"residentId\":\"" + residentId + "\",\"planCode\":\"" + plan + "\",\"receivedOn\":\"" + day.plusDays(20) + "\",";
            if (benefit instanceof ReimbursementBenefit reimbursement) {
                for (ReimbursementCategory category : ReimbursementCategory.values()) {
                    if (reimbursement.categories().contains(category)) {
                        boolean stay = category == ReimbursementCategory.INPATIENT;
                        LocalDate date = day.plusDays(7L * invoice);
                        claims.add(new String[] {benefit.code() + " " + category, head + "\"type\":\"" + category + "\",\"serviceDate\":\"" + date + "\","
                                + (stay ? "\"endDate\":\"" + date.plusDays(4) + "\",\"daysInHospital\":5," : "")
                                + "\"hospital\":\"上海市第一人民医院\",\"hospitalLevel\":\"TERTIARY\",\"icd10\":\"N18.5\",\"totalCost\":\"9000.00\","
                                + "\"basicInsurancePaid\":\"4000.00\",\"inScopeSelfPay\":\"4000.00\",\"outOfScopeSelfPay\":\"1000.00\","
                                + "\"invoiceNumbers\":[\"EB-" + residentId + "-" + (++invoice) + "\"]}"});
                    }
                }
            } else if (benefit instanceof LumpSumBenefit lumpSum) {
                DiseaseClass longest = lumpSum.classes().stream().filter(c -> c.stage() == DiseaseStage.MAIN)
                        .max(Comparator.comparingInt(c -> c.code().length())).orElseThrow();
                claims.add(new String[] {benefit.code() + " " + longest.code(), head + "\"type\":\"SERIOUS_ILLNESS\",\"serviceDate\":\"" + day
                        + "\",\"icd10\":\"" + longest.icd10().get(0).from() + "\",\"diseaseClass\":\"" + longest.code() + "\"}"});
            } else if (benefit instanceof DailyAllowanceBenefit || benefit instanceof DeathBenefit) {
                throw new AssertionError("no seeded version has " + benefit.code() + "; add its claim here");
            }
        }
        return claims;
    }

    private static HttpResponse<String> send(HttpClient client, URL base, String user, String method, String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/" + path)).header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}\\]]*)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static String residentId(int birthYear, int n) {
        String first17 = String.format("310115%04d%02d%02d%03d", birthYear, 3 + n, 10 + n, 300 + 2 * n + 1);
        return first17 + ResidentId.checkCharacter(first17);
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("jdbc/huzhu");
    }

    private static void sql(String statement) throws Exception {
        try (Connection connection = dataSource().getConnection(); Statement s = connection.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
