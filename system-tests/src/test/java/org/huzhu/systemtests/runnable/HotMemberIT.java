package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.systemtests.support.ApiClient;
import org.huzhu.systemtests.support.FreshDatabases;
import org.huzhu.systemtests.support.ProductionUnion;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.Test;

/**
 * One hot member: fifty approvals of the same member's claims at once, in production on PostgreSQL, while other officers
 * keep working on other members. Before, the approvals held all forty pooled connections waiting for the member's lock:
 * some waited over a minute, some failed with 500, and other users failed too. Now a decision waits for the lock only so
 * long and only a few per member wait at all; the rest are told 409 "being decided, try again" at once. The test prints
 * the latencies (p50, p99) of the approvals and of the other users, and the number of 409s; it requires no answer of
 * 5xx, every other user's request answered, and the annual cap held to the fen once every claim is decided. The
 * claims are for one stay under fifty invoices, so each needs a second reviewer (overlapping stays): one supervisor gives
 * the first approvals one after the other, and the race is the second reviewer's final approvals, which count against the cap.
 */
class HotMemberIT {

    private static final String DATABASE = System.getProperty("huzhu.it.hot.db", "huzhu_test_hot");
    private static final int PORT = Integer.getInteger("huzhu.it.hot.port", 18490);
    private static final int APPROVALS = 50;
    private static final int OTHER_USERS = 4;
    private static final BigDecimal CAP = new BigDecimal("15000.00");

    private final ApiClient api = new ApiClient(PORT);

    @Test
    void fiftyParallelApprovalsOfOneMemberAnswer409OrDecideWhileOthersKeepWorkingAndTheCapHolds() throws Exception {
        FreshDatabases.recreate(DATABASE);
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "hot-member-" + System.currentTimeMillis());
        try (RunnableJar application = RunnableJar.start(folder, PORT, ProductionUnion.environment(DATABASE))) {
            application.awaitReady(Duration.ofSeconds(180));
            try {
                race();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n--- server log ---\n" + application.logTail(), e);
            }
        }
    }

    private void race() throws Exception {
        ProductionUnion union = ProductionUnion.setUp(api, 1 + OTHER_USERS * 10);
        String hot = union.members().get(0);
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < APPROVALS; i++) {
            claims.add(union.fileStay(hot, "HOT-" + String.format("%06d", i)));
        }
        for (String claim : claims) {
            String firstReview = api.call("POST", "/api/v1/claims/" + claim + "/approve", ProductionUnion.SUPERVISOR, "{\"note\":\"初审\"}", 200);
            assertTrue(firstReview.contains("\"status\":\"SECOND_REVIEW\""), "an overlapping stay goes to a second reviewer: " + firstReview);
        }

        List<Long> approvalMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> otherMillis = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> approvalStatuses = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> otherStatuses = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean racing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(APPROVALS + OTHER_USERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> others = new ArrayList<>();
        for (int user = 0; user < OTHER_USERS; user++) {
            List<String> mine = union.members().subList(1 + user * 10, 11 + user * 10);
            int number = user;
            others.add(pool.submit(() -> {
                start.await();
                int round = 0;
                while (racing.get() || round < 3) {
                    String member = mine.get(round % mine.size());
                    timed(otherMillis, otherStatuses, failures, "GET", "/api/v1/coverage?residentId=" + member + "&date=" + union.yearStart().plusDays(9), null);
                    timed(otherMillis, otherStatuses, failures, "GET", "/api/v1/units/" + ProductionUnion.UNIT + "/members?limit=20", null);
                    timed(otherMillis, otherStatuses, failures, "GET", "/api/v1/claims?member=" + member, null);
                    if (round < 2) {
                        timed(otherMillis, otherStatuses, failures, "POST", "/api/v1/claims", stay(union, member, "OTHER-" + number + "-" + round));
                    }
                    round++;
                }
                return null;
            }));
        }
        List<Future<Integer>> approvals = new ArrayList<>();
        for (String claim : claims) {
            approvals.add(pool.submit(() -> {
                start.await();
                return timed(approvalMillis, approvalStatuses, failures, "APPROVE", "/api/v1/claims/" + claim + "/approve", "{\"note\":\"并发审批\"}");
            }));
        }
        start.countDown();
        for (Future<Integer> approval : approvals) {
            approval.get(10, TimeUnit.MINUTES);
        }
        racing.set(false);
        for (Future<?> other : others) {
            other.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();

        int busy = count(approvalStatuses, 409);
        System.out.printf("HotMemberIT: %d parallel approvals of one member: %s; p50 %d ms, p99 %d ms, max %d ms; 409s: %d%n", APPROVALS,
                approvalStatuses, percentile(approvalMillis, 50), percentile(approvalMillis, 99), percentile(approvalMillis, 100), busy);
        System.out.printf("HotMemberIT: %d other users meanwhile, %d requests: %s; p50 %d ms, p99 %d ms, max %d ms%n", OTHER_USERS,
                otherMillis.size(), otherStatuses, percentile(otherMillis, 50), percentile(otherMillis, 99), percentile(otherMillis, 100));
        assertTrue(failures.isEmpty(), "no answer of 5xx, every other user's request answered as usual: " + failures);
        assertEquals(APPROVALS, count(approvalStatuses, 200) + busy, "each approval is decided or told to try again: " + approvalStatuses);
        assertTrue(count(approvalStatuses, 200) > 0, "some approvals went through: " + approvalStatuses);

        // those told to try again do, one after the other, until every claim is decided
        for (String claim : claims) {
            if (api.call("GET", "/api/v1/claims/" + claim, ProductionUnion.OFFICER, null, 200).contains("\"status\":\"SECOND_REVIEW\"")) {
                api.call("POST", "/api/v1/claims/" + claim + "/approve", ProductionUnion.SUPERVISOR2, "{\"note\":\"重试\"}", 200);
            }
        }
        String history = api.call("GET", "/api/v1/claims?member=" + hot + "&limit=500", ProductionUnion.OFFICER, null, 200);
        BigDecimal approved = BigDecimal.ZERO;
        int decided = 0;
        Matcher claimsOfMember = Pattern.compile("\\{[^{}]*}").matcher(history);
        while (claimsOfMember.find()) {
            String claim = claimsOfMember.group();
            if (claim.contains("\"status\":\"APPROVED\"")) {
                approved = approved.add(new BigDecimal(ApiClient.field(claim, "approvedAmount")));
                decided++;
            }
        }
        assertEquals(APPROVALS, decided, history);
        assertEquals(0, CAP.compareTo(approved), "the member's approved claims add up to the annual cap exactly: " + approved);
        try (Connection db = FreshDatabases.connect(DATABASE); Statement query = db.createStatement();
             ResultSet row = query.executeQuery("select y.approved_total, (select sum(o.paid) from claims.contribution o join claims.claim c "
                     + "on c.id = o.claim_id where c.resident_id = '" + hot + "') from claims.member_year y join claims.claim c "
                     + "on c.member_id = y.member_id and c.plan_code = y.plan_code and c.year_start = y.year_start "
                     + "where c.resident_id = '" + hot + "' limit 1")) {
            assertTrue(row.next());
            assertEquals(0, CAP.compareTo(row.getBigDecimal(1)), "the member's plan-year total: " + row.getBigDecimal(1));
            System.out.println("HotMemberIT: plan-year total " + row.getBigDecimal(1) + ", contributions " + row.getBigDecimal(2));
        }
    }

    /** Sends one request as the officer (an approval as the second reviewer), records its time and status; 5xx or an unexpected 4xx is a failure. */
    private int timed(List<Long> millis, Map<Integer, AtomicInteger> statuses, List<String> failures, String kind, String path, String json) throws Exception {
        boolean approval = kind.equals("APPROVE");
        String user = approval ? ProductionUnion.SUPERVISOR2 : ProductionUnion.OFFICER;
        String method = approval ? "POST" : kind;
        long started = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = api.send(method, path, user, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            failures.add(kind + " " + path + ": " + e);
            return -1;
        }
        millis.add((System.nanoTime() - started) / 1_000_000);
        int status = answer.statusCode();
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        boolean expected = approval ? status == 200 || status == 409 && answer.body().contains("claim.busy") : status / 100 == 2;
        if (!expected) {
            failures.add(kind + " " + path + " -> " + status + " " + answer.body());
        }
        return status;
    }

    private static String stay(ProductionUnion union, String member, String invoice) {
        return "{\"residentId\":\"" + member + "\",\"planCode\":\"" + ProductionUnion.PLAN + "\",\"type\":\"INPATIENT\",\"serviceDate\":\""
                + union.yearStart().plusDays(8) + "\",\"endDate\":\"" + union.yearStart().plusDays(10) + "\",\"daysInHospital\":3,"
                + "\"hospital\":\"上海市东方医院\",\"hospitalLevel\":\"TERTIARY\",\"icd10\":\"J18.9\",\"totalCost\":\"9000.00\","
                + "\"basicInsurancePaid\":\"6000.00\",\"inScopeSelfPay\":\"2500.00\",\"outOfScopeSelfPay\":\"500.00\",\"invoiceNumbers\":[\"" + invoice + "\"]}";
    }

    private static int count(Map<Integer, AtomicInteger> statuses, int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    private static long percentile(List<Long> millis, int percent) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
