package org.huzhu.systemtests.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The monthly report on PostgreSQL: a small data set for March 2025 (two members of WORKING_INPATIENT, three claims,
 * the ledger), the {@code monthly-report} job started through the API, the figures, the PDF rendered inside Payara
 * (its Chinese title read back with PDFBox), the workbook and the CSV zip, and a second run making revision 2.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsIT {

    private static final String MONTH = "2025-03";
    private static final String ACTUARY = basic("it-reports-actuary", "it-reports-actuary-password");
    private static final String OFFICER = basic("it-reports-officer", "it-reports-officer-password");

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClass(ReportsIT.class);
    }

    @Inject
    Accounts accounts;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Test
    @Order(1)
    void smallDataSetForMarch2025() throws Exception {
        accounts.createIfAbsent("it-reports-actuary", "it-reports-actuary-password".toCharArray(), Set.of(Roles.ACTUARY));
        accounts.createIfAbsent("it-reports-officer", "it-reports-officer-password".toCharArray(), Set.of(Roles.OFFICER));
        try (Connection db = dataSource.getConnection(); Statement s = db.createStatement()) {
            long version;
            try (var rs = s.executeQuery("select v.id from insurance.plan_version v join insurance.plan p on p.id = v.plan_id "
                    + "where p.code = 'WORKING_INPATIENT' order by v.id fetch first 1 rows only")) {
                rs.next();
                version = rs.getLong(1);
            }
            s.execute("insert into members.organisation (id, code, kind, name, valid_from) values (900001, 'IT-RPT', 'UNIT', '报表测试单位', "
                    + "date '2000-01-01')");
            s.execute("insert into members.member (id, resident_id, name, sex, birth_date, employment_status, basic_insurance, unit_id) values "
                    + "(900001, 'RPT900001', '甲', 'F', date '1980-06-01', 'IN_SERVICE', true, 900001), "
                    + "(900002, 'RPT900002', '乙', 'M', date '1975-02-01', 'IN_SERVICE', true, 900001)");
            s.execute("insert into insurance.enrolment_list (id, unit_code, plan_version_id, kind, status, eligible_headcount, enrolled_count, "
                    + "required_count, submitted_by, submitted_at) values (900001, 'IT-RPT', " + version + ", 'NEW', 'CONFIRMED', 2, 2, 2, 'it', "
                    + "current_timestamp)");
            s.execute("insert into insurance.enrolment (id, list_id, plan_version_id, member_id, resident_id, unit_code, shares, status, cover_start, "
                    + "cover_end, continuous_from, waiting_end, payment_due, premium_status) values "
                    + "(900001, 900001, " + version + ", 900001, 'RPT900001', 'IT-RPT', 1, 'ACTIVE', date '2025-01-01', date '2025-12-31', "
                    + "date '2025-01-01', date '2025-01-01', date '2025-01-31', 'PAID'), "
                    + "(900002, 900001, " + version + ", 900002, 'RPT900002', 'IT-RPT', 1, 'ACTIVE', date '2025-03-01', date '2025-12-31', "
                    + "date '2025-03-01', date '2025-03-01', date '2025-03-31', 'PAID')");
            // an entry and its postings in one transaction: the database checks at commit that every entry balances
            db.setAutoCommit(false);
            s.execute("insert into insurance.journal_entry (id, entry_date, kind, reference, unit_code, posted_by, posted_at) values "
                    + "(900001, date '2025-03-31', 'PREMIUM_EARNED', 'it-2025-03', 'IT-RPT', 'it', current_timestamp)");
            s.execute("insert into insurance.journal_posting values (900001, 1, 'UNEARNED_PREMIUM_RESERVE', 'DEBIT', 20), "
                    + "(900001, 2, 'EARNED_PREMIUM', 'CREDIT', 20)");
            db.commit();
            db.setAutoCommit(true);
            claim(s, 900001, 900001, "2025-02-10", "2025-02-20", "PAID", 1000, "2025-03-05 10:00:00", version);
            claim(s, 900002, 900002, "2025-03-03", "2025-03-10", "PAID", 2000, "2025-03-25 10:00:00", version);
            claim(s, 900003, 900001, "2025-03-12", "2025-03-20", "APPROVED", 70000, null, version);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void generateTheMonthThroughTheApiAndReadTheRevision(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        send(client, request(base, "api/v1/reports/monthly/" + MONTH, OFFICER).POST(HttpRequest.BodyPublishers.noBody()).build(), 403);
        send(client, request(base, "api/v1/reports/monthly/2025-13", ACTUARY).POST(HttpRequest.BodyPublishers.noBody()).build(), 400);
        String started = send(client, request(base, "api/v1/reports/monthly/" + MONTH, ACTUARY).POST(HttpRequest.BodyPublishers.noBody()).build(), 202);
        String execution = first(started, "\"executionId\":(\\d+)");
        String job = waitFor(client, base, execution);
        assertTrue(job.contains("\"exitStatus\":\"REVISION 1\""), job);

        String revisions = send(client, request(base, "api/v1/reports/monthly/" + MONTH, ACTUARY).GET().build(), 200);
        assertTrue(revisions.contains("\"scope\":\"TOTAL\"") && revisions.contains("\"scope\":\"WORKING_INPATIENT\""), revisions);

        String figures = send(client, request(base, "api/v1/reports/monthly/" + MONTH + "/1/figures", ACTUARY).GET().build(), 200);
        // in force at 03-31: both members; joiner: member 2; member-months 1 + 1 = 2 (31 days each)
        assertTrue(figures.contains("\"membersInForce\":2,\"joiners\":1,\"leavers\":0,\"memberMonths\":2.00"), figures);
        // paid in March: 1,000 + 2,000; outstanding: 70,000 (approved, unpaid) — a large claim
        assertTrue(figures.contains("\"claimsPaid\":3000.00,\"claimsOutstanding\":70000.00"), figures);
        assertTrue(figures.contains("\"earnedPremium\":20.00"), figures);
        assertTrue(figures.contains("\"largeClaims\":[{\"claimNumber\":\"900003\""), figures);
        String plan = send(client, request(base, "api/v1/reports/monthly/" + MONTH + "/1/figures?scope=WORKING_INPATIENT", ACTUARY).GET().build(), 200);
        assertTrue(plan.contains("\"planCode\":\"WORKING_INPATIENT\""), plan);

        byte[] zh = bytes(client, request(base, "api/v1/reports/monthly/" + MONTH + "/1.pdf?lang=zh", ACTUARY).GET().build());
        String zhText = text(zh);
        assertTrue(zhText.contains("职工互助保障计划月度精算报告"), zhText);
        byte[] en = bytes(client, request(base, "api/v1/reports/monthly/" + MONTH + "/1.pdf?lang=en", ACTUARY).GET().build());
        assertTrue(text(en).contains("Monthly Actuarial Report"));
        byte[] xlsx = bytes(client, request(base, "api/v1/reports/monthly/" + MONTH + "/1.xlsx", ACTUARY).GET().build());
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        byte[] zip = bytes(client, request(base, "api/v1/reports/monthly/" + MONTH + "/1.csv.zip", ACTUARY).GET().build());
        assertEquals('P', zip[0]);
        send(client, request(base, "api/v1/reports/monthly/" + MONTH + "/7.pdf", ACTUARY).GET().build(), 404);

        String again = send(client, request(base, "api/v1/reports/monthly/" + MONTH, ACTUARY).POST(HttpRequest.BodyPublishers.noBody()).build(), 202);
        String second = waitFor(client, base, first(again, "\"executionId\":(\\d+)"));
        assertTrue(second.contains("\"exitStatus\":\"REVISION 2\""), second);
        assertEquals(zhText, text(bytes(client, request(base, "api/v1/reports/monthly/" + MONTH + "/1.pdf?lang=zh", ACTUARY).GET().build())),
                "revision 1 is unchanged");
        send(client, request(base, "api/v1/reports/jobs/99999999", ACTUARY).GET().build(), 404);
    }

    private static void claim(Statement s, long id, long member, String service, String received, String status, int amount, String settled,
                              long version) throws Exception {
        s.execute("insert into claims.claim (id, member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, enrolment_version_id, "
                + "plan_version_id, claim_type, service_date, end_date, days_in_hospital, received_on, year_start, year_end, source, status, payable, "
                + "approved_amount, paid_amount, created_by, created_at, updated_at) values (" + id + ", " + member + ", 'RPT" + member + "', 'x', "
                + "'IT-RPT', 'WORKING_INPATIENT', " + member + ", 1, " + version + ", 'INPATIENT', date '" + service + "', date '" + service + "', 3, "
                + "date '" + received + "', date '2025-01-01', date '2025-12-31', 'FORM', '" + status + "', " + amount + ", " + amount + ", "
                + (settled == null ? 0 : amount) + ", 'it', current_timestamp, current_timestamp)");
        if (settled != null) {
            s.execute("insert into claims.payment_batch (id, status, line_count, total, created_by, created_at) values (" + id + ", 'CLOSED', 1, "
                    + amount + ", 'it', current_timestamp)");
            s.execute("insert into claims.payment_line (batch_id, claim_id, payee_name, account, union_account, amount, status, settled_at) values ("
                    + id + ", " + id + ", 'x', '6222', false, " + amount + ", 'PAID', timestamp '" + settled + "')");
        }
    }

    private static String waitFor(HttpClient client, URL base, String execution) throws Exception {
        String job = "";
        for (int i = 0; i < 300; i++) {
            job = send(client, request(base, "api/v1/reports/jobs/" + execution, ACTUARY).GET().build(), 200);
            if (job.contains("\"batchStatus\":\"COMPLETED\"") || job.contains("\"batchStatus\":\"FAILED\"")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The report job did not end: " + job);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static HttpRequest.Builder request(URL base, String path, String auth) throws Exception {
        return HttpRequest.newBuilder(base.toURI().resolve(path)).header("Authorization", auth).header("Accept-Language", "en");
    }

    private static String send(HttpClient client, HttpRequest request, int status) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), request.method() + " " + request.uri() + ": " + response.body());
        return response.body();
    }

    private static byte[] bytes(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), request.uri() + ": " + new String(response.body(), StandardCharsets.UTF_8));
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
}
