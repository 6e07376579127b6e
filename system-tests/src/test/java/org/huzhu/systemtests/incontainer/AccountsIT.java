package org.huzhu.systemtests.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.CookieManager;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;

import org.huzhu.insurance.enrolment.EnrolmentImport;
import org.huzhu.insurance.enrolment.EnrolmentLists;
import org.huzhu.insurance.enrolment.rules.ImportMode;
import org.huzhu.insurance.enrolment.rules.ImportReport;
import org.huzhu.insurance.plan.PlanVersionRecord;
import org.huzhu.insurance.plan.PlanVersions;
import org.huzhu.members.api.ResidentId;
import org.huzhu.systemtests.support.PageForm;
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
 * Production starts with one account, the first administrator. Through the accounts API it builds an organisation tree
 * with two district unions, creates staff who activate their accounts with one-time codes or change an initial password
 * first, and every one of them then sees and acts on the units beneath their own organisation only; accounts are
 * disabled, enabled and reset, unit agents are assigned (never an unknown or non-agent account), and each change is in
 * the account's trail. Last, a unit agent and a member who swap the claim of the document-upload postback on their own
 * claim page store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "system-test-admin-password";
    private static final String OFFICER_PASSWORD = "pudong-officer-2026";
    private static final String INITIAL_PASSWORD = "chushi-mima-2026";
    private static final String SUPERVISOR_PASSWORD = "pudong-super-2027";
    private static final String JINGAN_PASSWORD = "jingan-officer-2026";
    private static final String AGENT_PASSWORD = "pudong-agent-2026";
    private static final String MEMBER_PASSWORD = "my-own-pass-2026";
    private static final Map<String, String> PASSWORDS = new LinkedHashMap<>(Map.of(ADMIN, ADMIN_PASSWORD, "pd.officer", OFFICER_PASSWORD,
            "pd.super", SUPERVISOR_PASSWORD, "ja.officer", JINGAN_PASSWORD, "pd.agent", AGENT_PASSWORD));

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClasses(AccountsIT.class, TestPlans.class);
    }

    @Inject
    PlanVersions versions;

    @Inject
    EnrolmentImport imports;

    @Inject
    EnrolmentLists lists;

    @Test
    @Order(1)
    @RunAsClient
    void theFirstAdministratorBuildsTheTreeAndCreatesStaffWhoActivateTheirAccounts(@ArquillianResource URL base) throws Exception {
        Api api = new Api(base);
        for (String unit : List.of("{\"code\":\"AC-SH\",\"kind\":\"ASSOCIATION\",\"name\":\"互助会（账户测试）\",\"validFrom\":\"1994-01-01\"}",
                "{\"code\":\"AC-PD\",\"kind\":\"DISTRICT_UNION\",\"parentCode\":\"AC-SH\",\"name\":\"浦东新区总工会\",\"validFrom\":\"1994-01-01\"}",
                "{\"code\":\"AC-JA\",\"kind\":\"DISTRICT_UNION\",\"parentCode\":\"AC-SH\",\"name\":\"静安区总工会\",\"validFrom\":\"1994-01-01\"}",
                "{\"code\":\"AC-PD1\",\"kind\":\"UNIT\",\"parentCode\":\"AC-PD\",\"name\":\"浦东机械厂工会\",\"validFrom\":\"1994-01-01\"}",
                "{\"code\":\"AC-JA1\",\"kind\":\"UNIT\",\"parentCode\":\"AC-JA\",\"name\":\"静安百货公司工会\",\"validFrom\":\"1994-01-01\"}")) {
            api.expect(201, api.post(ADMIN, "units", unit));
        }

        // refusals, each with a reason in the reader's language
        assertTrue(api.expect(400, api.post(ADMIN, "accounts", account("no.org", "OFFICER", null, null)))
                .contains("account.organisation.required"));
        assertTrue(api.expect(400, api.post(ADMIN, "accounts", account("nowhere", "OFFICER", "AC-XX", null))).contains("account.organisation.unknown"));
        assertTrue(api.expect(400, api.post(ADMIN, "accounts", account("agent.pd", "UNIT_AGENT", "AC-PD", null)))
                .contains("account.organisation.agentNeedsUnit"));
        assertTrue(api.expect(400, api.post(ADMIN, "accounts", account("a.member", "MEMBER", "AC-PD1", null))).contains("account.roles.unknown"));
        assertTrue(api.expect(400, api.post(ADMIN, "accounts", account("x", "OFFICER", "AC-PD", null))).contains("account.username.invalid"));
        assertTrue(api.expect(400, api.post(ADMIN, "accounts", account("weak.pw", "OFFICER", "AC-PD", "short1"))).contains("account.password.weak"));
        HttpResponse<String> chinese = api.send(ADMIN, "zh-CN", HttpRequest.newBuilder(api.uri("accounts")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(account("no.org", "OFFICER", null, null))));
        assertEquals("application/problem+json", chinese.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(chinese.body().contains("须指定所属组织"), chinese.body());

        // an officer at Pudong, with a one-time code
        String created = api.expect(201, api.post(ADMIN, "accounts", "{\"username\":\"pd.officer\",\"displayName\":\"张伟\",\"roles\":[\"OFFICER\"],"
                + "\"organisation\":\"AC-PD\",\"initialPassword\":null}"));
        assertEquals("pd.officer", field(created, "username"));
        assertEquals("AC-PD", field(created, "organisation"));
        assertEquals("true", field(created, "enabled"));
        assertEquals("false", field(created, "mustChangePassword"));
        assertTrue(created.contains("\"roles\":[\"OFFICER\"]"), created);
        String code = field(created, "activationCode");
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{8}"), code);
        assertFalse(api.expect(200, api.get(ADMIN, "accounts/pd.officer")).contains("activationCode"), "the code is shown once");
        assertTrue(api.expect(409, api.post(ADMIN, "accounts", account("PD.Officer", "OFFICER", "AC-PD", null))).contains("account.username.taken"));

        assertTrue(api.expect(400, api.activate("pd.officer", "WRONG234", OFFICER_PASSWORD)).contains("account.activation.invalid"));
        api.expect(401, api.get("pd.officer", OFFICER_PASSWORD, "accounts/me"));
        api.expect(204, api.activate("pd.officer", code.toLowerCase(), OFFICER_PASSWORD));
        api.expect(400, api.activate("pd.officer", code, "another-pass-2026"));
        assertTrue(api.expect(200, api.get("pd.officer", "accounts/me")).contains("\"displayName\":\"张伟\""));

        // a supervisor at Pudong with an initial password: nothing but a password change until it is done
        String supervisor = api.expect(201, api.post(ADMIN, "accounts", "{\"username\":\"pd.super\",\"displayName\":\"李强\","
                + "\"roles\":[\"SUPERVISOR\",\"OFFICER\"],\"organisation\":\"AC-PD\",\"initialPassword\":\"" + INITIAL_PASSWORD + "\"}"));
        assertEquals("true", field(supervisor, "mustChangePassword"));
        assertFalse(supervisor.contains("activationCode"), supervisor);
        String blocked = api.expect(403, api.get("pd.super", INITIAL_PASSWORD, "units"));
        assertTrue(blocked.contains("\"title\":\"Password must be changed first\"") && blocked.contains("account.password.mustChange"), blocked);
        assertEquals("true", field(api.expect(200, api.get("pd.super", INITIAL_PASSWORD, "accounts/me")), "mustChangePassword"));
        api.expect(400, api.changePassword("pd.super", INITIAL_PASSWORD, INITIAL_PASSWORD, INITIAL_PASSWORD));
        api.expect(204, api.changePassword("pd.super", INITIAL_PASSWORD, INITIAL_PASSWORD, SUPERVISOR_PASSWORD));
        api.expect(401, api.get("pd.super", INITIAL_PASSWORD, "units"));
        assertEquals("false", field(api.expect(200, api.get("pd.super", "accounts/me")), "mustChangePassword"));
        api.expect(200, api.get("pd.super", "units"));

        // an officer at Jing'an
        String jingan = api.expect(201, api.post(ADMIN, "accounts", account("ja.officer", "OFFICER", "AC-JA", null)));
        api.expect(204, api.activate("ja.officer", field(jingan, "activationCode"), JINGAN_PASSWORD));
        api.expect(204, api.changePassword("ja.officer", JINGAN_PASSWORD, JINGAN_PASSWORD, JINGAN_PASSWORD + "x"));
        api.expect(204, api.changePassword("ja.officer", JINGAN_PASSWORD + "x", JINGAN_PASSWORD + "x", JINGAN_PASSWORD));
    }

    @Test
    @Order(2)
    @RunAsClient
    void staffSeeAndActOnTheUnitsBeneathTheirOrganisationOnly(@ArquillianResource URL base) throws Exception {
        Api api = new Api(base);
        String pudong = api.expect(200, api.get("pd.officer", "units"));
        assertTrue(pudong.contains("\"code\":\"AC-PD\"") && pudong.contains("\"code\":\"AC-PD1\""), pudong);
        assertFalse(pudong.contains("AC-JA") || pudong.contains("\"code\":\"AC-SH\""), pudong);
        String jingan = api.expect(200, api.get("ja.officer", "units"));
        assertTrue(jingan.contains("\"code\":\"AC-JA1\"") && !jingan.contains("AC-PD"), jingan);
        assertTrue(api.expect(403, api.get("pd.officer", "units/AC-JA1")).contains("access.outsideScope"));
        api.expect(200, api.get("pd.officer", "units/AC-PD1/members"));
        api.expect(403, api.get("ja.officer", "units/AC-PD1/members"));
        assertTrue(api.expect(200, api.get(ADMIN, "units")).contains("AC-JA1"), "the administrator sees every unit");

        // a supervisor creates units and agents beneath Pudong only
        api.expect(201, api.post("pd.super", "units", "{\"code\":\"AC-PD2\",\"kind\":\"UNIT\",\"parentCode\":\"AC-PD\",\"name\":\"浦东第二工会\","
                + "\"validFrom\":\"2020-01-01\"}"));
        api.expect(403, api.post("pd.super", "units", "{\"code\":\"AC-JA2\",\"kind\":\"UNIT\",\"parentCode\":\"AC-JA\",\"name\":\"静安第二工会\","
                + "\"validFrom\":\"2020-01-01\"}"));
        String agent = api.expect(201, api.post("pd.super", "accounts", account("pd.agent", "UNIT_AGENT", "AC-PD1", null)));
        assertTrue(api.expect(403, api.post("pd.super", "accounts", account("ja.agent", "UNIT_AGENT", "AC-JA1", null)))
                .contains("access.outsideScope"));
        assertTrue(api.expect(403, api.post("pd.super", "accounts", account("pd.officer2", "OFFICER", "AC-PD", null)))
                .contains("access.account.agentsOnly"));
        api.expect(403, api.post("pd.officer", "accounts", account("pd.agent2", "UNIT_AGENT", "AC-PD1", null)));
        String mine = api.expect(200, api.get("pd.super", "accounts"));
        assertTrue(mine.contains("\"username\":\"pd.agent\""), mine);
        assertFalse(mine.contains("pd.officer") || mine.contains("ja.officer") || mine.contains("\"admin\""), "agents beneath only: " + mine);
        api.expect(403, api.get("pd.super", "accounts/ja.officer"));
        assertTrue(api.expect(200, api.get(ADMIN, "accounts?q=officer&organisation=AC-PD")).contains("pd.officer"));
        assertFalse(api.expect(200, api.get(ADMIN, "accounts?organisation=AC-PD")).contains("ja.officer"));

        // agents are assigned only when they are agents, to units, by someone whose units they are
        assertTrue(api.expect(404, api.put("pd.super", "units/AC-PD2/agents/nobody", "")).contains("unit.agent.unknownAccount"));
        assertTrue(api.expect(409, api.put(ADMIN, "units/AC-PD2/agents/pd.officer", "")).contains("unit.agent.notAnAgent"));
        assertTrue(api.expect(400, api.put(ADMIN, "units/AC-PD/agents/pd.agent", "")).contains("unit.agent.notAUnit"));
        api.expect(403, api.put("pd.super", "units/AC-JA1/agents/pd.agent", ""));
        api.expect(403, api.put("pd.officer", "units/AC-PD2/agents/pd.agent", ""));
        api.expect(204, api.put("pd.super", "units/AC-PD2/agents/pd.agent", ""));
        api.expect(204, api.put(ADMIN, "units/AC-PD1/agents/pd.agent", ""));

        // the agent activates and acts for their own unit only
        api.expect(204, api.activate("pd.agent", field(agent, "activationCode"), AGENT_PASSWORD));
        api.expect(200, api.get("pd.agent", "units/AC-PD1"));
        assertTrue(api.expect(403, api.get("pd.agent", "units/AC-PD2")).contains("access.notYourUnit"));
        api.expect(403, api.get("pd.agent", "units"));
    }

    @Test
    @Order(3)
    @RunAsClient
    void accountsAreDisabledEnabledAndResetAndEveryChangeIsInTheTrail(@ArquillianResource URL base) throws Exception {
        Api api = new Api(base);
        api.expect(200, api.get("pd.officer", "units"));
        String disabled = api.expect(200, api.post(ADMIN, "accounts/pd.officer/disable", ""));
        assertEquals("false", field(disabled, "enabled"));
        api.expect(401, api.get("pd.officer", "units"));
        assertEquals("false", field(api.expect(200, api.post(ADMIN, "accounts/pd.officer/disable", "")), "enabled"),
                "disabling twice changes nothing (and writes no second row)");
        assertEquals("true", field(api.expect(200, api.post(ADMIN, "accounts/pd.officer/enable", "")), "enabled"));
        api.expect(200, api.get("pd.officer", "units"));

        assertTrue(api.expect(409, api.post(ADMIN, "accounts/admin/disable", "")).contains("account.disable.self"));
        assertTrue(api.expect(409, api.put(ADMIN, "accounts/admin", "{\"roles\":[\"SUPERVISOR\"],\"organisation\":\"AC-SH\"}"))
                .contains("account.lastAdministrator"));
        api.expect(403, api.post("pd.officer", "accounts/pd.agent/disable", ""));
        api.expect(403, api.post("pd.super", "accounts/ja.officer/disable", ""));
        api.expect(200, api.post("pd.super", "accounts/pd.agent/disable", ""));
        api.expect(401, api.get("pd.agent", "units/AC-PD1"));
        api.expect(200, api.post("pd.super", "accounts/pd.agent/enable", ""));

        String reset = api.expect(200, api.post(ADMIN, "accounts/pd.officer/password-reset", ""));
        assertEquals("pd.officer", field(reset, "username"));
        api.expect(401, api.get("pd.officer", "units"));
        api.expect(204, api.activate("pd.officer", field(reset, "activationCode"), OFFICER_PASSWORD));
        api.expect(200, api.get("pd.officer", "units"));

        String updated = api.expect(200, api.put(ADMIN, "accounts/pd.officer", "{\"displayName\":\"张伟（浦东）\"}"));
        assertEquals("张伟（浦东）", field(updated, "displayName"));
        assertEquals("AC-PD", field(updated, "organisation"), "what is left out stays");

        String trail = api.expect(200, api.get(ADMIN, "accounts/pd.officer/changes"));
        assertEquals(List.of("DISPLAY_NAME_CHANGED", "ACTIVATED", "PASSWORD_RESET", "ENABLED", "DISABLED", "ACTIVATED", "CREATED"),
                all(trail, "action"), trail);
        assertEquals(List.of("admin", "pd.officer", "admin", "admin", "admin", "pd.officer", "admin"), all(trail, "by"), trail);
        assertTrue(trail.contains("OFFICER; organisation AC-PD; activation code issued"), trail);
        String agentTrail = api.expect(200, api.get("pd.super", "accounts/pd.agent/changes"));
        assertEquals(List.of("ENABLED", "DISABLED", "ACTIVATED", "AGENT_ASSIGNED", "AGENT_ASSIGNED", "CREATED"), all(agentTrail, "action"), agentTrail);
        assertTrue(agentTrail.contains("AC-PD1 → AC-PD2") && agentTrail.contains("AC-PD2 → AC-PD1"), agentTrail);
        assertEquals(List.of("PASSWORD_CHANGED", "CREATED"), all(api.expect(200, api.get(ADMIN, "accounts/pd.super/changes")), "action"));
    }

    @Test
    @Order(4)
    void membersWithCoverInBothDistricts() throws Exception {
        LocalDate today = LocalDate.now(SHANGHAI);
        PlanVersionRecord version = TestPlans.currentWorkingVersion(versions);
        enrol("AC-PD1", residentIds(8800, 3), version, today);
        enrol("AC-JA1", residentIds(8900, 3), version, today);
        sql("update insurance.enrolment set premium_status = 'PAID', cover_start = date '" + version.rules().period().start()
                + "', continuous_from = date '" + version.rules().period().start() + "', waiting_end = date '" + version.rules().period().start()
                + "' where unit_code in ('AC-PD1', 'AC-JA1')");
    }

    @Test
    @Order(5)
    @RunAsClient
    void claimsMembersAndTheirCodesFollowTheScope(@ArquillianResource URL base) throws Exception {
        Api api = new Api(base);
        String pdMember = residentIds(8800, 3).get(0);
        String jaMember = residentIds(8900, 3).get(0);
        LocalDate start = LocalDate.now(SHANGHAI).minusMonths(2).withDayOfMonth(1);

        api.expect(200, api.get("pd.officer", "members/" + pdMember));
        assertTrue(api.expect(403, api.get("pd.officer", "members/" + jaMember)).contains("access.member.outOfReach"));
        api.expect(403, api.get("pd.officer", "coverage?residentId=" + jaMember));

        long pdClaim = id(api.expect(201, api.post("pd.officer", "claims", stay(pdMember, start.plusDays(2), start.plusDays(5), "AC-INV-1"))));
        api.expect(403, api.post("pd.officer", "claims", stay(jaMember, start.plusDays(2), start.plusDays(5), "AC-INV-2")));
        long jaClaim = id(api.expect(201, api.post("ja.officer", "claims", stay(jaMember, start.plusDays(2), start.plusDays(5), "AC-INV-3"))));
        api.expect(403, api.get("pd.officer", "claims/" + jaClaim));
        String visible = api.expect(200, api.get("pd.officer", "claims"));
        assertTrue(visible.contains(reference(pdClaim)) && !visible.contains(reference(jaClaim)), visible);
        api.expect(403, api.get("pd.officer", "claims?unit=AC-JA1"));
        assertTrue(api.expect(403, api.post("pd.officer", "claims/" + pdClaim + "/approve", "{}")).contains("access.claim.ownClaim"),
                "the filer never approves their own claim");
        api.expect(403, api.post("ja.officer", "claims/" + pdClaim + "/approve", "{}"));
        assertEquals("APPROVED", field(api.expect(200, api.post("pd.super", "claims/" + pdClaim + "/approve", "{}")), "status"));
        api.expect(403, api.get("pd.officer", "payment-batches"));
        long jaList = id(api.expect(200, api.get(ADMIN, "enrolment-lists?unit=AC-JA1")));
        long pdList = id(api.expect(200, api.get(ADMIN, "enrolment-lists?unit=AC-PD1")));
        String today = LocalDate.now(SHANGHAI).toString();
        assertTrue(api.expect(403, api.post("pd.super", "enrolment-lists/confirmations", "{\"listIds\":[" + pdList + "," + jaList
                + "],\"confirmedOn\":\"" + today + "\"}")).contains("enrolment.list.notInScope"), "naming another district's list refuses all");
        assertTrue(api.expect(200, api.post("pd.super", "enrolment-lists/confirmations", "{\"listIds\":[" + pdList + "],\"confirmedOn\":\""
                + today + "\"}")).contains("enrolment.list.decided"), "its own district's list is looked at (and found decided)");
        api.expect(403, api.get("ja.officer", "enrolment-lists/" + pdList));
        String waiting = api.expect(200, api.get("pd.officer", "enrolment-lists?status=SUBMITTED"));
        assertFalse(waiting.contains("AC-JA1"), waiting);
        api.expect(200, api.get("pd.agent", "claims/" + pdClaim));
        api.expect(403, api.get("pd.agent", "claims/" + jaClaim));

        // a member's code, from an officer over the member's unit, and the member's own records only
        api.expect(403, api.post("ja.officer", "members/" + pdMember + "/activation-code", ""));
        String issued = api.expect(200, api.post("pd.officer", "members/" + pdMember + "/activation-code", ""));
        assertEquals(pdMember, field(issued, "username"));
        api.expect(204, api.activate(pdMember, field(issued, "activationCode"), MEMBER_PASSWORD));
        api.expect(200, api.get(pdMember, MEMBER_PASSWORD, "coverage?residentId=" + pdMember));
        assertTrue(api.expect(403, api.get(pdMember, MEMBER_PASSWORD, "coverage?residentId=" + jaMember)).contains("access.notYours"));
        assertTrue(api.expect(200, api.get(pdMember, MEMBER_PASSWORD, "accounts/me")).contains("\"roles\":[\"MEMBER\"]"));
        assertEquals(List.of("ACTIVATED", "CODE_ISSUED", "CREATED"), all(api.expect(200, api.get(ADMIN, "accounts/" + pdMember + "/changes")), "action"));
    }

    @Test
    @Order(6)
    @RunAsClient
    void anAgentOrMemberWhoSwapsTheClaimOfTheUploadPostbackStoresNothing(@ArquillianResource URL base) throws Exception {
        Api api = new Api(base);
        String pdMember = residentIds(8800, 3).get(0);
        long own = id(api.expect(200, api.get(ADMIN, "claims?unit=AC-PD1")));
        long other = id(api.expect(200, api.get(ADMIN, "claims?unit=AC-JA1")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

        Browserless agent = new Browserless(base);
        agent.login("pd.agent", AGENT_PASSWORD);
        String page = agent.get("agent/claim.xhtml?id=" + own);
        assertTrue(page.contains(reference(own)), "the agent opens their own claim");
        HttpResponse<String> swapped = agent.upload(page, Map.of("id", String.valueOf(other)), png);
        assertEquals(200, swapped.statusCode());
        assertTrue(swapped.body().contains("AC-JA1") && swapped.body().contains("无权查看该单位"), "refused on the page: " + swapped.body());
        assertDocuments(api, other, 0);
        assertFalse(api.expect(200, api.get(ADMIN, "claims/" + other + "/history")).contains("\"DOCUMENT\""), "nothing in the other claim's history");

        HttpResponse<String> honest = agent.upload(agent.get("agent/claim.xhtml?id=" + own), Map.of(), png);
        assertEquals(200, honest.statusCode());
        assertDocuments(api, own, 1);
        assertTrue(api.expect(200, api.get(ADMIN, "claims/" + own + "/history")).contains("\"DOCUMENT\""), "the page records the document as the API does");

        Browserless member = new Browserless(base);
        member.login(pdMember, MEMBER_PASSWORD);
        String mine = member.get("member/claim.xhtml?id=" + own);
        assertTrue(mine.contains(reference(own)), "the member opens their own claim");
        HttpResponse<String> memberSwap = member.upload(mine, Map.of("id", String.valueOf(other)), png);
        assertEquals(200, memberSwap.statusCode());
        assertTrue(memberSwap.body().contains("您只能查看和办理本人的信息"), "refused on the page: " + memberSwap.body());
        assertDocuments(api, other, 0);
        assertEquals(403, member.status("member/claim.xhtml?id=" + other), "and the page of the other claim stays closed");

        // a district officer posts the payment form of their own unit's statement with another district's unit
        Browserless officer = new Browserless(base);
        officer.login("pd.officer", OFFICER_PASSWORD);
        String statement = officer.get("officer/statement.xhtml?unit=AC-PD1");
        String paymentsBefore = api.expect(200, api.get(ADMIN, "payments?unit=AC-JA1"));
        HttpResponse<String> swappedUnit = officer.post(statement, "pay", Map.of("pay:receivedOn", LocalDate.now(SHANGHAI).toString(),
                "pay:amount", "10.00", "pay:payer", "UNIT", "pay:reference", "SWAP-1", "pay:record", "pay:record", "unit", "AC-JA1"));
        assertEquals(200, swappedUnit.statusCode());
        assertTrue(swappedUnit.body().contains("不在您所属组织"), "refused on the page: " + swappedUnit.body());
        assertEquals(paymentsBefore, api.expect(200, api.get(ADMIN, "payments?unit=AC-JA1")), "nothing recorded for the other district's unit");
        HttpResponse<String> honestPayment = officer.post(officer.get("officer/statement.xhtml?unit=AC-PD1"), "pay", Map.of("pay:receivedOn",
                LocalDate.now(SHANGHAI).toString(), "pay:amount", "10.00", "pay:payer", "UNIT", "pay:reference", "HONEST-1", "pay:record", "pay:record"));
        assertEquals(200, honestPayment.statusCode());
        assertTrue(api.expect(200, api.get(ADMIN, "payments?unit=AC-PD1")).contains("HONEST-1"), "the same form without the swap records the payment");
    }

    // ---- helpers ----

    private void enrol(String unit, List<String> ids, PlanVersionRecord version, LocalDate today) {
        StringBuilder csv = new StringBuilder("身份证号,姓名,在职状态,参加职工医保,银行卡号,份数\n");
        ids.forEach(id -> csv.append(id).append(",职工").append(id.substring(14)).append(",在职,是,6222").append(id, 6, 17).append("0,1\n"));
        ImportReport report = imports.upload(unit, version, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "名单.csv", ImportMode.ALL_OR_NOTHING, today, "pd.officer");
        assertTrue(report.applied(), report.problems().toString());
        lists.confirm(report.list().id(), today, "pd.super");
    }

    private static void sql(String statement) throws Exception {
        DataSource dataSource = InitialContext.doLookup("jdbc/huzhu");
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static void assertDocuments(Api api, long claim, int count) throws Exception {
        String view = api.expect(200, api.get(ADMIN, "claims/" + claim));
        Matcher documents = Pattern.compile("\"documents\":\\[(.*?)]").matcher(view);
        assertTrue(documents.find(), view);
        int found = documents.group(1).isBlank() ? 0 : documents.group(1).split("\\},\\{").length;
        assertEquals(count, found, "documents of claim " + claim + ": " + documents.group(1));
    }

    private static String account(String username, String role, String organisation, String initialPassword) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"" + username + "\",\"roles\":[\"" + role + "\"],\"organisation\":"
                + (organisation == null ? "null" : "\"" + organisation + "\"") + ",\"initialPassword\":"
                + (initialPassword == null ? "null" : "\"" + initialPassword + "\"") + "}";
    }

    private static String stay(String residentId, LocalDate admission, LocalDate discharge, String invoice) {
        return "{\"residentId\":\"" + residentId + "\",\"planCode\":\"" + TestPlans.PLAN + "\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admission
                + "\",\"endDate\":\"" + discharge + "\",\"daysInHospital\":4,\"hospital\":\"上海市第一人民医院\",\"hospitalLevel\":\"TERTIARY\","
                + "\"icd10\":\"K35.8\",\"totalCost\":\"8000.00\",\"basicInsurancePaid\":\"2000.00\",\"inScopeSelfPay\":\"6000.00\","
                + "\"outOfScopeSelfPay\":\"0.00\",\"invoiceNumbers\":[\"" + invoice + "\"]}";
    }

    private static String reference(long id) {
        return String.format("CL%08d", id);
    }

    private static long id(String json) {
        return Long.parseLong(field(json, "id"));
    }

    /** The first value of a field in a JSON text (string, number or boolean). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}\\]]*)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return m.group(1);
    }

    private static List<String> all(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    /** Valid resident IDs of working-age people, distinct per seed. */
    private static List<String> residentIds(int seed, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String first17 = String.format("310104%04d%02d%02d%03d", 1970 + (seed / 1000 + i) % 20, 1 + i % 12, 1 + (seed / 100 + i) % 28,
                    (seed + i) % 1000);
            ids.add(first17 + ResidentId.checkCharacter(first17));
        }
        return ids;
    }

    /** The accounts API over HTTP Basic, in English unless asked otherwise. */
    private static final class Api {
        private final URL base;
        private final HttpClient client = HttpClient.newHttpClient();

        Api(URL base) {
            this.base = base;
        }

        URI uri(String path) throws Exception {
            return base.toURI().resolve("api/v1/" + path);
        }

        HttpResponse<String> get(String user, String path) throws Exception {
            return get(user, PASSWORDS.get(user), path);
        }

        HttpResponse<String> get(String user, String password, String path) throws Exception {
            return send(user, password, "en", HttpRequest.newBuilder(uri(path)).GET());
        }

        HttpResponse<String> post(String user, String path, String json) throws Exception {
            return send(user, PASSWORDS.get(user), "en", HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> put(String user, String path, String json) throws Exception {
            return send(user, PASSWORDS.get(user), "en", HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        HttpResponse<String> send(String user, String language, HttpRequest.Builder request) throws Exception {
            return send(user, PASSWORDS.get(user), language, request);
        }

        HttpResponse<String> send(String user, String password, String language, HttpRequest.Builder request) throws Exception {
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            return client.send(request.header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> activate(String username, String code, String newPassword) throws Exception {
            return send(null, null, "en", HttpRequest.newBuilder(uri("accounts/activation")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"code\":\"" + code + "\",\"newPassword\":\""
                            + newPassword + "\"}")));
        }

        HttpResponse<String> changePassword(String user, String password, String current, String newPassword) throws Exception {
            return send(user, password, "en", HttpRequest.newBuilder(uri("accounts/me/password")).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + newPassword + "\"}")));
        }

        String expect(int status, HttpResponse<String> response) {
            assertEquals(status, response.statusCode(), response.request().method() + " " + response.uri() + ": " + response.body());
            return response.body();
        }
    }

    /**
     * The pages without a browser: a form login with a session cookie, and the claim page's upload form posted by hand
     * with what a browser's scripts add to it (the page's CSP nonce).
     */
    private static final class Browserless {
        private final URL base;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        Browserless(URL base) {
            this.base = base;
        }

        void login(String user, String password) throws Exception {
            String page = get("login.xhtml");
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(action(page, "login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(PageForm.urlEncoded(PageForm.login(page, user, password)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertFalse(answer.uri().getPath().endsWith("/login.xhtml"), "logged in as " + user + ": " + answer.body());
        }

        String get(String path) throws Exception {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), path + ": " + page.body());
            return page.body();
        }

        int status(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        /** Posts a form of the page (url-encoded) as a browser would, with the fields given (a user may add any). */
        HttpResponse<String> post(String page, String formId, Map<String, String> fields) throws Exception {
            return client.send(HttpRequest.newBuilder(action(page, formId)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(PageForm.urlEncoded(PageForm.fields(page, formId, fields)))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the page's document-upload form as a browser would, with extra fields a user could add. */
        HttpResponse<String> upload(String page, Map<String, String> extra, byte[] file) throws Exception {
            String boundary = "----huzhu" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.putAll(PageForm.fields(page, "attach", Map.of("attach:kind", "INVOICE", "attach:upload", "upload")));
            fields.putAll(extra);
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue()
                        + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attach:file\"; filename=\"invoice.png\"\r\n"
                    + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(HttpRequest.newBuilder(action(page, "attach")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI action(String page, String formId) throws Exception {
            Matcher form = Pattern.compile("<form[^>]*id=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(page);
            assertTrue(form.find(), "form " + formId + " in " + page);
            Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(form.group());
            assertTrue(action.find(), form.group());
            return base.toURI().resolve(action.group(1).replace("&amp;", "&"));
        }
    }
}
