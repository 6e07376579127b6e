package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.members.api.ResidentId;
import org.huzhu.systemtests.support.ApiClient;
import org.huzhu.systemtests.support.FreshDatabases;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, for every operation the application publishes in {@code /openapi}: the expected answer for every
 * role, on an object of the caller's own organisation and on one of another organisation, comes from the one table
 * {@link #POLICY}. An operation that {@code /openapi} lists and the table does not (or the other way round) fails the
 * test, so a new endpoint cannot ship without a decision about who may call it.
 *
 * <p>The application runs in production mode on an empty PostgreSQL database; the fixture is built through the API only:
 * the association with two district unions (Pudong "own", Jing'an "other"), units under each, staff of Pudong in every
 * role, a paid list, claims with documents, a payment batch and a monthly report in both districts.</p>
 *
 * <p>An answer is "allowed" when it is neither 401 nor 403 (a 409 for a claim already decided is allowed: the policy let
 * the person through); "refused" is 403, or 401 for someone not logged in. No answer may be 500. Each operation is tried
 * by the least privileged first, on the other organisation's object before the own one, so a refused request never
 * follows a change that an allowed one made.</p>
 */
class AuthorisationMatrixIT {

    private static final String DATABASE = System.getProperty("huzhu.it.authz.db", "huzhu_test_authz");
    private static final int PORT = Integer.getInteger("huzhu.it.authz.port", 18580);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String ADMIN_USER = "root-admin";

    /**
     * The callers, least privileged first. The plain roles act from Pudong (a unit agent from its unit PD-0001, a member
     * of it); the SH_ ones are staff of the association, whose organisation holds every unit.
     */
    enum Caller {
        ANONYMOUS(null, null), MEMBER(null, null), UNIT_AGENT("agent.pd", null), ACTUARY("actuary.pd", null), OFFICER("officer.pd", null),
        SUPERVISOR("supervisor.pd", null), SH_ACTUARY("actuary.sh", ACTUARY), SH_OFFICER("officer.sh", OFFICER),
        SH_SUPERVISOR("supervisor.sh", SUPERVISOR), ADMIN(ADMIN_USER, null);

        final String username;
        /** For association staff: the role whose district reach they widen to every unit. */
        final Caller districtRole;

        Caller(String username, Caller districtRole) {
            this.username = username;
            this.districtRole = districtRole;
        }
    }

    /** How far a role reaches on an operation. */
    enum Reach { NONE, OWN, ALL }

    /** One operation's request and who may make it. */
    record Rule(String contentType, String body, Map<Caller, Reach> reach) {
    }

    static final Map<String, Rule> POLICY = new LinkedHashMap<>();

    private static void rule(String operation, String contentType, String body, String reach) {
        Map<Caller, Reach> map = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            map.put(caller, Reach.NONE);
        }
        for (String part : reach.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals("PUBLIC")) {
                map.replaceAll((caller, r) -> Reach.ALL);
                continue;
            }
            if (part.equals("LOGGED_IN")) {
                map.replaceAll((caller, r) -> caller == Caller.ANONYMOUS ? Reach.NONE : Reach.ALL);
                continue;
            }
            boolean ownOnly = part.endsWith("+");
            Caller caller = Caller.valueOf(ownOnly ? part.substring(0, part.length() - 1) : part);
            map.put(caller, ownOnly ? Reach.OWN : Reach.ALL);
        }
        // association staff reach every unit wherever district staff of their role reach their own
        for (Caller caller : Caller.values()) {
            if (caller.districtRole != null && map.get(caller.districtRole) != Reach.NONE) {
                map.put(caller, Reach.ALL);
            }
        }
        if (POLICY.put(operation, new Rule(contentType, body, map)) != null) {
            throw new IllegalStateException("two rules for " + operation);
        }
    }

    private static void json(String operation, String body, String reach) {
        rule(operation, "application/json", body, reach);
    }

    private static void none(String operation, String reach) {
        rule(operation, null, null, reach);
    }

    static {
        // Reach: ROLE = own and other organisation, ROLE+ = own organisation only, absent = refused. District staff act from
        // Pudong; association staff (SH_) reach every unit where their role reaches its district, and alone do the work that
        // concerns every unit of the city (ledger, earning, lapses, payment batches, the hospital feed, bulk reassessment).
        String year = "${yearStart}";

        // accounts
        json("POST /api/v1/accounts", "{\"username\":\"new.${scope}.${n}\",\"displayName\":\"新代办员\",\"roles\":[\"UNIT_AGENT\"],"
                + "\"organisation\":\"${unit}\"}", "ADMIN SUPERVISOR+");
        none("GET /api/v1/accounts", "ADMIN SUPERVISOR");
        none("GET /api/v1/accounts/me", "LOGGED_IN");
        json("PUT /api/v1/accounts/me/password", "{\"currentPassword\":\"not-my-password-1\",\"newPassword\":\"another-secret-22\"}", "LOGGED_IN");
        json("POST /api/v1/accounts/activation", "{\"username\":\"${throwaway}\",\"code\":\"WRONGCODE\",\"newPassword\":\"a-new-secret-33\"}", "PUBLIC");
        none("GET /api/v1/accounts/{username}", "ADMIN SUPERVISOR+");
        json("PUT /api/v1/accounts/{username}", "{\"displayName\":\"代办员\",\"roles\":[\"UNIT_AGENT\"],\"organisation\":\"${spareUnit}\"}", "ADMIN");
        none("POST /api/v1/accounts/{username}/disable", "ADMIN SUPERVISOR+");
        none("POST /api/v1/accounts/{username}/enable", "ADMIN SUPERVISOR+");
        none("POST /api/v1/accounts/{username}/unlock", "ADMIN");
        none("POST /api/v1/accounts/{username}/password-reset", "ADMIN SUPERVISOR+");
        none("GET /api/v1/accounts/{username}/changes", "ADMIN SUPERVISOR+");

        // units and members
        none("GET /api/v1/units", "ADMIN OFFICER SUPERVISOR");
        json("POST /api/v1/units", "{\"code\":\"${district}-N${n}\",\"kind\":\"UNIT\",\"parentCode\":\"${district}\",\"name\":\"新单位工会\","
                + "\"validFrom\":\"2020-01-01\"}", "ADMIN SUPERVISOR+");
        none("GET /api/v1/units/{code}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("GET /api/v1/units/{code}/members", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("PUT /api/v1/units/{code}/name", "{\"name\":\"更名后的工会 ${n}\",\"effectiveDate\":\"" + year + "\"}", "ADMIN SUPERVISOR+");
        json("POST /api/v1/units/{code}/merge", "{\"intoCode\":\"${spareUnit}\",\"effectiveDate\":\"" + year + "\"}", "ADMIN SUPERVISOR+");
        json("POST /api/v1/units/{code}/split", "{\"newCode\":\"${district}-S${n}\",\"newName\":\"分出的工会\",\"residentIds\":[\"${resident}\"],"
                + "\"effectiveDate\":\"" + year + "\"}", "ADMIN SUPERVISOR+");
        none("PUT /api/v1/units/{code}/agents/{username}", "ADMIN SUPERVISOR+");
        json("POST /api/v1/members", "{\"residentId\":\"${newResident}\",\"name\":\"新会员\",\"status\":\"IN_SERVICE\",\"basicInsurance\":true,"
                + "\"hardship\":false,\"modelWorker\":false,\"unitCode\":\"${unit}\",\"joinedOn\":\"2020-01-01\"}", "ADMIN OFFICER+ SUPERVISOR+");
        none("GET /api/v1/members/{residentId}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("GET /api/v1/members/number/{number}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        // a member's own data: a member, themselves only (the path names nobody)
        none("GET /api/v1/my-data", "MEMBER");
        json("POST /api/v1/members/{residentId}/events", "{\"kind\":\"RETIRED\",\"effectiveDate\":\"2099-01-01\"}", "ADMIN OFFICER+ SUPERVISOR+");
        none("GET /api/v1/members/{residentId}/history", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("POST /api/v1/members/{residentId}/activation-code", "ADMIN OFFICER+ SUPERVISOR+");

        // plans
        none("GET /api/v1/plans", "PUBLIC");
        none("GET /api/v1/plans/{code}", "PUBLIC");
        none("GET /api/v1/plans/{code}/versions/{version}", "PUBLIC");
        json("POST /api/v1/plans/{code}/versions", "{\"versionCode\":\"X${n}\",\"rules\":{}}", "ADMIN");
        json("PUT /api/v1/plans/{code}/versions/{version}", "{\"rules\":{}}", "ADMIN");
        json("POST /api/v1/plans/{code}/versions/{version}/copy", "{\"versionCode\":\"C${n}\",\"periodStart\":\"2090-01-01\"}", "ADMIN");

        // enrolment and cover
        none("GET /api/v1/enrolment-lists", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/enrolment-lists", "{\"unitCode\":\"${unit}\",\"planCode\":\"WORKING_INPATIENT\",\"versionCode\":\"${version}\","
                + "\"members\":[{\"residentId\":\"${resident}\",\"shares\":1}]}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        rule("POST /api/v1/enrolment-lists/upload", "text/csv", "身份证号,姓名,在职状态,参加职工医保,份数\n${resident},王建国,在职,是,1\n",
                "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/enrolment-lists/renewals", "{\"unitCode\":\"${unit}\",\"planCode\":\"WORKING_INPATIENT\",\"fromVersion\":\"${version}\","
                + "\"toVersion\":\"${version}\"}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/enrolment-lists/confirmations", "{\"listIds\":[${waitingList}],\"confirmedOn\":\"" + year + "\"}", "SUPERVISOR+");
        none("GET /api/v1/enrolment-lists/{id}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/enrolment-lists/{id}/confirm", "{\"confirmedOn\":\"" + year + "\"}", "SUPERVISOR+");
        json("POST /api/v1/enrolment-lists/{id}/reject", "{\"note\":\"名单有误\"}", "SUPERVISOR+");
        none("GET /api/v1/coverage", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+ MEMBER+");

        // premium
        none("GET /api/v1/bills", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("GET /api/v1/bills/{id}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("GET /api/v1/bills/{id}/lines", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("GET /api/v1/payments", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/payments", "{\"unitCode\":\"${unit}\",\"receivedOn\":\"${today}\",\"amount\":1.00,\"payer\":\"UNIT\","
                + "\"bankReference\":\"AUTHZ-${n}\"}", "ADMIN OFFICER+ SUPERVISOR+");
        none("GET /api/v1/payments/{id}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/payments/{id}/reversal", "{\"note\":\"录入错误\"}", "ADMIN SUPERVISOR+");
        rule("PUT /api/v1/payments/{id}/voucher", "image/png", "${png}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("GET /api/v1/payments/{id}/voucher", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("GET /api/v1/premium/statements/{unit}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/premium/lapses", "{}", "ADMIN SH_OFFICER SH_SUPERVISOR");
        json("POST /api/v1/premium/earning-runs", "{\"month\":\"2001-01\"}", "ADMIN SH_ACTUARY SH_OFFICER SH_SUPERVISOR");
        none("GET /api/v1/premium/earning-runs/{month}", "ADMIN SH_ACTUARY SH_OFFICER SH_SUPERVISOR");
        none("POST /api/v1/premium/earning-runs/{month}/stop", "ADMIN SH_ACTUARY SH_OFFICER SH_SUPERVISOR");

        // ledger
        none("GET /api/v1/ledger/trial-balance", "ADMIN SH_ACTUARY SH_OFFICER SH_SUPERVISOR");
        none("GET /api/v1/ledger/accounts/{account}", "ADMIN SH_ACTUARY SH_OFFICER SH_SUPERVISOR");
        none("GET /api/v1/ledger/entries/{id}", "ADMIN SH_ACTUARY SH_OFFICER SH_SUPERVISOR");
        // the audit trail and the read log of personal data: administrators only
        none("GET /api/v1/audit", "ADMIN");
        none("GET /api/v1/audit/reads", "ADMIN");
        json("POST /api/v1/ledger/entries/{id}/reversal", "{\"on\":\"${today}\"}", "ADMIN SH_SUPERVISOR");
        json("POST /api/v1/ledger/months/{month}/close", "{}", "ADMIN SH_SUPERVISOR");

        // claims
        none("GET /api/v1/claims", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/claims", "{\"residentId\":\"${resident}\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\","
                + "\"serviceDate\":\"${stay}\",\"endDate\":\"${stayEnd}\",\"daysInHospital\":3,\"hospital\":\"上海市第一人民医院\","
                + "\"hospitalLevel\":\"TERTIARY\",\"icd10\":\"K35.8\",\"totalCost\":\"3000.00\",\"basicInsurancePaid\":\"2000.00\","
                + "\"inScopeSelfPay\":\"1000.00\",\"outOfScopeSelfPay\":\"0.00\",\"invoiceNumbers\":[\"AUTHZ-${scope}-${n}\"]}",
                "OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("GET /api/v1/claims/queues", "ADMIN OFFICER SUPERVISOR");
        // a member's own request: always for the caller themselves (no one else's object can be named)
        json("POST /api/v1/claims/requests", "{\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"${stay}\","
                + "\"endDate\":\"${stayEnd}\",\"hospital\":\"上海市第一人民医院\",\"invoiceTotal\":\"100.00\",\"documents\":[{\"kind\":\"INVOICE\","
                + "\"fileName\":\"发票.png\",\"content\":\"${pngBase64}\"}]}", "MEMBER");
        json("POST /api/v1/claims/{id}/intake", "{\"type\":\"INPATIENT\",\"serviceDate\":\"${stay}\",\"endDate\":\"${stayEnd}\","
                + "\"daysInHospital\":3}", "OFFICER+ SUPERVISOR+");
        json("POST /api/v1/claims/reassessments", "{\"planCode\":\"WORKING_INPATIENT\",\"yearStart\":\"" + year + "\"}", "ADMIN SH_SUPERVISOR");
        rule("POST /api/v1/claims/settlement-feed", "text/csv", "身份证号,入院日期\n", "SH_OFFICER SH_SUPERVISOR");
        none("GET /api/v1/claims/{id}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/claims/{id}/assess", "{\"note\":\"重新测算\"}", "OFFICER+ SUPERVISOR+");
        json("POST /api/v1/claims/{id}/approve", "{\"note\":\"核对无误\"}", "OFFICER+ SUPERVISOR+");
        json("POST /api/v1/claims/{id}/reject", "{\"reason\":\"NOT_COVERED\",\"note\":\"不属保障范围\"}", "OFFICER+ SUPERVISOR+");
        json("POST /api/v1/claims/{id}/pend", "{\"note\":\"补充材料\"}", "OFFICER+ SUPERVISOR+");
        json("POST /api/v1/claims/{id}/withdraw", "{\"note\":\"撤回\"}", "OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/claims/{id}/appeal", "{\"note\":\"申诉\"}", "OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        json("POST /api/v1/claims/{id}/reverse", "{\"note\":\"冲正\"}", "SUPERVISOR+");
        none("GET /api/v1/claims/{id}/history", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("GET /api/v1/claims/{id}/decision-letter", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+ MEMBER+");
        rule("POST /api/v1/claims/{id}/documents", "image/png", "${png}", "OFFICER+ SUPERVISOR+ UNIT_AGENT+");
        none("GET /api/v1/claims/{id}/documents/{documentId}", "ADMIN OFFICER+ SUPERVISOR+ UNIT_AGENT+");

        // claim payments: a batch sweeps every unit's approved claims
        none("GET /api/v1/payment-batches", "ADMIN SH_OFFICER SH_SUPERVISOR");
        json("POST /api/v1/payment-batches", "{\"planCode\":null}", "SH_OFFICER SH_SUPERVISOR");
        none("GET /api/v1/payment-batches/{id}", "ADMIN SH_OFFICER SH_SUPERVISOR");
        none("GET /api/v1/payment-batches/{id}/bank-file", "SH_OFFICER SH_SUPERVISOR");
        rule("POST /api/v1/payment-batches/{id}/bank-return", "text/csv", "claim_reference,result,message\n", "SH_OFFICER SH_SUPERVISOR");

        // monthly actuarial report
        none("POST /api/v1/reports/monthly/{month}", "ADMIN ACTUARY");
        none("GET /api/v1/reports/monthly/{month}", "ADMIN ACTUARY");
        none("GET /api/v1/reports/monthly/{month}/{revision: [0-9]+}/figures", "ADMIN ACTUARY");
        none("GET /api/v1/reports/monthly/{month}/{revision: [0-9]+}.pdf", "ADMIN ACTUARY");
        none("GET /api/v1/reports/monthly/{month}/{revision: [0-9]+}.xlsx", "ADMIN ACTUARY");
        none("GET /api/v1/reports/monthly/{month}/{revision: [0-9]+}.csv.zip", "ADMIN ACTUARY");
        none("GET /api/v1/reports/jobs/{executionId: [0-9]+}", "ADMIN ACTUARY");
    }

    private static RunnableJar application;
    private static final ApiClient API = new ApiClient(PORT);
    /** The objects of each organisation: "own" (Pudong) and "other" (Jing'an), by placeholder name. */
    private static final Map<String, Map<String, String>> TARGETS = new HashMap<>();

    @BeforeAll
    static void applicationWithTwoDistricts() throws Exception {
        FreshDatabases.recreate(DATABASE);
        Map<String, String> env = RunnableJar.productionEnvironment(DATABASE);
        env.put("HUZHU_ADMIN_USER", ADMIN_USER);
        env.put("HUZHU_ADMIN_PASSWORD", "bootstrap-secret-2026");
        API.password(ADMIN_USER, "bootstrap-secret-2026");
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "authorisation-" + System.currentTimeMillis());
        application = RunnableJar.start(folder, PORT, env);
        application.awaitReady(Duration.ofSeconds(180));
        try {
            new Fixture().build();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(e.getMessage() + "\n--- server log ---\n" + application.logTail(), e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void everyPublishedOperationHasARuleAndEveryRuleAPublishedOperation() throws Exception {
        TreeSet<String> published = publishedOperations();
        TreeSet<String> withoutRule = new TreeSet<>(published);
        withoutRule.removeAll(POLICY.keySet());
        TreeSet<String> withoutOperation = new TreeSet<>(POLICY.keySet());
        withoutOperation.removeAll(published);
        assertTrue(withoutRule.isEmpty(), "operations in /openapi without a rule in AuthorisationMatrixIT.POLICY: " + withoutRule);
        assertTrue(withoutOperation.isEmpty(), "rules for operations /openapi does not publish: " + withoutOperation);
        System.out.printf("AUTHORISATION MATRIX: %d operations, %d callers, own and other organisation%n", published.size(), Caller.values().length);
    }

    @Test
    void everyCallerGetsTheAnswerTheTableGivesOnTheirOwnAndAnotherOrganisationsObjects() throws Exception {
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        int counter = 0;
        for (String operation : publishedOperations()) {
            Rule rule = POLICY.get(operation);
            if (rule == null) {
                continue; // reported by the test above
            }
            for (Caller caller : Caller.values()) {
                for (String scope : List.of("other", "own")) {
                    Map<String, String> targets = new HashMap<>(TARGETS.get(scope));
                    targets.put("n", String.valueOf(++counter));
                    targets.put("scope", scope);
                    String method = operation.substring(0, operation.indexOf(' '));
                    String path = path(operation.substring(operation.indexOf(' ') + 1), targets);
                    byte[] body = rule.body() == null ? null : body(rule.body(), targets);
                    // a member is always the Pudong member: "own" is their own data, "other" a Jing'an member's
                    String user = caller == Caller.MEMBER ? TARGETS.get("own").get("memberAccount") : caller.username;
                    HttpResponse<String> response = API.send(method, path, user, rule.contentType(), body,
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    requests++;
                    Reach reach = rule.reach().get(caller);
                    boolean expectedAllowed = reach == Reach.ALL || (reach == Reach.OWN && scope.equals("own"));
                    int status = response.statusCode();
                    boolean refused = status == 401 || status == 403;
                    String seen = caller + " on " + scope + ": " + method + " " + path + " -> " + status;
                    if (status >= 500) {
                        wrong.add(seen + " (a fault) " + abbreviate(response.body()));
                    } else if (expectedAllowed && refused) {
                        wrong.add(seen + ", expected allowed " + abbreviate(response.body()));
                    } else if (!expectedAllowed && !refused) {
                        wrong.add(seen + ", expected refused " + abbreviate(response.body()));
                    } else if (!expectedAllowed && caller == Caller.ANONYMOUS && status != 401) {
                        wrong.add(seen + ", expected 401 for someone not logged in");
                    }
                }
            }
        }
        System.out.printf("AUTHORISATION MATRIX: %d requests, %d answers unlike the table%n", requests, wrong.size());
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " answers unlike the table:\n" + String.join("\n", wrong));
        }
    }

    private static TreeSet<String> publishedOperations() throws Exception {
        String document;
        try {
            document = API.call("GET", "/openapi?format=JSON", null, null, 200);
        } catch (java.io.IOException slowFirstDocument) {
            // the server builds the document on its first request, which on a loaded machine outlasts the connection's 30 s;
            // it keeps the document it built, so the next request gets it at once
            document = API.call("GET", "/openapi?format=JSON", null, null, 200);
        }
        TreeSet<String> operations = new TreeSet<>();
        // "paths":{"/api/v1/x":{"get":{...},"post":{...}}, ...}: find each path key, then the methods directly under it
        Matcher paths = Pattern.compile("\"(/api/v1/[^\"]*)\"\\s*:\\s*\\{").matcher(document);
        while (paths.find()) {
            int depth = 1;
            int i = paths.end();
            int objectStart = i;
            while (depth > 0 && i < document.length()) {
                char c = document.charAt(i);
                if (c == '"') {
                    i = document.indexOf('"', i + 1);
                    while (document.charAt(i - 1) == '\\') {
                        i = document.indexOf('"', i + 1);
                    }
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                i++;
            }
            String object = document.substring(objectStart, i);
            Matcher methods = Pattern.compile("\"(get|post|put|delete|patch)\"\\s*:\\s*\\{").matcher(object);
            int level = 0;
            int position = 0;
            while (methods.find()) {
                level += depthBetween(object, position, methods.start());
                position = methods.start();
                if (level == 0) {
                    operations.add(methods.group(1).toUpperCase() + " " + paths.group(1));
                }
            }
        }
        return operations;
    }

    private static int depthBetween(String text, int from, int to) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '{') {
                depth++;
            } else if (!inString && c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** The path with its variables replaced by the organisation's objects: which object an {id} is depends on the resource. */
    private static String path(String template, Map<String, String> targets) {
        String path = template.replace("{revision: [0-9]+}", targets.get("revision"))
                .replace("{executionId: [0-9]+}", targets.get("executionId"))
                .replace("{documentId}", targets.get("documentId"))
                .replace("{month}", targets.get("month"))
                .replace("{account}", "PREMIUM_RECEIVABLE")
                .replace("{residentId}", targets.get("resident"))
                .replace("{number}", targets.get("memberNumber"))
                .replace("{unit}", targets.get("unit"))
                .replace("{version}", targets.get("version"));
        if (path.startsWith("/api/v1/accounts/{username}")) {
            path = path.replace("{username}", targets.get("throwaway"));
        }
        path = path.replace("{username}", targets.get("agentCandidate"));
        if (path.startsWith("/api/v1/plans/")) {
            path = path.replace("{code}", "WORKING_INPATIENT");
        } else if (path.matches("/api/v1/units/\\{code}/(name|merge|split)")) {
            path = path.replace("{code}", targets.get("spareUnit2"));
        }
        path = path.replace("{code}", targets.get("unit"));
        String id = path.startsWith("/api/v1/claims/") ? targets.get("claim")
                : path.matches("/api/v1/enrolment-lists/\\{id}/(confirm|reject)") ? targets.get("waitingList")
                : path.startsWith("/api/v1/enrolment-lists/") ? targets.get("list")
                : path.startsWith("/api/v1/bills/") ? targets.get("bill")
                : path.startsWith("/api/v1/payments/") ? targets.get("payment")
                : path.startsWith("/api/v1/payment-batches/") ? targets.get("batch")
                : path.startsWith("/api/v1/ledger/entries/") ? targets.get("entry") : null;
        if (id != null) {
            path = path.replace("{id}", id);
        }
        if (path.equals("/api/v1/premium/earning-runs/" + targets.get("month") + "/stop")) {
            path = "/api/v1/premium/earning-runs/2001-01/stop";
        }
        if (path.startsWith("/api/v1/ledger/months/")) {
            path = "/api/v1/ledger/months/2001-01/close";
        }
        if (path.equals("/api/v1/enrolment-lists/upload")) {
            path += "?unit=" + targets.get("unit") + "&plan=WORKING_INPATIENT&version=" + targets.get("version");
        } else if (path.equals("/api/v1/claims/" + targets.get("claim") + "/documents")) {
            path += "?kind=INVOICE";
        } else if (path.equals("/api/v1/coverage")) {
            path += "?residentId=" + targets.get("resident");
        } else if (path.equals("/api/v1/bills") || path.equals("/api/v1/payments") || path.equals("/api/v1/enrolment-lists")) {
            path += "?unit=" + targets.get("unit");
        } else if (path.equals("/api/v1/claims")) {
            path += "?unit=" + targets.get("unit");
        } else if (path.equals("/api/v1/ledger/accounts/PREMIUM_RECEIVABLE")) {
            path += "?unit=" + targets.get("unit");
        }
        assertTrue(!path.contains("{"), "a path variable without a target: " + path);
        return path;
    }

    private static byte[] body(String template, Map<String, String> targets) {
        if (template.equals("${png}")) {
            return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        }
        String body = template.replace("${pngBase64}", java.util.Base64.getEncoder().encodeToString(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'}));
        for (Map.Entry<String, String> target : targets.entrySet()) {
            body = body.replace("${" + target.getKey() + "}", target.getValue());
        }
        assertTrue(!body.contains("${"), "a body placeholder without a target: " + body);
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ");
        return text.length() > 240 ? text.substring(0, 240) + "…" : text;
    }

    /** Builds both districts' objects through the API, as their own staff would. */
    private static final class Fixture {

        private final LocalDate today = LocalDate.now(SHANGHAI);
        private final YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        private final LocalDate yearStart = lastMonth.atDay(1);
        private final String version = "Y" + yearStart.toString().substring(0, 7).replace("-", "");
        private int residents = 0;

        void build() throws Exception {
            unit("SH", "ASSOCIATION", null);
            staff("supervisor.sh", "SUPERVISOR", "SH");
            staff("officer.sh", "OFFICER", "SH");
            staff("actuary.sh", "ACTUARY", "SH");
            API.call("POST", "/api/v1/plans/WORKING_INPATIENT/versions/2016/copy", ADMIN_USER,
                    "{\"versionCode\":\"" + version + "\",\"periodStart\":\"" + yearStart + "\"}", 201);
            Map<String, String> own = district("PD", true);
            Map<String, String> other = district("JA", false);
            TARGETS.put("own", own);
            TARGETS.put("other", other);

            // one payment batch and one monthly report serve both organisations
            String batch = API.call("POST", "/api/v1/payment-batches", "supervisor.sh", "{\"planCode\":null}", 201);
            String batchId = ApiClient.field(batch, "id");
            API.call("POST", "/api/v1/reports/monthly/" + lastMonth, ADMIN_USER, null, 202);
            String job = API.waitFor("/api/v1/reports/monthly/" + lastMonth, ADMIN_USER, body -> body.contains("\"revision\""));
            String execution = ApiClient.first(job, "\"executionId\":(\\d+)");
            for (Map<String, String> targets : List.of(own, other)) {
                targets.put("batch", batchId);
                targets.put("month", lastMonth.toString());
                targets.put("revision", "1");
                targets.put("executionId", execution);
                targets.put("today", today.toString());
                targets.put("yearStart", yearStart.toString());
                targets.put("version", version);
                targets.put("stay", yearStart.plusDays(3).toString());
                targets.put("stayEnd", yearStart.plusDays(5).toString());
            }
        }

        /** A district union with three units, its staff, a paid list, an approved claim and a claim waiting, all through the API. */
        private Map<String, String> district(String code, boolean withCallers) throws Exception {
            Map<String, String> targets = new HashMap<>();
            unit(code, "DISTRICT_UNION", "SH");
            for (int i = 1; i <= 4; i++) {
                unit(code + "-000" + i, "UNIT", code);
            }
            String unit = code + "-0001";
            String lower = code.toLowerCase();
            if (withCallers) {
                staff("officer." + lower, "OFFICER", code);
                staff("supervisor." + lower, "SUPERVISOR", code);
                staff("actuary." + lower, "ACTUARY", code);
            }
            staff("filer." + lower, "OFFICER", code);
            staff("confirmer." + lower, "SUPERVISOR", code);
            staff("agent." + lower, "UNIT_AGENT", unit);
            staff("throwaway." + lower, "UNIT_AGENT", code + "-0002");
            staff("candidate." + lower, "UNIT_AGENT", code + "-0002");

            // the unit's list, uploaded by its agent, confirmed by the district's supervisor the day before the year, paid
            List<String> ids = new ArrayList<>();
            StringBuilder csv = new StringBuilder("身份证号,姓名,在职状态,参加职工医保,份数,银行卡号\n");
            for (int i = 0; i < 3; i++) {
                ids.add(resident());
                csv.append(ids.get(i)).append(",会员").append(i).append(",在职,是,1,6222020000000000").append(10 + i).append('\n');
            }
            String upload = API.call("POST", "/api/v1/enrolment-lists/upload?unit=" + unit + "&plan=WORKING_INPATIENT&version=" + version
                    + "&joinedOn=" + yearStart.minusYears(1), "agent." + lower, "text/csv", csv.toString(), 201);
            String listId = ApiClient.first(upload, "\"list\":\\{[^{}]*?\"id\":(\\d+)");
            API.call("POST", "/api/v1/enrolment-lists/" + listId + "/confirm", "confirmer." + lower,
                    "{\"confirmedOn\":\"" + yearStart.minusDays(1) + "\"}", 200);
            String bill = ApiClient.field(API.call("GET", "/api/v1/bills?unit=" + unit, "filer." + lower, null, 200), "id");
            String total = ApiClient.field(API.call("GET", "/api/v1/bills/" + bill, "filer." + lower, null, 200), "total");
            String payment = ApiClient.field(API.call("POST", "/api/v1/payments", "filer." + lower, "{\"unitCode\":\"" + unit
                    + "\",\"receivedOn\":\"" + yearStart.plusDays(2) + "\",\"amount\":" + total + ",\"payer\":\"UNIT\",\"bankReference\":\"FIX-"
                    + code + "\"}", 201), "id");
            API.call("PUT", "/api/v1/payments/" + payment + "/voucher", "filer." + lower, "image/png", body("${png}", Map.of()), 204);
            String entry = ApiClient.first(API.call("GET", "/api/v1/ledger/accounts/PREMIUM_RECEIVABLE?from=2000-01-01&unit=" + unit, ADMIN_USER, null, 200),
                    "\"entryId\":(\\d+)");

            // a list waiting for confirmation, of the fourth unit
            String waitingResident = resident();
            String waiting = API.call("POST", "/api/v1/enrolment-lists/upload?unit=" + code + "-0004&plan=WORKING_INPATIENT&version=" + version
                    + "&joinedOn=" + yearStart.minusYears(1), "filer." + lower, "text/csv",
                    "身份证号,姓名,在职状态,参加职工医保,份数\n" + waitingResident + ",待确认,在职,是,1\n", 201);
            String waitingList = ApiClient.first(waiting, "\"list\":\\{[^{}]*?\"id\":(\\d+)");

            // claims filed by the district's filer: one approved (for the batch), one waiting, with a document
            String approved = claim(ids.get(1), "filer." + lower, "FIX-" + code + "-1");
            API.call("POST", "/api/v1/claims/" + approved + "/approve", "confirmer." + lower, "{\"note\":\"核对无误\"}", 200);
            String claim = claim(ids.get(0), "filer." + lower, "FIX-" + code + "-2");
            String document = ApiClient.field(API.call("POST", "/api/v1/claims/" + claim + "/documents?kind=INVOICE", "filer." + lower, "image/png",
                    body("${png}", Map.of()), 201), "id");

            // the member whose own data "own" means, with their account
            String code2 = ApiClient.first(API.call("POST", "/api/v1/members/" + ids.get(0) + "/activation-code", "filer." + lower, null, 200),
                    "\"activationCode\":\"([A-Z0-9]+)\"");
            API.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"" + ids.get(0) + "\",\"code\":\"" + code2
                    + "\",\"newPassword\":\"member-secret-42\"}", 204);
            API.password(ids.get(0), "member-secret-42");

            targets.put("district", code);
            targets.put("unit", unit);
            targets.put("spareUnit", code + "-0002");
            targets.put("spareUnit2", code + "-0003");
            targets.put("resident", ids.get(0));
            targets.put("memberNumber", ApiClient.field(API.call("GET", "/api/v1/members/" + ids.get(0), ADMIN_USER, null, 200), "id"));
            targets.put("memberAccount", ids.get(0));
            targets.put("newResident", resident());
            targets.put("waitingList", waitingList);
            targets.put("list", listId);
            targets.put("bill", bill);
            targets.put("payment", payment);
            targets.put("entry", entry);
            targets.put("claim", claim);
            targets.put("documentId", document);
            targets.put("throwaway", "throwaway." + lower);
            targets.put("agentCandidate", "candidate." + lower);
            return targets;
        }

        private String claim(String resident, String filer, String invoice) throws Exception {
            String claim = API.call("POST", "/api/v1/claims", filer, "{\"residentId\":\"" + resident + "\",\"planCode\":\"WORKING_INPATIENT\","
                    + "\"type\":\"INPATIENT\",\"serviceDate\":\"" + yearStart.plusDays(7) + "\",\"endDate\":\"" + yearStart.plusDays(9) + "\","
                    + "\"daysInHospital\":3,\"hospital\":\"上海市第一人民医院\",\"hospitalLevel\":\"TERTIARY\",\"icd10\":\"K35.8\","
                    + "\"totalCost\":\"20000.00\",\"basicInsurancePaid\":\"14000.00\",\"inScopeSelfPay\":\"5000.00\",\"outOfScopeSelfPay\":\"1000.00\","
                    + "\"invoiceNumbers\":[\"" + invoice + "\"]}", 201);
            return ApiClient.field(claim, "id");
        }

        private void unit(String code, String kind, String parent) throws Exception {
            API.call("POST", "/api/v1/units", ADMIN_USER, "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"parentCode\":"
                    + (parent == null ? "null" : "\"" + parent + "\"") + ",\"name\":\"" + code + " 工会\",\"validFrom\":\"2000-01-01\"}", 201);
        }

        private void staff(String username, String role, String organisation) throws Exception {
            String created = API.call("POST", "/api/v1/accounts", ADMIN_USER, "{\"username\":\"" + username + "\",\"displayName\":\"" + username
                    + "\",\"roles\":[\"" + role + "\"],\"organisation\":\"" + organisation + "\"}", 201);
            String code = ApiClient.first(created, "\"activationCode\":\"([A-Z0-9]+)\"");
            String password = "matrix-secret-" + username.length() + "-2026";
            API.call("POST", "/api/v1/accounts/activation", null, "{\"username\":\"" + username + "\",\"code\":\"" + code
                    + "\",\"newPassword\":\"" + password + "\"}", 204);
            API.password(username, password);
        }

        private String resident() {
            residents++;
            String first17 = String.format("310104%04d%02d%02d%03d", 1970 + residents % 30, 1 + residents % 12, 1 + residents % 28, 100 + residents);
            return first17 + ResidentId.checkCharacter(first17);
        }
    }
}
