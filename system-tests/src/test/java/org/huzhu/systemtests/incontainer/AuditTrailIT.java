package org.huzhu.systemtests.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;

import org.huzhu.members.api.ResidentId;
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
 * The administrator reads one audit trail of every change (units, accounts, members, logins and failed logins) with its
 * state before and after, and the read log of who opened whose data; lists mask resident IDs and bank cards; a unit
 * agent cannot tell from the coverage look-up or claim filing whether a resident ID belongs to another unit or to nobody;
 * and the database itself refuses to change or remove a row of the trail, the read log or the journal.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailIT {

    private static final String ADMIN_PASSWORD = "system-test-admin-password";
    private static final String AGENT_PASSWORD = "quiet-harbour-2026";
    private static final Map<String, String> PASSWORDS = Map.of("admin", ADMIN_PASSWORD, "at.agent", AGENT_PASSWORD);
    private static final String OURS = id("31011519820315041");
    private static final String THEIRS = id("31010619750802003");
    private static final String NOBODYS = id("31010919910101007");

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClasses(AuditTrailIT.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void theAdministratorReadsWhoChangedWhatBeforeAndAfterAndWhoReadWhoseData(@ArquillianResource URL base) throws Exception {
        Http http = new Http(base);
        for (String unit : new String[] {"{\"code\":\"AT-SH\",\"kind\":\"ASSOCIATION\",\"name\":\"互助会（审计测试）\",\"validFrom\":\"1994-01-01\"}",
                "{\"code\":\"AT-PD\",\"kind\":\"DISTRICT_UNION\",\"parentCode\":\"AT-SH\",\"name\":\"浦东\",\"validFrom\":\"1994-01-01\"}",
                "{\"code\":\"AT-JA\",\"kind\":\"DISTRICT_UNION\",\"parentCode\":\"AT-SH\",\"name\":\"静安\",\"validFrom\":\"1994-01-01\"}",
                "{\"code\":\"AT-PD1\",\"kind\":\"UNIT\",\"parentCode\":\"AT-PD\",\"name\":\"浦东审计厂\",\"validFrom\":\"1994-01-01\"}",
                "{\"code\":\"AT-JA1\",\"kind\":\"UNIT\",\"parentCode\":\"AT-JA\",\"name\":\"静安审计厂\",\"validFrom\":\"1994-01-01\"}"}) {
            http.expect(201, http.send("admin", "POST", "units", unit));
        }
        String code = field(http.expect(201, http.send("admin", "POST", "accounts", "{\"username\":\"at.agent\",\"displayName\":\"审计代办\","
                + "\"roles\":[\"UNIT_AGENT\"],\"organisation\":\"AT-PD1\",\"initialPassword\":null}")), "activationCode");
        http.expect(204, http.send(null, "POST", "accounts/activation", "{\"username\":\"at.agent\",\"code\":\"" + code
                + "\",\"newPassword\":\"" + AGENT_PASSWORD + "\"}"));
        http.expect(201, http.send("admin", "POST", "members", member(OURS, "AT-PD1", "6222020000001234")));
        http.expect(201, http.send("admin", "POST", "members", member(THEIRS, "AT-JA1", "6222020000005678")));
        http.expect(401, http.send("at.agent", "wrong-password-1", "GET", "accounts/me", null));

        // lists mask; the detail is whole for the administrator, the card masked for the agent
        String listed = http.expect(200, http.send("at.agent", "GET", "units/AT-PD1/members", null));
        assertTrue(listed.contains("\"residentId\":\"3101********" + OURS.substring(14) + "\""), listed);
        assertTrue(listed.contains("\"bankCard\":\"6222********1234\""), listed);
        assertFalse(listed.contains(OURS) || listed.contains("6222020000001234"), listed);
        String number = field(listed, "id");
        String whole = http.expect(200, http.send("admin", "GET", "members/number/" + number, null));
        assertEquals(OURS, field(whole, "residentId"));
        assertEquals("6222020000001234", field(whole, "bankCard"));
        assertEquals("6222********1234", field(http.expect(200, http.send("at.agent", "GET", "members/" + OURS, null)), "bankCard"));

        // no membership oracle: another unit's member and a resident ID nobody has get the same answer
        HttpResponse<String> theirCover = http.send("at.agent", "GET", "coverage?residentId=" + THEIRS, null);
        HttpResponse<String> nobodysCover = http.send("at.agent", "GET", "coverage?residentId=" + NOBODYS, null);
        assertEquals(403, theirCover.statusCode(), theirCover.body());
        assertEquals(theirCover.body().replace(THEIRS, "?"), nobodysCover.body().replace(NOBODYS, "?"));
        assertFalse(theirCover.body().contains("AT-JA"), "the refusal names no unit: " + theirCover.body());
        HttpResponse<String> theirClaim = http.send("at.agent", "POST", "claims", claim(THEIRS));
        HttpResponse<String> nobodysClaim = http.send("at.agent", "POST", "claims", claim(NOBODYS));
        assertEquals(403, theirClaim.statusCode(), theirClaim.body());
        assertEquals(theirClaim.body().replace(THEIRS, "?"), nobodysClaim.body().replace(NOBODYS, "?"));
        assertEquals(theirCover.body().replace(THEIRS, "?"), http.send("at.agent", "GET", "members/" + THEIRS, null).body().replace(THEIRS, "?"));

        http.expect(403, http.send("at.agent", "GET", "audit", null));
        http.expect(403, http.send("at.agent", "GET", "audit/reads", null));
        http.expect(200, http.send("admin", "POST", "accounts/at.agent/disable", null));

        // the trail: who, what, the object, before and after
        String unit = http.expect(200, http.send("admin", "GET", "audit?object=UNIT&id=AT-PD1", null));
        assertTrue(unit.contains("\"what\":\"UNIT_CREATED\"") && unit.contains("\"who\":\"admin\"") && unit.contains("\"code\":\"AT-PD1\""), unit);
        String account = http.expect(200, http.send("admin", "GET", "audit?object=ACCOUNT&id=at.agent", null));
        for (String what : new String[] {"ACCOUNT_CREATED", "ACCOUNT_ACTIVATED", "ACCOUNT_DISABLED"}) {
            assertTrue(account.contains("\"what\":\"" + what + "\""), what + " in " + account);
        }
        String disabled = http.expect(200, http.send("admin", "GET", "audit?what=ACCOUNT_DISABLED&id=at.agent&limit=1", null));
        assertTrue(Pattern.compile("\"before\":\\{[^}]*\"enabled\":true").matcher(disabled).find(), disabled);
        assertTrue(Pattern.compile("\"after\":\\{[^{]*\"account\":\\{[^}]*\"enabled\":false").matcher(disabled).find(), disabled);
        assertFalse(disabled.contains("password") || disabled.contains(code), "no password or code in the trail: " + disabled);
        String failed = http.expect(200, http.send("admin", "GET", "audit?who=at.agent&what=LOGIN_FAILED", null));
        assertTrue(failed.contains("\"objectType\":\"LOGIN\"") && failed.contains("\"channel\":\"API\""), failed);
        String registered = http.expect(200, http.send("admin", "GET", "audit?object=MEMBER&id=" + OURS, null));
        assertTrue(registered.contains("\"what\":\"MEMBER_REGISTERED\"") && registered.contains("\"unitCode\":\"AT-PD1\""), registered);
        String page = http.expect(200, http.send("admin", "GET", "audit?object=UNIT&limit=2", null));
        assertEquals(2, count(page, "\"what\":"), page);

        // the read log
        String reads = http.expect(200, http.send("admin", "GET", "audit/reads?object=MEMBER&id=" + OURS, null));
        assertTrue(reads.contains("\"who\":\"admin\"") && reads.contains("\"who\":\"at.agent\""), reads);

        // a bad date is a problem, not a fault
        String bad = http.expect(400, http.send("admin", "GET", "audit?from=yesterday", null));
        assertTrue(bad.contains("audit.dateUnreadable"), bad);
    }

    @Test
    @Order(2)
    void theDatabaseRefusesToChangeOrRemoveTheTrailTheReadLogAndTheJournal() throws Exception {
        DataSource dataSource = (DataSource) new InitialContext().lookup("jdbc/huzhu");
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                for (String change : new String[] {"update platform.audit_event set actor = 'nobody'", "delete from platform.audit_event",
                        "update platform.read_log set reader = 'nobody'", "delete from platform.read_log"}) {
                    SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change), change);
                    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                    db.rollback();
                }
                for (String change : new String[] {"update insurance.journal_entry set reference = 'changed' where reference = 'AUDIT-IT'",
                        "delete from insurance.journal_entry where reference = 'AUDIT-IT'", "truncate insurance.journal_posting"}) {
                    statement.executeUpdate("insert into insurance.journal_entry (entry_date, kind, reference, posted_by, posted_at) "
                            + "values (date '2026-01-31', 'PAYMENT_RECEIVED', 'AUDIT-IT', 'test', current_timestamp)");
                    SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change), change);
                    assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                    db.rollback();
                }
            } finally {
                db.rollback();
                db.setAutoCommit(true);
            }
        }
    }

    private static String member(String residentId, String unit, String card) {
        return "{\"residentId\":\"" + residentId + "\",\"name\":\"审计会员\",\"status\":\"IN_SERVICE\",\"basicInsurance\":true,\"hardship\":false,"
                + "\"modelWorker\":false,\"bankCard\":\"" + card + "\",\"unitCode\":\"" + unit + "\",\"joinedOn\":\"2020-01-01\"}";
    }

    private static String claim(String residentId) {
        return "{\"residentId\":\"" + residentId + "\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"2026-03-02\","
                + "\"endDate\":\"2026-03-04\",\"daysInHospital\":3,\"hospital\":\"上海市第一人民医院\",\"hospitalLevel\":\"TERTIARY\",\"icd10\":\"K35.8\","
                + "\"totalCost\":\"3000.00\",\"basicInsurancePaid\":\"2000.00\",\"inScopeSelfPay\":\"1000.00\",\"outOfScopeSelfPay\":\"0.00\","
                + "\"invoiceNumbers\":[\"AUDIT-IT-1\"]}";
    }

    private static String id(String first17) {
        return first17 + ResidentId.checkCharacter(first17);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The API over HTTP Basic, in English. */
    private static final class Http {
        private final URL base;
        private final HttpClient client = HttpClient.newHttpClient();

        Http(URL base) {
            this.base = base;
        }

        HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
            return send(user, user == null ? null : PASSWORDS.getOrDefault(user, "no-such-password-1"), method, path, json);
        }

        HttpResponse<String> send(String user, String password, String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/" + path)).header("Accept-Language", "en")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)));
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String expect(int status, HttpResponse<String> response) {
            assertEquals(status, response.statusCode(), response.request().method() + " " + response.uri() + ": " + response.body());
            return response.body();
        }
    }
}
