package org.huzhu.systemtests.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.systemtests.support.ApiClient;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The web pages in a real browser (Debian's headless Chromium) against the runnable jar in evaluation mode:
 * each role's journey, in Chinese and in English, with screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebJourneysIT {

    private static final int PORT = Integer.getInteger("it.web.port", 18580);
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static RunnableJar application;
    private static Path work;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed (test.sh installs them)");
        work = Path.of(System.getProperty("huzhu.workDir", "target/work"), "web-" + System.currentTimeMillis());
        application = RunnableJar.start(work, PORT, Map.of());
        application.awaitReady(Duration.ofMinutes(5)); // a loaded machine seeds the demo data slowly
    }

    @AfterAll
    static void stop() throws Exception {
        if (application != null) {
            application.close();
        }
    }

    private static String currentWorkingVersion() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return "WORKING_INPATIENT/" + (today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1);
    }

    private static void login(Browser browser, String user) {
        login(browser, user, "huzhu-demo");
    }

    private static void login(Browser browser, String user, String password) {
        browser.open("/login.xhtml");
        browser.type("login:username", user);
        browser.type("login:password", password);
        browser.find("login:submit").click();
        browser.waitForPathWithout("/login.xhtml");
    }

    @Test
    @Order(1)
    void aUnitAgentUploadsAListWithABadRowAndSeesTheErrorInBothLanguages() throws Exception {
        try (Browser browser = new Browser(BASE)) {
            browser.open("/agent/home.xhtml");
            browser.waitForPath("/login.xhtml");
            assertEquals(List.of(), browser.inputsWithoutLabel(), "every input of the login form has a label");
            browser.screenshot("01-login");
            // keyboard only: type, tab, type, enter
            browser.type("login:username", "agent", Keys.TAB, "huzhu-demo", Keys.ENTER);
            browser.waitForPath("/agent/home.xhtml");
            browser.waitForText("上海浦东机械厂工会");
            browser.screenshot("02-agent-home");

            browser.open("/agent/upload.xhtml");
            browser.find("upload:submit");
            assertEquals(List.of(), browser.inputsWithoutLabel(), "every input of the upload form has a label");
            Path file = work.resolve("agent-list.csv");
            Files.writeString(file, "身份证号,姓名,在职状态,参加职工医保,份数\n310115198203150413,王建国,在职,是,1\n", StandardCharsets.UTF_8);
            new Select(browser.find("upload:version")).selectByValue(currentWorkingVersion());
            browser.type("upload:file", file.toAbsolutePath().toString());
            browser.find("upload:submit").click();
            browser.waitForText("校验位不正确");
            assertTrue(browser.text().contains("310115198203150413"));
            assertTrue(browser.find("errors").getText().contains("身份证号"), "the field is named as the list's header names it");
            assertNoCodes(browser.text());
            browser.screenshot("03-agent-upload-error-zh");

            browser.find("session:language").click();
            browser.waitForText("Upload an enrolment list");
            new Select(browser.find("upload:version")).selectByValue(currentWorkingVersion());
            browser.type("upload:file", file.toAbsolutePath().toString());
            browser.find("upload:submit").click();
            browser.waitForText("check character");
            browser.screenshot("04-agent-upload-error-en");
        }
    }

    @Test
    @Order(2)
    void aUnitAgentCannotOpenTheOfficersPagesOrAnotherUnit() throws Exception {
        try (Browser browser = new Browser(BASE)) {
            login(browser, "agent");
            browser.waitForPath("/agent/home.xhtml");
            browser.open("/officer/unit.xhtml?code=PD-0002");
            browser.waitForText("无权访问");
            assertFalse(browser.text().contains("浦东软件园"), "nothing of the other unit is shown");
        }
    }

    @Test
    @Order(3)
    void anOfficerUploadsAListAndAnotherSupervisorConfirmsIt() throws Exception {
        List<String> ids = membersOf("PD-0004");
        Path file = work.resolve("pd-0004.csv");
        StringBuilder csv = new StringBuilder("身份证号,姓名,在职状态,参加职工医保,份数\n");
        for (String id : ids) {
            csv.append(id).append(",职工,在职,是,1\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        try (Browser browser = new Browser(BASE)) {
            login(browser, "officer");
            browser.waitForPath("/officer/dashboard.xhtml");
            browser.screenshot("05-officer-dashboard");
            browser.open("/officer/upload.xhtml");
            new Select(browser.find("upload:unit")).selectByValue("PD-0004");
            new Select(browser.find("upload:version")).selectByValue(currentWorkingVersion());
            browser.type("upload:file", file.toAbsolutePath().toString());
            browser.find("upload:submit").click();
            browser.waitForText("已提交");
            browser.screenshot("06-officer-upload-applied");
            browser.find("session:logout").click();
            browser.waitForPath("/login.xhtml");

            login(browser, "supervisor");
            browser.open("/officer/lists.xhtml");
            browser.waitForText("PD-0004");
            browser.screenshot("07-supervisor-lists");
            browser.all(By.cssSelector("button[id$=':confirm']")).get(0).click();
            browser.waitForText("已确认");

            browser.open("/officer/member.xhtml?residentId=" + ids.get(0));
            browser.waitForText("在职职工住院补充医疗互助保障计划");
            assertTrue(browser.text().contains("尚未开始") && browser.text().contains("未缴"),
                    "confirmed today, cover starts tomorrow and waits for the premium: " + browser.text());
            browser.screenshot("08-member-coverage");
            browser.open("/officer/units.xhtml");
            browser.waitForText("PD-C001");
            browser.screenshot("09-units");
        }
    }

    @Test
    @Order(4)
    void aSupervisorTicksAllWaitingListsAndConfirmsThemInOneAction() throws Exception {
        String version = currentWorkingVersion().replace("WORKING_INPATIENT/", "");
        HttpClient client = HttpClient.newHttpClient();
        for (String unit : List.of("PD-0003", "PD-0004")) {
            StringBuilder csv = new StringBuilder("身份证号,姓名,在职状态,参加职工医保,份数\n");
            membersOf(unit).forEach(id -> csv.append(id).append(",职工,在职,是,1\n"));
            HttpResponse<String> upload = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/enrolment-lists/upload?unit=" + unit
                    + "&plan=SERIOUS_ILLNESS&version=" + version + "&mode=VALID_ROWS")).header("Authorization", RunnableJar.basic("officer", "huzhu-demo"))
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, upload.statusCode(), upload.body());
        }
        try (Browser browser = new Browser(BASE)) {
            login(browser, "supervisor");
            browser.open("/officer/lists.xhtml");
            browser.waitForText("PD-0004");
            browser.find("pickAll").click();
            browser.find("lists:confirmSelected").click();
            browser.waitForText("已确认 2 份名单");
            assertTrue(browser.text().contains("没有待确认的名单"), browser.text());
        }
    }

    @Test
    @Order(5)
    void aMemberActivatesTheirAccountSeesTheirOwnCoverAndNobodyElses() throws Exception {
        List<String> ids = membersOf("PD-0001");
        String me = ids.get(0);
        String someoneElse = ids.get(1);
        String code;
        try (Browser officer = new Browser(BASE)) {
            login(officer, "officer");
            officer.open("/officer/member.xhtml?residentId=" + me);
            officer.find("account:issueCode").click();
            officer.waitForText("14 天内有效");
            Matcher issued = Pattern.compile("激活码：([A-Z0-9]{8})").matcher(officer.text());
            assertTrue(issued.find(), officer.text());
            code = issued.group(1);
        }
        try (Browser member = new Browser(BASE)) {
            member.open("/login.xhtml");
            member.find("activate").click();
            member.waitForPath("/activate.xhtml");
            assertEquals(List.of(), member.inputsWithoutLabel(), "every input of the activation form has a label");
            member.type("activate:residentId", me);
            member.type("activate:code", code);
            member.type("activate:password", "my-own-pass-2026");
            member.type("activate:repeated", "my-own-pass-2026");
            member.find("activate:submit").click();
            member.waitForPath("/login.xhtml");
            member.type("login:username", me);
            member.type("login:password", "my-own-pass-2026", Keys.ENTER);
            member.waitForPath("/member/coverage.xhtml");
            member.waitForText("在职职工住院补充医疗互助保障计划");
            assertTrue(member.text().contains("保障有效"), member.text());
            member.screenshot("10-member-portal");

            member.open("/officer/member.xhtml?residentId=" + someoneElse);
            member.waitForText("无权访问");
            HttpResponse<String> api = application.get("/api/v1/coverage?residentId=" + someoneElse,
                    Map.of("Authorization", RunnableJar.basic(me, "my-own-pass-2026")));
            assertEquals(403, api.statusCode(), "a member cannot read another member through the API either");
        }
    }

    @Test
    @Order(6)
    void anOfficerEntersAClaimWithALivePreviewASupervisorApprovesItAndTheMemberSeesWhy() throws Exception {
        List<String> ids = membersOf("PD-0001");
        String me = ids.get(0);
        String other = ids.get(1);
        String otherClaim;
        try (Browser officer = new Browser(BASE)) {
            login(officer, "officer");
            enterClaim(officer, other, "INV-OTHER-" + System.nanoTime());
            otherClaim = officer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            enterClaim(officer, me, "INV-" + System.nanoTime());
            officer.waitForText("已测算");
            officer.screenshot("11-officer-claim-assessed");
        }
        try (Browser supervisor = new Browser(BASE)) {
            login(supervisor, "supervisor");
            supervisor.open("/officer/claims.xhtml?status=ASSESSED");
            supervisor.waitForText("CL0");
            supervisor.screenshot("12-claims-queue");
            supervisor.open("/officer/claims.xhtml?status=ASSESSED");
            List<String> links = supervisor.all(By.cssSelector("#claims a")).stream().map(a -> a.getAttribute("href")).toList();
            String mine = links.stream().filter(href -> !href.endsWith("id=" + otherClaim)).findFirst().orElseThrow();
            supervisor.driver().get(mine);
            supervisor.type("decide:approveNote", "材料齐全");
            supervisor.find("decide:approve").click();
            supervisor.waitForText("审核通过");
            supervisor.find("nothing-to-decide");
            assertEquals(List.of(), supervisor.all(By.cssSelector("[id^='decide:']")), "an approved claim offers no decision");
        }
        try (Browser member = new Browser(BASE)) {
            member.open("/login.xhtml");
            member.type("login:username", me);
            member.type("login:password", "my-own-pass-2026", Keys.ENTER);
            member.waitForPath("/member/coverage.xhtml");
            member.find("nav-my-claims").click();
            member.waitForText("已核准，待支付"); // the member's words for an approved claim
            member.all(By.cssSelector("#my-claims a")).get(0).click();
            member.waitForText("计算说明");
            assertTrue(member.find("member-status").getText().startsWith("已核准 2,500.00 元，将支付至"), member.find("member-status").getText());
            assertTrue(member.text().contains("2,500.00"), member.text());
            assertNoCodes(member.text());
            assertTrue(member.text().contains("测算应付 2,500.00 元") && member.text().contains("核定给付 2,500.00 元：材料齐全"),
                    "the timeline tells its notes in Chinese: " + member.text());
            assertTrue(member.text().matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\s.*") && !member.text().matches("(?s).*\\d{2}:\\d{2}:\\d{2}.*"),
                    "times to the minute: " + member.text());
            member.screenshot("13-member-claim-explanation");
            member.find("nav-my-cover").click();
            member.waitForText("住院医疗：剩余 12,500.00 / 15,000.00 元");

            member.open("/member/claim.xhtml?id=" + otherClaim);
            member.waitForText("无权访问");
            assertFalse(member.text().contains(other), "nothing of the other member's claim is shown");
        }
    }

    @Test
    @Order(7)
    void aUnitAgentReadsTheStatementAndUploadsAVoucherAndAnOfficerRunsTheMonthlyEarning() throws Exception {
        Path voucher = work.resolve("voucher.png");
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        Files.write(voucher, png);
        try (Browser agent = new Browser(BASE)) {
            login(agent, "agent");
            agent.find("nav-agent-statement").click();
            agent.waitForText("保费对账单");
            agent.waitForText("已缴清");
            new Select(agent.find("voucher:payment")).selectByIndex(0);
            agent.type("voucher:file", voucher.toAbsolutePath().toString());
            agent.find("voucher:upload").click();
            agent.waitForText("凭证已上传");
            agent.screenshot("14-agent-statement");
            agent.find("nav-agent-claims").click();
            agent.waitForText("CL0");
            agent.all(By.cssSelector("#unit-claims a")).get(0).click();
            agent.waitForText("计算说明");
        }
        try (Browser officer = new Browser(BASE)) {
            login(officer, "officer");
            officer.waitForText("待审核的理赔");
            officer.screenshot("15-officer-dashboard-claims");
            officer.open("/officer/earning.xhtml");
            String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfMonth(1).minusMonths(1).toString().substring(0, 7);
            officer.find("earning:month").clear();
            officer.type("earning:month", month);
            officer.find("earning:start").click();
            officer.first(By.cssSelector("#run-status[data-status='COMPLETED']"));
            assertTrue(officer.text().contains("100%") && officer.text().contains("已完成"), officer.text());
            officer.screenshot("16-earning-run");
            officer.open("/officer/payments.xhtml");
            officer.find("batches:create").click();
            officer.waitForText("已生成");
            officer.screenshot("17-payment-batch");
            officer.first(By.cssSelector("#batch-table a[id$=':open']")).click();
            officer.waitForText("收款人");
            String batch = officer.text();
            assertTrue(batch.contains("待银行回盘") && batch.contains("待回盘") && batch.contains("CL"), "the batch's lines with their claims: " + batch);
            assertNoCodes(batch);
            officer.screenshot("17b-payment-batch-lines");
        }
    }

    @Test
    @Order(8)
    void anActuaryGeneratesTheMonthlyReportAndSeesItsFiguresAndFiles() throws Exception {
        try (Browser actuary = new Browser(BASE)) {
            login(actuary, "actuary");
            actuary.waitForPath("/actuary/reports.xhtml");
            actuary.find("reports:generate").click();
            awaitReportJob(actuary);
            actuary.find("reports:show").click();
            actuary.waitForText("PDF (English)");
            actuary.waitForText("在保会员人数");
            assertNoCodes(actuary.text());
            assertFalse(actuary.all(By.cssSelector("#chart tbody tr")).isEmpty(), "the chart has a row per month");
            actuary.screenshot("18-actuary-reports");
        }
    }

    /**
     * Waits for the report job shown on the page (the page polls it every 2 s) to end, up to 5 minutes: the job
     * renders PDFs and workbooks and is slow on a loaded machine. Fails with the last state seen.
     */
    private static void awaitReportJob(Browser actuary) throws Exception {
        String[] lastSeen = {"(no job shown)"};
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(actuary.driver(), Duration.ofMinutes(5), Duration.ofSeconds(2))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(d -> {
                        lastSeen[0] = d.findElement(By.id("job-status")).getAttribute("data-status");
                        return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(lastSeen[0]);
                    });
        } catch (org.openqa.selenium.TimeoutException timeout) {
            actuary.screenshot("timeout-report-job-" + System.currentTimeMillis());
            throw new AssertionError("the report job did not end within 5 minutes; last state seen: " + lastSeen[0]
                    + "; the page says:\n" + actuary.text(), timeout);
        }
        assertEquals("COMPLETED", lastSeen[0], "the report job ended without completing");
        assertTrue(actuary.text().contains("已完成"), actuary.text());
    }

    @Test
    @Order(9)
    void anAdministratorStartsANewPlanYearAndIsToldWhyBadRulesAreRefused() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 2;
        try (Browser admin = new Browser(BASE)) {
            login(admin, "admin");
            admin.open("/plans.xhtml");
            new Select(admin.find("copy:source")).selectByValue("WORKING_INPATIENT/2016");
            admin.type("copy:newVersion", "Y" + year);
            admin.type("copy:periodStart_input", year + "-07-01", Keys.TAB);
            admin.find("copy:submit").click();
            admin.waitForText("可在下方修改规则");
            String json = admin.find("rules:json").getAttribute("value");
            assertTrue(json.contains("\"15000.00\""), json);
            admin.find("rules:json").clear();
            admin.type("rules:json", json.replace("\"15000.00\"", "\"-5.00\""));
            admin.find("rules:save").click();
            admin.waitForText("保障计划规则有误");
            assertTrue(admin.text().contains("必须大于零"), admin.text());
            admin.screenshot("19-admin-rules-refused");
            assertFalse(admin.text().contains("已保存"), admin.text());
        }
    }

    /**
     * Every page of every role on a phone's screen (390 × 844): nothing is wider than the screen, so no page needs
     * sideways scrolling and every tap lands; on the member's cover page the remaining limit is in sight.
     */
    @Test
    @Order(10)
    void everyPageOfEveryRoleFitsAPhoneScreen() throws Exception {
        ApiClient api = new ApiClient(PORT);
        api.password("officer", "huzhu-demo");
        String member = membersOf("PD-0001").get(2);
        String code = ApiClient.field(api.call("POST", "/api/v1/members/" + member + "/activation-code", "officer", null, 200), "activationCode");
        api.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"" + member + "\",\"code\":\"" + code
                + "\",\"newPassword\":\"phone-pass-2026\"}", 204);
        LocalDate admitted = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(12);
        String claim = ApiClient.field(api.call("POST", "/api/v1/claims", "officer", "{\"residentId\":\"" + member
                + "\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admitted + "\",\"endDate\":\""
                + admitted.plusDays(3) + "\",\"daysInHospital\":4,\"hospital\":\"上海市浦东新区人民医院\",\"icd10\":\"K35.8\","
                + "\"totalCost\":\"18000.00\",\"basicInsurancePaid\":\"11000.00\",\"inScopeSelfPay\":\"6000.00\","
                + "\"outOfScopeSelfPay\":\"1000.00\",\"invoiceNumbers\":[\"INV-PHONE-" + System.nanoTime() + "\"]}", 201), "id");

        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("", List.of("/login.xhtml", "/activate.xhtml"));
        pages.put("officer", new ArrayList<>(List.of("/officer/dashboard.xhtml", "/officer/units.xhtml", "/officer/unit.xhtml?code=PD-0001",
                "/officer/lists.xhtml", "/officer/upload.xhtml", "/officer/member.xhtml", "/officer/member.xhtml?residentId=" + member,
                "/officer/claims.xhtml", "/officer/claims.xhtml?status=ASSESSED", "/officer/claim.xhtml?id=" + claim,
                "/officer/claim-new.xhtml", "/officer/payments.xhtml", "/officer/earning.xhtml", "/officer/statement.xhtml?unit=PD-0001",
                "/officer/search.xhtml?q=%E7%8E%8B", "/plans.xhtml", "/password.xhtml")));
        String batches = api.call("GET", "/api/v1/payment-batches", "officer", null, 200);
        if (batches.contains("\"id\":")) {
            pages.get("officer").add("/officer/batch.xhtml?id=" + ApiClient.first(batches, "\"id\":(\\d+)"));
        }
        pages.put("supervisor", List.of("/officer/lists.xhtml", "/officer/claim.xhtml?id=" + claim, "/admin/accounts.xhtml"));
        pages.put("agent", List.of("/agent/home.xhtml", "/agent/upload.xhtml", "/agent/statement.xhtml", "/agent/claims.xhtml",
                "/agent/claim.xhtml?id=" + claim, "/plans.xhtml", "/password.xhtml", "/officer/dashboard.xhtml"));
        pages.put(member, List.of("/member/coverage.xhtml", "/member/claims.xhtml", "/member/claim.xhtml?id=" + claim,
                "/member/claim-new.xhtml", "/plans.xhtml", "/password.xhtml"));
        pages.put("actuary", List.of("/actuary/reports.xhtml", "/plans.xhtml"));
        pages.put("admin", List.of("/admin/accounts.xhtml", "/admin/audit.xhtml", "/officer/dashboard.xhtml", "/plans.xhtml"));

        List<String> tooWide = new ArrayList<>();
        int visited = 0;
        for (Map.Entry<String, List<String>> role : pages.entrySet()) {
            try (Browser phone = new Browser(BASE, 390, 844)) {
                if (!role.getKey().isEmpty()) {
                    login(phone, role.getKey(), role.getKey().equals(member) ? "phone-pass-2026" : "huzhu-demo");
                }
                for (String page : role.getValue()) {
                    phone.open(page);
                    phone.waitForPage(); // a refusal too: the error page has its heading
                    Browser.Overflow overflow = phone.overflow();
                    if (overflow.pixels() > 0) {
                        tooWide.add((role.getKey().isEmpty() ? "anyone" : role.getKey()) + " " + page + ": " + overflow.pixels()
                                + " px too wide (" + overflow.elements() + ")");
                    }
                    visited++;
                }
                if (!role.getKey().isEmpty()) {
                    phone.open(role.getValue().get(0));
                    phone.find("menu").click();
                    phone.waitForVisible("main-nav");
                    Browser.Overflow menu = phone.overflow();
                    if (menu.pixels() > 0) {
                        tooWide.add(role.getKey() + ": the open menu is " + menu.pixels() + " px too wide (" + menu.elements() + ")");
                    }
                }
                if (role.getKey().equals(member)) {
                    phone.open("/member/coverage.xhtml");
                    assertTrue(phone.withinScreenWidth(phone.first(By.cssSelector("#coverage td.hz-key .hz-limit"))),
                            "the member sees the remaining limit without scrolling sideways");
                    phone.screenshot("20-phone-member-coverage");
                }
            }
        }
        assertEquals(List.of(), tooWide, "pages wider than a 390 px screen, of " + visited + " visited");
        assertTrue(visited >= 41, "visited " + visited + " pages");
    }

    /**
     * One search box finds a member by part of the name or the resident ID, a unit by its code, a claim by its number;
     * the button and Enter both search for what was typed. An officer of another district finds none of them.
     */
    @Test
    @Order(11)
    void anOfficerFindsMembersUnitsAndClaimsWithinTheirOrganisationOnly() throws Exception {
        HttpResponse<String> listed = application.get("/api/v1/units/PD-0002/members?limit=5",
                Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo")));
        // the list masks resident IDs; the member's detail, by the number the list gives, has it whole
        Matcher first = Pattern.compile("\"id\":([0-9]+),[^}]*\"name\":\"([^\"]+)\",\"residentId\":\"([0-9]{4}\\*{8}[0-9X]{4})\"")
                .matcher(listed.body());
        assertTrue(first.find(), listed.body());
        String name = first.group(2);
        String residentId = fullResidentId(first.group(1));
        assertEquals(first.group(3), residentId.substring(0, 4) + "********" + residentId.substring(14));
        ApiClient api = new ApiClient(PORT);
        api.password("officer", "huzhu-demo");
        api.password("admin", "huzhu-demo");
        LocalDate admitted = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(9);
        String claim = api.call("POST", "/api/v1/claims", "officer", "{\"residentId\":\"" + residentId
                + "\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admitted + "\",\"endDate\":\""
                + admitted.plusDays(2) + "\",\"daysInHospital\":3,\"hospital\":\"上海市第七人民医院\",\"icd10\":\"K35.8\","
                + "\"totalCost\":\"9000.00\",\"basicInsurancePaid\":\"6000.00\",\"inScopeSelfPay\":\"2500.00\","
                + "\"outOfScopeSelfPay\":\"500.00\",\"invoiceNumbers\":[\"INV-SEARCH-" + System.nanoTime() + "\"]}", 201);
        String reference = ApiClient.field(claim, "reference");
        String claimId = ApiClient.field(claim, "id");

        try (Browser officer = new Browser(BASE)) {
            login(officer, "officer");
            officer.type("search-q", name.substring(0, 1), Keys.ENTER);
            officer.waitForPath("/officer/search.xhtml");
            officer.waitForText(residentId.substring(0, 4) + "********" + residentId.substring(14));
            assertFalse(officer.text().contains(residentId), "the search's list masks resident IDs");
            officer.screenshot("21-officer-search");
            officer.find("search-q").clear();
            officer.type("search-q", residentId);
            officer.find("search-go").click();
            officer.waitForPath("/officer/member.xhtml?residentId=" + residentId);
            officer.waitForText(name);
            // the member page's own box, with its button: what was typed is searched, never "null"
            officer.type("search-q", reference.toLowerCase(java.util.Locale.ROOT));
            officer.find("search-go").click();
            officer.waitForPath("/officer/claim.xhtml?id=" + claimId);
            officer.type("quick-search-q", "PD-0002", Keys.ENTER);
            officer.waitForPath("/officer/unit.xhtml?code=PD-0002");
            assertFalse(officer.text().toLowerCase(java.util.Locale.ROOT).contains("null"), officer.text());
        }

        api.call("POST", "/api/v1/units", "admin", "{\"code\":\"JA\",\"kind\":\"DISTRICT_UNION\",\"parentCode\":\"SH\","
                + "\"name\":\"静安区总工会\",\"validFrom\":\"2000-01-01\"}", 201);
        String code = ApiClient.field(api.call("POST", "/api/v1/accounts", "admin", "{\"username\":\"ja.officer\",\"displayName\":\"静安经办\","
                + "\"roles\":[\"OFFICER\"],\"organisation\":\"JA\",\"initialPassword\":null}", 201), "activationCode");
        api.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"ja.officer\",\"code\":\"" + code
                + "\",\"newPassword\":\"quiet-river-4417\"}", 204);
        try (Browser elsewhere = new Browser(BASE, 390, 844)) {
            login(elsewhere, "ja.officer", "quiet-river-4417");
            for (String wanted : List.of(name, residentId, reference, "PD-0002")) {
                elsewhere.find("menu").click();
                elsewhere.waitForVisible("quick-search-q");
                elsewhere.type("quick-search-q", wanted, Keys.ENTER);
                elsewhere.waitForPath("/officer/search.xhtml");
                elsewhere.find("nothing-found");
                assertEquals(List.of(), elsewhere.all(By.cssSelector("#found-members, #found-claims, #found-units")),
                        "an officer of another district finds nothing of Pudong for " + wanted + ": " + elsewhere.text());
            }
            assertEquals(0, elsewhere.overflow().pixels(), "the search page fits the phone");
        }
    }

    /** Failed logins this class has made from this host (the server throttles by client address, see the last test). */
    private static int failedLogins;

    /**
     * The login page says what happened: a wrong name or password; a failed login leaves no blank page behind; it tells
     * members to use their resident ID; and the language chosen stays after logging out. (Being locked out is the last
     * test: it locks this host's address.)
     */
    @Test
    @Order(12)
    void theLoginPageSaysWhatHappenedAndKeepsTheLanguage() throws Exception {
        try (Browser browser = new Browser(BASE)) {
            browser.open("/login.xhtml");
            browser.waitForText("会员请用身份证号登录");
            browser.type("login:username", "officer");
            browser.type("login:password", "not-the-password", Keys.ENTER);
            failedLogins++;
            browser.waitForText("用户名或密码不正确");
            assertFalse(browser.text().contains("需要登录"), browser.text());
            browser.open("/officer/dashboard.xhtml");
            browser.waitForPath("/login.xhtml");
            browser.find("login:username");
            login(browser, "officer");
            browser.waitForPath("/officer/dashboard.xhtml");
            browser.waitForText("待审核的理赔");

            browser.find("session:language").click();
            browser.waitForText("Log out");
            browser.find("session:logout").click();
            browser.waitForPath("/login.xhtml");
            browser.waitForText("Members log in with their resident ID");
            browser.find("lang:language").click();
            browser.waitForText("会员请用身份证号登录");
        }
    }

    /**
     * The decision screen offers only what the claim's status allows and the reader may do: the filer may not approve
     * their own claim; no reject reason is chosen for the reviewer; each decision has its own note; a rejection is
     * confirmed first, and a cancelled confirmation changes nothing.
     */
    @Test
    @Order(13)
    void theDecisionScreenOffersOnlyTheDecisionsOpenAndConfirmsARejection() throws Exception {
        String member = membersOf("PD-0001").get(4);
        ApiClient api = new ApiClient(PORT);
        api.password("officer", "huzhu-demo");
        LocalDate admitted = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(6);
        String claimId = ApiClient.field(api.call("POST", "/api/v1/claims", "officer", "{\"residentId\":\"" + member
                + "\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admitted + "\",\"endDate\":\""
                + admitted.plusDays(2) + "\",\"daysInHospital\":3,\"hospital\":\"上海市东方医院\",\"icd10\":\"K35.8\","
                + "\"totalCost\":\"8000.00\",\"basicInsurancePaid\":\"5000.00\",\"inScopeSelfPay\":\"2500.00\","
                + "\"outOfScopeSelfPay\":\"500.00\",\"invoiceNumbers\":[\"INV-DECIDE-" + System.nanoTime() + "\"]}", 201), "id");

        try (Browser filer = new Browser(BASE)) {
            login(filer, "officer");
            filer.open("/officer/claim.xhtml?id=" + claimId);
            filer.find("decide:pend");
            assertEquals(List.of(), filer.all(By.id("decide:approve")), "the officer who filed the claim is not offered its approval");
            assertFalse(filer.all(By.id("decide:reject")).isEmpty());
        }
        try (Browser supervisor = new Browser(BASE, 390, 844)) {
            login(supervisor, "supervisor");
            supervisor.open("/officer/claim.xhtml?id=" + claimId);
            supervisor.find("decide:approve");
            assertEquals("", new Select(supervisor.find("decide:reason")).getFirstSelectedOption().getAttribute("value"),
                    "no reject reason is chosen in advance");
            assertEquals(List.of(), supervisor.all(By.id("decide:note")), "no note shared between decisions");
            supervisor.find("decide:reject").click();
            supervisor.waitForVisible("decide:confirm");
            supervisor.find("decide:confirm-yes").click();
            supervisor.waitForText("请先选择拒付原因");
            assertTrue(supervisor.text().contains("已测算"), "nothing was decided: " + supervisor.text());

            new Select(supervisor.find("decide:reason")).selectByValue("DOCUMENTS_MISSING");
            supervisor.type("decide:rejectNote", "缺少出院小结");
            supervisor.find("decide:reject").click();
            supervisor.waitForVisible("decide:confirm");
            assertEquals(0, supervisor.overflow().pixels(), "the confirmation fits the phone");
            supervisor.screenshot("23-phone-reject-confirmation");
            supervisor.find("decide:confirm-no").click();
            supervisor.waitForText("已测算");
            assertFalse(supervisor.text().contains("已拒付"), supervisor.text());

            supervisor.find("decide:reject").click();
            supervisor.waitForVisible("decide:confirm");
            supervisor.find("decide:confirm-yes").click();
            supervisor.waitForText("已拒付");
            supervisor.waitForText("材料不全：缺少出院小结");
            supervisor.find("nothing-to-decide");
            assertEquals(List.of(), supervisor.all(By.cssSelector("[id^='decide:']")), "a rejected claim offers no decision");
        }
    }

    /**
     * A decided claim has a decision letter (PDF): the officer prints it from the claim page at the desk (Chinese and
     * English), the member downloads it from their claim page on a phone and through the API; its figures are the
     * claim's. A claim not yet decided has none, and nobody reads another member's.
     */
    @Test
    @Order(14)
    void aDecidedClaimHasADecisionLetterForTheOfficerAndTheMember() throws Exception {
        String member = membersOf("PD-0001").get(6);
        ApiClient api = new ApiClient(PORT);
        api.password("officer", "huzhu-demo");
        api.password("supervisor", "huzhu-demo");
        String code = ApiClient.field(api.call("POST", "/api/v1/members/" + member + "/activation-code", "officer", null, 200), "activationCode");
        api.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"" + member + "\",\"code\":\"" + code
                + "\",\"newPassword\":\"letter-pass-2026\"}", 204);
        api.password(member, "letter-pass-2026");
        LocalDate admitted = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10);
        String claimId = ApiClient.field(api.call("POST", "/api/v1/claims", "officer", "{\"residentId\":\"" + member
                + "\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admitted + "\",\"endDate\":\""
                + admitted.plusDays(4) + "\",\"daysInHospital\":5,\"hospital\":\"上海市第六人民医院\",\"icd10\":\"K35.8\","
                + "\"totalCost\":\"21345.67\",\"basicInsurancePaid\":\"12000.00\",\"inScopeSelfPay\":\"7345.67\","
                + "\"outOfScopeSelfPay\":\"2000.00\",\"invoiceNumbers\":[\"INV-LETTER-" + System.nanoTime() + "\"]}", 201), "id");
        assertEquals(409, api.send("GET", "/api/v1/claims/" + claimId + "/decision-letter", member, null, null,
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a claim not yet decided has no letter");
        api.call("POST", "/api/v1/claims/" + claimId + "/approve", "supervisor", "{\"note\":\"材料齐全\"}", 200);
        String claim = api.call("GET", "/api/v1/claims/" + claimId, "officer", null, 200);
        String reference = ApiClient.field(claim, "reference");
        String name = ApiClient.field(claim, "memberName");
        List<String> figures = List.of(grouped(ApiClient.field(claim, "totalCost")), grouped(ApiClient.field(claim, "inScopeSelfPay")),
                grouped(ApiClient.field(claim, "payable")), grouped(ApiClient.field(claim, "approvedAmount")));

        try (Browser officer = new Browser(BASE)) {
            login(officer, "officer");
            officer.open("/officer/claim.xhtml?id=" + claimId);
            String letter = pdfText(officer.download("letter:letter-zh", ".pdf"));
            assertLetter(letter, List.of("理赔决定通知书", reference, name, member, "审核通过"), figures);
            officer.find("session:language").click();
            officer.waitForText("Decision letter (PDF, English)");
            String english = pdfText(officer.download("letter:letter-en", ".pdf"));
            assertLetter(english, List.of("Claim Decision Letter", reference, "Benefit approved"), figures);
            assertFalse(english.contains("理赔决定通知书"), english);
        }
        try (Browser phone = new Browser(BASE, 390, 844)) {
            login(phone, member, "letter-pass-2026");
            phone.open("/member/claim.xhtml?id=" + claimId);
            phone.find("letter:letter-zh");
            assertEquals(0, phone.overflow().pixels(), "the claim page with its letter fits the phone");
            ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript("document.getElementById('explanation').scrollIntoView();");
            phone.screenshot("24-phone-member-decision-letter");
            assertLetter(pdfText(phone.download("letter:letter-zh", ".pdf")), List.of("理赔决定通知书", reference, name), figures);
        }
        HttpResponse<byte[]> byApi = api.send("GET", "/api/v1/claims/" + claimId + "/decision-letter?lang=zh", member, null, null,
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, byApi.statusCode());
        assertEquals("application/pdf", byApi.headers().firstValue("Content-Type").orElse(""));
        assertLetter(pdfText(byApi.body()), List.of("理赔决定通知书", reference), figures);
        String theirClaim = ApiClient.field(api.call("POST", "/api/v1/claims", "officer", "{\"residentId\":\"" + membersOf("PD-0001").get(7)
                + "\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admitted + "\",\"endDate\":\""
                + admitted.plusDays(1) + "\",\"daysInHospital\":2,\"hospital\":\"上海市第六人民医院\",\"icd10\":\"K35.8\","
                + "\"totalCost\":\"3000.00\",\"basicInsurancePaid\":\"2000.00\",\"inScopeSelfPay\":\"800.00\","
                + "\"outOfScopeSelfPay\":\"200.00\",\"invoiceNumbers\":[\"INV-LETTER-" + System.nanoTime() + "\"]}", 201), "id");
        assertEquals(403, api.send("GET", "/api/v1/claims/" + theirClaim + "/decision-letter", member, null, null,
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a member reads no one else's letter");
    }

    /**
     * Lists leave as Excel: an officer exports a unit's members and a claim queue, an agent the unit's statement on a
     * phone (and prints it: the printed page is the statement without header or forms). Each file has the rows and the
     * amounts the API gives for the same thing, headers in the reader's language.
     */
    @Test
    @Order(15)
    void anOfficerAndAnAgentTakeTheirListsAwayAsExcelAndPrintTheStatement() throws Exception {
        ApiClient api = new ApiClient(PORT);
        api.password("officer", "huzhu-demo");
        api.password("supervisor", "huzhu-demo");
        LocalDate admitted = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(8);
        String approvedNow = ApiClient.field(api.call("POST", "/api/v1/claims", "officer", "{\"residentId\":\"" + membersOf("PD-0001").get(8)
                + "\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admitted + "\",\"endDate\":\""
                + admitted.plusDays(2) + "\",\"daysInHospital\":3,\"hospital\":\"上海市第九人民医院\",\"icd10\":\"K35.8\","
                + "\"totalCost\":\"12000.00\",\"basicInsurancePaid\":\"7000.00\",\"inScopeSelfPay\":\"4000.00\","
                + "\"outOfScopeSelfPay\":\"1000.00\",\"invoiceNumbers\":[\"INV-EXPORT-" + System.nanoTime() + "\"]}", 201), "id");
        api.call("POST", "/api/v1/claims/" + approvedNow + "/approve", "supervisor", "{\"note\":\"核对无误\"}", 200);
        List<String> members = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            // lists mask resident IDs (3101********0412), the export as the API
            Matcher id = Pattern.compile("\"residentId\":\"([0-9X*]{16,18})\"").matcher(api.call("GET", "/api/v1/units/PD-0001/members?limit=500&offset="
                    + offset, "officer", null, 200));
            int before = members.size();
            while (id.find()) {
                members.add(id.group(1));
            }
            if (members.size() - before < 500) {
                break;
            }
        }
        String approved = api.call("GET", "/api/v1/claims?status=APPROVED", "officer", null, 200);
        java.util.Map<String, String> payableByReference = new java.util.TreeMap<>();
        Matcher claim = Pattern.compile("\\{[^{}]*}").matcher(approved);
        while (claim.find()) {
            payableByReference.put(ApiClient.field(claim.group(), "reference"),
                    new java.math.BigDecimal(ApiClient.field(claim.group(), "payable")).stripTrailingZeros().toPlainString());
        }
        assertFalse(payableByReference.isEmpty(), "approved claims to export: " + approved);

        try (Browser officer = new Browser(BASE)) {
            login(officer, "officer");
            officer.open("/officer/unit.xhtml?code=PD-0001");
            org.huzhu.platform.api.tabular.Table table = workbook(officer.download("export-members:members-xlsx", ".xlsx"));
            assertEquals(List.of("身份证号", "姓名", "性别", "出生日期", "在职状态", "会员状态"), table.header());
            assertEquals(members, table.rows().stream().map(r -> r.cell(0)).toList(), "every active member of the unit, in order, masked");
            assertTrue(members.get(0).contains("********"), "the API's list masks resident IDs: " + members.get(0));
            assertNoCodes(String.join(" ", table.rows().get(0).cells()));

            officer.open("/officer/claims.xhtml?status=APPROVED");
            table = workbook(officer.download("export-claims:claims-xlsx", ".xlsx"));
            java.util.Map<String, String> exported = new java.util.TreeMap<>();
            for (org.huzhu.platform.api.tabular.Table.Row row : table.rows()) {
                assertEquals("审核通过", row.cell(1));
                exported.put(row.cell(0), new java.math.BigDecimal(row.cell(11)).stripTrailingZeros().toPlainString());
            }
            assertEquals(payableByReference, exported, "the approved claims with their payable amounts");

            officer.open("/officer/statement.xhtml?unit=PD-0001");
            officer.find("print-statement");
            ((org.openqa.selenium.chrome.ChromeDriver) officer.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            Object hidden = ((org.openqa.selenium.JavascriptExecutor) officer.driver()).executeScript(
                    "return [getComputedStyle(document.querySelector('header')).display, getComputedStyle(document.getElementById('export-statement')).display,"
                            + " getComputedStyle(document.getElementById('bills')).display];");
            assertEquals(List.of("none", "none", "table"), hidden, "printed: the statement's tables without header or forms");
            officer.screenshot("25-statement-printed");
            ((org.openqa.selenium.chrome.ChromeDriver) officer.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            officer.open("/officer/claims.xhtml?status=APPROVED");

            officer.find("session:language").click();
            officer.waitForText("Export the claims (Excel)");
            table = workbook(officer.download("export-claims:claims-xlsx", ".xlsx"));
            assertEquals("Claim reference", table.header().get(0));
            assertEquals("Approved", table.rows().get(0).cell(1));
        }

        String statement = api.call("GET", "/api/v1/premium/statements/PD-0001", "officer", null, 200);
        List<String> billTotals = new ArrayList<>();
        Matcher bill = Pattern.compile("\"listId\":\\d+,.*?\"total\":([0-9.]+)").matcher(statement.substring(0, statement.indexOf("\"payments\"")));
        while (bill.find()) {
            billTotals.add(new java.math.BigDecimal(bill.group(1)).stripTrailingZeros().toPlainString());
        }
        assertFalse(billTotals.isEmpty(), statement);
        try (Browser agent = new Browser(BASE, 390, 844)) {
            login(agent, "agent");
            agent.open("/agent/statement.xhtml");
            agent.find("export-statement:statement-xlsx");
            assertEquals(0, agent.overflow().pixels(), "the statement with its export fits the phone");
            org.huzhu.platform.api.tabular.Table bills = workbook(agent.download("export-statement:statement-xlsx", ".xlsx"));
            assertEquals(billTotals, bills.rows().stream().map(r -> new java.math.BigDecimal(r.cell(5)).stripTrailingZeros().toPlainString()).toList(),
                    "the bills' totals as the API gives them");
        }
    }

    /**
     * The agent's upload page: no plan is chosen in advance (a missing one is named, once), a template to fill in as
     * XLSX or CSV, a bad date keeps the form and is told once, and the refused rows come away as an Excel report. A
     * supervisor opens a waiting list, sees who is on it, and confirms it from there.
     */
    @Test
    @Order(16)
    void anAgentGetsATemplateAndTheErrorReportAndASupervisorOpensAListBeforeConfirmingIt() throws Exception {
        Path file = work.resolve("agent-list-16.csv");
        Files.writeString(file, "身份证号,姓名,在职状态,参加职工医保,份数\n310115198203150413,王建国,在职,是,1\n", StandardCharsets.UTF_8);
        try (Browser agent = new Browser(BASE)) {
            login(agent, "agent");
            agent.open("/agent/upload.xhtml");
            assertEquals("", new Select(agent.find("upload:version")).getFirstSelectedOption().getAttribute("value"), "no plan is chosen in advance");
            org.huzhu.platform.api.tabular.Table template = workbook(agent.download("template:template-xlsx", ".xlsx"));
            List<String> header = List.of("身份证号", "姓名", "性别", "出生日期", "在职状态", "退休日期", "参加职工医保", "困难职工", "劳模", "银行卡号", "份数");
            assertEquals(header, template.header());
            assertEquals(List.of(), template.rows(), "an empty list to fill in");
            byte[] csv = agent.download("template:template-csv", ".csv");
            assertEquals("\uFEFF" + String.join(",", header) + "\r\n", new String(csv, StandardCharsets.UTF_8));

            agent.type("upload:file", file.toAbsolutePath().toString());
            agent.find("upload:submit").click();
            agent.waitForText("请选择“保障计划版本”");
            assertEquals(1, occurrences(agent.text(), "请选择“保障计划版本”"), "the missing plan is told once: " + agent.text());

            new Select(agent.find("upload:version")).selectByValue(currentWorkingVersion());
            agent.find("upload:joinedOn_input").clear();
            agent.type("upload:joinedOn_input", "2026-13-45");
            agent.type("upload:file", file.toAbsolutePath().toString());
            agent.find("upload:submit").click();
            agent.waitForText("“入会日期”须为 yyyy-MM-dd 格式的日期");
            assertEquals(1, occurrences(agent.text(), "“入会日期”须为 yyyy-MM-dd 格式的日期"), "the bad date is told once: " + agent.text());
            assertEquals(currentWorkingVersion(), new Select(agent.find("upload:version")).getFirstSelectedOption().getAttribute("value"),
                    "the form is kept");

            agent.find("upload:joinedOn_input").clear();
            agent.type("upload:joinedOn_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), Keys.TAB);
            agent.type("upload:file", file.toAbsolutePath().toString());
            agent.find("upload:submit").click();
            agent.waitForText("校验位不正确");
            org.huzhu.platform.api.tabular.Table report = workbook(agent.download("report:errors-xlsx", ".xlsx"));
            assertEquals(List.of("行号", "身份证号", "字段", "原因"), report.header());
            assertEquals("2", new java.math.BigDecimal(report.rows().get(0).cell(0)).stripTrailingZeros().toPlainString());
            assertEquals("310115198203150413", report.rows().get(0).cell(1));
            assertEquals("身份证号", report.rows().get(0).cell(2));
            assertTrue(report.rows().get(0).cell(3).contains("校验位不正确"), report.rows().get(0).cells().toString());
        }

        String version = currentWorkingVersion().replace("WORKING_INPATIENT/", "");
        List<String> members = membersOf("PD-0002");
        StringBuilder list = new StringBuilder("身份证号,姓名,在职状态,参加职工医保,份数\n");
        members.forEach(id -> list.append(id).append(",职工,在职,是,1\n"));
        ApiClient api = new ApiClient(PORT);
        api.password("officer", "huzhu-demo");
        String uploaded = api.call("POST", "/api/v1/enrolment-lists/upload?unit=PD-0002&plan=SERIOUS_ILLNESS&version=" + version + "&mode=VALID_ROWS",
                "officer", "text/csv", list.toString(), 201);
        String listId = ApiClient.first(uploaded, "\"list\":\\{[^{}]*?\"id\":(\\d+)");
        try (Browser supervisor = new Browser(BASE, 390, 844)) {
            login(supervisor, "supervisor");
            supervisor.open("/officer/lists.xhtml");
            supervisor.first(By.cssSelector("a[href*='list.xhtml?id=" + listId + "']")).click();
            supervisor.waitForPath("/officer/list.xhtml?id=" + listId);
            assertEquals(String.valueOf(members.size()), supervisor.find("list-lines").getText().trim());
            List<String> shown = supervisor.all(By.cssSelector("#lines tbody tr")).stream().map(r -> r.getText()).toList();
            assertEquals(Math.min(50, members.size()), shown.size(), "the first page of its lines");
            for (int i = 0; i < shown.size(); i++) {
                String row = shown.get(i);
                assertTrue(members.stream().anyMatch(row::contains), "a member of the unit on line " + i + ": " + row);
            }
            assertEquals(0, supervisor.overflow().pixels(), "the list fits the phone");
            supervisor.screenshot("26-phone-supervisor-opens-list");
            supervisor.find("decide:confirm").click();
            supervisor.waitForPath("/officer/lists.xhtml");
            supervisor.waitForText("已确认");
        }
        assertTrue(api.call("GET", "/api/v1/enrolment-lists/" + listId, "officer", null, 200).contains("\"status\":\"CONFIRMED\""));
    }

    /**
     * A unit has paid and no officer has recorded it: its agent sends the bank slip with the amount and the day (on a
     * phone), an officer records the payment from that proof at the desk, and the proof shows the payment it became; the
     * slip is the payment's voucher. The agent is not offered the recording.
     */
    @Test
    @Order(17)
    void anAgentSendsProofOfAPaymentAndAnOfficerRecordsItFromTheProof() throws Exception {
        Path slip = work.resolve("slip.png");
        Files.write(slip, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        String reference = "SLIP-" + System.nanoTime();
        String paidOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        try (Browser agent = new Browser(BASE, 390, 844)) {
            login(agent, "agent");
            agent.open("/agent/statement.xhtml");
            agent.type("proof:paidOn_input", Keys.chord(Keys.CONTROL, "a"), paidOn, Keys.TAB);
            agent.type("proof:amount", "1234.56");
            agent.type("proof:reference", reference);
            agent.type("proof:slip", slip.toAbsolutePath().toString());
            agent.find("proof:send").click();
            agent.waitForText("待经办人登记");
            agent.waitForText(reference);
            assertTrue(agent.text().contains("待核对"), agent.text());
            assertEquals(List.of(), agent.all(By.cssSelector("button[id$='match:record']")), "an agent records no payment");
            assertEquals(0, agent.overflow().pixels(), "the statement with its proofs fits the phone");
        }
        try (Browser officer = new Browser(BASE)) {
            login(officer, "officer");
            officer.open("/officer/statement.xhtml?unit=PD-0001");
            officer.waitForText(reference);
            officer.all(By.cssSelector("#proofs tbody tr")).stream().filter(r -> r.getText().contains(reference)).findFirst().orElseThrow()
                    .findElement(By.cssSelector("button[id$='match:record']")).click();
            officer.waitForText("登记缴费");
            officer.waitForText("已核对：缴费记录");
        }
        ApiClient api = new ApiClient(PORT);
        api.password("officer", "huzhu-demo");
        String payments = api.call("GET", "/api/v1/payments?unit=PD-0001", "officer", null, 200);
        String payment = java.util.Arrays.stream(payments.split("\\{\"allocations\":")).filter(p -> p.contains("\"" + reference + "\""))
                .findFirst().orElseThrow(() -> new AssertionError("no payment recorded from the proof: " + payments));
        assertTrue(payment.contains("\"amount\":1234.56,\"bankReference\":\"" + reference + "\""), payment);
        assertTrue(payment.contains("\"receivedOn\":\"" + paidOn + "\""), payment);
        assertTrue(payment.matches("(?s).*\"hasVoucher\":true.*"), "the slip is the payment's voucher: " + payment);
    }

    /**
     * A member asks on their phone in their own words, with photos of the invoice and the settlement sheet in the same
     * step; the request waits as received; an officer opens the photos, completes the coded fields at intake and the claim
     * is assessed; the member reads the result in their words.
     */
    @Test
    @Order(18)
    void aMemberSendsAClaimWithPhotosFromTheirPhoneAndAnOfficerCompletesItAtIntake() throws Exception {
        String member = membersOf("PD-0001").get(9);
        ApiClient api = new ApiClient(PORT);
        api.password("officer", "huzhu-demo");
        String code = ApiClient.field(api.call("POST", "/api/v1/members/" + member + "/activation-code", "officer", null, 200), "activationCode");
        api.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"" + member + "\",\"code\":\"" + code
                + "\",\"newPassword\":\"request-pass-2026\"}", 204);
        Path photo = work.resolve("invoice-photo.png");
        Files.write(photo, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        LocalDate admitted = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(20);
        String claimId;
        try (Browser phone = new Browser(BASE, 390, 844)) {
            login(phone, member, "request-pass-2026");
            phone.open("/member/claims.xhtml");
            phone.find("new-claim").click();
            phone.waitForPath("/member/claim-new.xhtml");
            assertEquals(List.of(), phone.inputsWithoutLabel(), "every input of the request has a label");
            assertNoCodes(phone.text());
            assertFalse(phone.text().contains("ICD-10") || phone.text().contains("医保统筹支付"), "no officer's coded field: " + phone.text());
            phone.find("request:send").click();
            phone.waitForText("计划：此项为必填项。"); // each problem names its field
            assertTrue(phone.text().contains("发票总额：此项为必填项。") && phone.text().contains("材料：请至少上传一张发票"), phone.text());
            new Select(phone.find("request:plan")).selectByValue("WORKING_INPATIENT");
            phone.type("request:hospital", "复旦大学附属中山医院");
            phone.type("request:serviceDate_input", admitted.toString(), Keys.TAB);
            phone.type("request:endDate_input", admitted.plusDays(4).toString(), Keys.TAB);
            phone.type("request:invoiceTotal", "20000.00");
            phone.type("request:invoicePhotos", photo.toAbsolutePath().toString());
            phone.type("request:sheetPhotos", photo.toAbsolutePath().toString());
            assertEquals(0, phone.overflow().pixels(), "the request fits the phone: " + phone.overflow().elements());
            phone.screenshot("27-phone-member-request");
            phone.find("request:send").click();
            phone.waitForPath("/member/claim.xhtml");
            phone.waitForText("申请已提交");
            assertTrue(phone.find("member-status").getText().contains("已收到"), phone.find("member-status").getText());
            assertTrue(phone.text().contains("会员本人提交的申请") && phone.text().contains("20,000.00"), phone.text());
            String checklist = phone.find("checklist").getText();
            assertTrue(checklist.contains("发票：已交") && checklist.contains("医保结算单：已交") && checklist.contains("出院小结：未交"),
                    "the member sees what intake still needs: " + checklist);
            assertNoCodes(phone.text());
            claimId = phone.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        }
        try (Browser officerPhone = new Browser(BASE, 390, 844)) {
            login(officerPhone, "officer");
            officerPhone.open("/officer/intake.xhtml?id=" + claimId);
            officerPhone.find("claim:submit");
            assertEquals(0, officerPhone.overflow().pixels(), "intake fits a phone too: " + officerPhone.overflow().elements());
        }
        try (Browser officer = new Browser(BASE)) {
            login(officer, "officer");
            officer.open("/officer/claim.xhtml?id=" + claimId);
            assertEquals(List.of(), officer.all(By.cssSelector("[id='decide:approve']")), "nothing to approve before intake");
            officer.find("decide:complete").click();
            officer.waitForPath("/officer/intake.xhtml");
            assertEquals(2, officer.all(By.cssSelector("#request-documents a")).size(), "the member's two photos, to read the facts from");
            assertTrue(officer.find("claim:totalCost").getAttribute("value").startsWith("20000"), "the invoice total as the member gave it");
            officer.find("claim:days").clear();
            officer.type("claim:days", "5");
            officer.type("claim:icd10", "K35.8");
            officer.type("claim:basicPaid", "12000.00");
            officer.type("claim:outOfScope", "2000.00");
            officer.type("claim:inScope", "6000.00");
            officer.type("claim:invoices", "INV-REQ-" + System.nanoTime());
            ((org.openqa.selenium.JavascriptExecutor) officer.driver()).executeScript("window.scrollTo(0, 0);");
            officer.screenshot("28-officer-intake");
            officer.find("claim:submit").click();
            officer.waitForPath("/officer/claim.xhtml");
            officer.waitForText("已补录并完成测算");
            assertEquals("已测算", officer.find("claim-status").getText());
            assertTrue(officer.find("claim-payable").getText().contains("2,500.00"), officer.find("claim-payable").getText());
        }
    }

    /**
     * A claim approved with nothing to pay (below the deductible: the demo history has some) is not "approved, to be paid"
     * to its member: the list and the claim say nothing is payable and why to look at the explanation.
     */
    @Test
    @Order(19)
    void aMemberWhoseClaimPaysNothingIsToldSoNotThatItWillBePaid() throws Exception {
        ApiClient api = new ApiClient(PORT);
        api.password("officer", "huzhu-demo");
        String approved = api.call("GET", "/api/v1/claims?status=APPROVED&limit=500", "officer", null, 200);
        String nothingDue = java.util.Arrays.stream(approved.split("\\},\\{")).filter(c -> c.matches("(?s).*\"approvedAmount\":0(\\.00?)?[,}].*")
                && c.matches("(?s).*\"paidAmount\":0(\\.00?)?[,}].*")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo history holds a claim approved at 0: " + approved));
        String claimId = ApiClient.first(nothingDue, "\"id\":(\\d+)");
        String member = ApiClient.field(api.call("GET", "/api/v1/claims/" + claimId, "officer", null, 200), "residentId");
        String code = ApiClient.field(api.call("POST", "/api/v1/members/" + member + "/activation-code", "officer", null, 200), "activationCode");
        api.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"" + member + "\",\"code\":\"" + code
                + "\",\"newPassword\":\"nothing-due-2026\"}", 204);
        try (Browser phone = new Browser(BASE, 390, 844)) {
            login(phone, member, "nothing-due-2026");
            phone.open("/member/claims.xhtml");
            phone.waitForText("已审核，无应付金额");
            phone.open("/member/claim.xhtml?id=" + claimId);
            String said = phone.find("member-status").getText();
            assertTrue(said.startsWith("已审核：本次没有应付的金额"), said);
            assertFalse(said.contains("将支付"), said);
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static org.huzhu.platform.api.tabular.Table workbook(byte[] xlsx) throws java.io.IOException {
        assertTrue(xlsx.length > 2 && xlsx[0] == 'P' && xlsx[1] == 'K', "an XLSX workbook");
        return org.huzhu.platform.api.tabular.TabularFiles.read(new java.io.ByteArrayInputStream(xlsx));
    }

    private static String grouped(String amount) {
        return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                .format(new java.math.BigDecimal(amount));
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        assertTrue(pdf.length > 4 && new String(pdf, 0, 4, StandardCharsets.US_ASCII).equals("%PDF"), "a PDF");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private static void assertLetter(String letter, List<String> words, List<String> figures) {
        for (String expected : words) {
            assertTrue(letter.contains(expected), "the letter lacks " + expected + ":\n" + letter);
        }
        for (String figure : figures) {
            assertTrue(letter.contains(figure), "the letter lacks the claim's figure " + figure + ":\n" + letter);
        }
    }

    /** No code of the system is shown to a person: plan, benefit, status and field codes all have names. */
    /**
     * Locked out on a phone: the login throttle locks a client address at its tenth failure, for a minute at first
     * (whatever the user names tried), and the login page says until when, to the minute in Shanghai time; while it
     * lasts even the right password is refused unchecked. Last of this class, since every browser here logs in from this
     * host's address.
     */
    @Test
    @Order(99)
    void aPhoneThatKeepsFailingIsToldUntilWhenLoggingInIsLocked() throws Exception {
        java.time.format.DateTimeFormatter minute = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        try (Browser browser = new Browser(BASE, 390, 844)) {
            int lockingAttempt = 10 - failedLogins;
            java.util.Set<String> expected = new java.util.HashSet<>();
            for (int attempt = 1; attempt <= lockingAttempt; attempt++) {
                browser.open("/login.xhtml");
                browser.type("login:username", "nobody.at.all");
                if (attempt == lockingAttempt) {
                    expected.add(java.time.ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(119).format(minute));
                }
                browser.type("login:password", "wrong-" + attempt, Keys.ENTER);
                browser.waitForText(attempt < lockingAttempt ? "用户名或密码不正确" : "已锁定至");
                if (attempt == lockingAttempt) {
                    expected.add(java.time.ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(119).format(minute));
                }
            }
            java.util.regex.Matcher until = java.util.regex.Pattern.compile("已锁定至 (?:\\d{4}-\\d{2}-\\d{2} )?(\\d{2}:\\d{2})")
                    .matcher(browser.text());
            assertTrue(until.find(), browser.text());
            assertTrue(expected.contains(until.group(1)), "a minute after the tenth failure, to the minute rounded up: " + until.group(1) + " not in " + expected);
            browser.screenshot("22-phone-login-locked");

            browser.open("/login.xhtml");
            browser.type("login:username", "officer");
            browser.type("login:password", "huzhu-demo", Keys.ENTER);
            browser.waitForText("已锁定至");
            browser.open("/officer/dashboard.xhtml");
            browser.waitForPath("/login.xhtml");
        }
    }

    /**
     * Every page the journeys above visited, at each screen size, was checked by axe-core (WCAG 2.1 A and AA rules):
     * none has a serious or critical violation. Prints the pages checked and every violation left.
     */
    @Test
    @Order(100)
    void noPageVisitedHasASeriousOrCriticalAccessibilityViolation() {
        assumeTrue(!Browser.AUDITED.isEmpty(), "no page was visited");
        System.out.println("AXE: " + Browser.AUDITED.size() + " pages checked (WCAG 2.1 A and AA rules of axe-core 4.14.1)");
        Browser.AUDITED.forEach((page, violations) -> System.out.println("AXE: " + page + (violations.isEmpty() ? ": none"
                : violations.stream().collect(java.util.stream.Collectors.joining("; ", ": ", "")))));
        assertEquals(List.of(), Browser.seriousViolations(), "serious or critical accessibility violations");
    }

    private static void assertNoCodes(String page) {
        for (String code : List.of("WORKING_INPATIENT", "SERIOUS_ILLNESS", "INPATIENT", "APPROVED", "ASSESSED", "IN_BATCH", "OPEN", "COMPLETED",
                "STARTED", "residentId", "membersInForce", "INVOICE", "payable")) {
            assertFalse(page.contains(code), "the page shows the code " + code + ":\n" + page);
        }
    }

    private static void enterClaim(Browser officer, String residentId, String invoice) {
        officer.open("/officer/claim-new.xhtml");
        assertEquals(List.of(), officer.inputsWithoutLabel(), "every input of the claim form has a label");
        officer.type("claim:residentId", residentId);
        officer.type("claim:serviceDate_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(20).toString(), Keys.TAB);
        officer.type("claim:endDate_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(15).toString(), Keys.TAB);
        officer.type("claim:days", "5");
        officer.type("claim:hospital", "复旦大学附属中山医院");
        officer.type("claim:icd10", "K35.8");
        officer.type("claim:totalCost", "20000.00");
        officer.type("claim:basicPaid", "12000.00");
        officer.type("claim:outOfScope", "2000.00");
        officer.type("claim:inScope", "6000.00");
        officer.find("claim:previewButton").click();
        officer.waitForText("¥ 2,500.00");
        officer.type("claim:invoices", invoice);
        officer.find("claim:submit").click();
        officer.waitForPath("/officer/claim.xhtml");
    }

    private static List<String> membersOf(String unit) throws Exception {
        HttpResponse<String> response = application.get("/api/v1/units/" + unit + "/members?limit=50",
                Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo")));
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"id\":([0-9]+),").matcher(response.body());
        while (matcher.find()) {
            ids.add(fullResidentId(matcher.group(1)));
        }
        return ids;
    }

    /** A member's whole resident ID, from their detail by the number the (masked) lists give. */
    private static String fullResidentId(String memberNumber) throws Exception {
        HttpResponse<String> member = application.get("/api/v1/members/number/" + memberNumber,
                Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo")));
        Matcher residentId = Pattern.compile("\"residentId\":\"([0-9X]{18})\"").matcher(member.body());
        assertTrue(residentId.find(), member.body());
        return residentId.group(1);
    }
}
