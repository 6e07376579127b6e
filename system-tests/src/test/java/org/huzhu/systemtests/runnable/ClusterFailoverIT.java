package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.huzhu.systemtests.support.ApiClient;
import org.huzhu.systemtests.support.FreshDatabases;
import org.huzhu.systemtests.support.PageForm;
import org.huzhu.systemtests.support.PaidUnit;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.Test;

/**
 * Two instances in one data grid behind HAProxy ({@code deploy/haproxy/haproxy-cfg.sh}), on one fresh PostgreSQL
 * database in production mode. A month is being earned when the instance running it is killed ({@code kill -9});
 * the survivor takes the dead instance's execution for orphaned once its lease expires and, without anyone asking,
 * restarts the month, which completes from its checkpoint; the killed instance is started again and rejoins. Afterwards the
 * month's total is the SQL sum of its ranges and of its journal postings, no range is posted twice, no schedule
 * occurrence was run twice, a page session logged in on the killed instance continues on the other, a password changed
 * on one instance is refused on the other within seconds, and requests sent through HAProxy all the while failed only
 * while in flight at the kill (counted). Needs Debian's haproxy ({@code ./test.sh} installs it).
 */
class ClusterFailoverIT {

    private static final String DATABASE = System.getProperty("huzhu.it.cluster.db", "huzhu_cl_failover");
    private static final int FRONT = Integer.getInteger("huzhu.it.cluster.port", 19710);
    private static final int GRID = Integer.getInteger("huzhu.it.cluster.gridPort", 19760);
    private static final String ADMIN = "root-admin";
    private static final String ADMIN_PASSWORD = "bootstrap-secret-2026";
    private static final int MEMBERS = 24;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ApiClient api = new ApiClient(FRONT);

    @Test
    void anInstanceKilledWhileItEarnsAMonthHasTheMonthFinishedByTheSurvivorWithoutLosingTheSessionOrMoreThanTheRequestsInFlight() throws Exception {
        FreshDatabases.recreate(DATABASE);
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "cluster-failover-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(folder);
        api.password(ADMIN, ADMIN_PASSWORD);
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        String run = "/api/v1/premium/earning-runs/" + month;

        RunnableJar[] instances = {start(folder, 1), start(folder, 2)};
        Process haproxy = haproxy(folder);
        Poller poller = null;
        try {
            for (RunnableJar instance : instances) {
                instance.awaitReady(Duration.ofMinutes(8));
            }
            awaitFront();
            PaidUnit.create(api, ADMIN, month.atDay(1), MEMBERS, "two-nodes-");
            poller = new Poller();
            poller.start();

            api.call("POST", "/api/v1/premium/earning-runs", "sh.supervisor", "{\"month\":\"" + month + "\",\"rangeSize\":1,\"pauseMillis\":1000}", 202);
            api.waitFor(run, "sh.supervisor", body -> Integer.parseInt(ApiClient.field(body, "rangesDone")) >= 3);
            int owner = owner(instances);
            Cookies session = login(owner);
            assertEquals(200, page(session).statusCode(), "the page session works on its instance");

            long killedExecution = Long.parseLong(ApiClient.field(api.call("GET", run, "sh.supervisor", null, 200), "executionId"));
            instances[owner].kill();
            long killedAt = System.nanoTime();
            java.time.LocalTime killedClock = java.time.LocalTime.now();
            int doneBeforeKill = count("select count(*) from insurance.earning_range where run_month = ?", month.toString());
            assertTrue(doneBeforeKill < MEMBERS, "killed part-way: " + doneBeforeKill);

            HttpResponse<String> afterKill = page(session);
            assertEquals(200, afterKill.statusCode(), "the session continues on the other instance: " + afterKill.headers().map());
            instances[owner] = start(folder, owner + 1);
            // nobody starts the month again: the survivor fails the dead instance's execution and restarts it from its checkpoint
            String done = api.waitFor(run, "sh.supervisor", body -> !String.valueOf(killedExecution).equals(ApiClient.field(body, "executionId"))
                    && (body.contains("\"batchStatus\":\"COMPLETED\"") || body.contains("\"batchStatus\":\"FAILED\"")));
            double takenOver = (System.nanoTime() - killedAt) / 1e9;
            assertEquals("COMPLETED", ApiClient.field(done, "batchStatus"), done);
            assertEquals("COMPLETED", ApiClient.field(done, "status"), done);
            assertEquals(String.valueOf(MEMBERS), ApiClient.field(done, "rangesDone"), done);
            assertEquals(1, count("select count(*) from jbatchexecutioninstancedata where jobexecid = ? and batchstatus = 'FAILED' "
                    + "and exitstatus = 'ORPHANED'", killedExecution), "the dead instance's execution was failed as orphaned");
            assertEquals(1, count("select count(*) from platform.audit_event where action = 'EARNING_RUN_STARTED' and actor = 'system' "
                    + "and object_id = ?", "premium-earning " + month), "the survivor restarted the month once, as the system");
            instances[owner].awaitReady(Duration.ofMinutes(8));
            assertEquals(2, count("select count(*) from platform.instance_lease where renewed_ms >= ?", System.currentTimeMillis() - 45_000),
                    "the restarted instance holds a lease beside the survivor");
            poller.stop();

            BigDecimal earned = new BigDecimal(ApiClient.field(done, "earned"));
            BigDecimal ranges = amount("select sum(earned) from insurance.earning_range where run_month = ?", month.toString());
            assertEquals(0, earned.compareTo(ranges), "the month's total is the SQL sum of its ranges: " + earned + " vs " + ranges);
            String key = "EARN:" + month + ":%";
            assertEquals(MEMBERS, count("select count(*) from insurance.journal_entry where idempotency_key like ?", key), "one entry per range");
            assertEquals(MEMBERS, count("select count(distinct reference) from insurance.journal_entry where idempotency_key like ?", key));
            BigDecimal posted = amount("select sum(p.amount) from insurance.journal_posting p join insurance.journal_entry e on e.id = p.entry_id "
                    + "where e.idempotency_key like ? and p.account = 'EARNED_PREMIUM'", key);
            assertEquals(0, earned.compareTo(posted), "posted " + posted);
            assertEquals(0, count("select count(*) from (select schedule, occurrence from platform.schedule_run group by schedule, occurrence "
                    + "having count(*) > 1) twice where ? is not null", "any"), "no schedule occurrence ran twice");
            assertEquals(200, page(session).statusCode(), "the session still continues");
            double forgotten = passwordChangeReachesTheOtherInstance(instances[1 - owner], instances[owner]);

            // HAProxy sends again a request that could not connect and a GET whose instance died before answering (these polls
            // are GETs); a poll can still fail at the kill (a kept-alive connection closed as the request goes out): at most
            // one per poller thread
            assertTrue(poller.failed.get() <= Poller.THREADS, "failed requests: " + poller.failed.get() + " of " + poller.sent.get()
                    + " (failures: " + poller.failures + ")");
            // last, since it locks this test's own address
            double throttled = guessesSpreadOverBothInstancesMeetOneLimit(instances[0], instances[1]);
            System.out.printf("cluster failover: killed instance %d after %d of %d ranges; the survivor restarted it from the checkpoint and completed it %.0f s"
                    + " after the kill (at %s); earned %s = sum of ranges %s = journal %s; %d of %d requests through HAProxy failed %s;"
                    + " a password changed on one instance refused on the other after %.1f s; ten guesses spread over both instances locked"
                    + " the address on both, the other after %.1f s%n",
                    owner + 1, doneBeforeKill, MEMBERS, takenOver, killedClock, earned, ranges, posted, poller.failed.get(), poller.sent.get(),
                    poller.failures, forgotten, throttled);
        } catch (AssertionError | RuntimeException e) {
            StringBuilder logs = new StringBuilder();
            for (RunnableJar instance : instances) {
                logs.append("\n--- instance log ---\n").append(instance.logTail());
            }
            throw new AssertionError(e.getMessage() + logs, e);
        } finally {
            if (poller != null) {
                poller.stop();
            }
            haproxy.destroy();
            for (RunnableJar instance : instances) {
                instance.close();
            }
        }
    }

    /**
     * The unit agent's password is verified (and remembered for a minute) on {@code other}, then changed on {@code one}:
     * {@code other} refuses the old password within 30 seconds, from the relayed account change, not its cache's minute.
     */
    private static double passwordChangeReachesTheOtherInstance(RunnableJar other, RunnableJar one) throws Exception {
        String old = "two-nodes-unit_agent-2026";
        assertEquals(200, other.get("/api/v1/accounts/me", Map.of("Authorization", RunnableJar.basic("pd.agent", old))).statusCode());
        HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + one.port() + "/api/v1/accounts/me/password"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", RunnableJar.basic("pd.agent", old)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + old + "\",\"newPassword\":\"two-nodes-changed-2027\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, changed.statusCode(), changed.body());
        long since = System.nanoTime();
        while (System.nanoTime() - since < TimeUnit.SECONDS.toNanos(30)) {
            if (other.get("/api/v1/accounts/me", Map.of("Authorization", RunnableJar.basic("pd.agent", old))).statusCode() == 401) {
                return (System.nanoTime() - since) / 1e9;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the other instance still accepts the old password 30 s after the change");
    }

    /**
     * A stranger's guesses at the administrator's password, sent from one address to each instance in turn, meet the limit
     * of one instance: the tenth locks the address where it was counted at once, and the other instance refuses the
     * address too within its next synchronisation (10 s), even with the right password. Returns the seconds that took.
     */
    private static double guessesSpreadOverBothInstancesMeetOneLimit(RunnableJar first, RunnableJar second) throws Exception {
        Map<String, String> guess = Map.of("Authorization", RunnableJar.basic(ADMIN, "not-the-password-2026"));
        for (int i = 0; i < 10; i++) {
            assertEquals(401, (i % 2 == 0 ? first : second).get("/api/v1/units", guess).statusCode(), "guess " + (i + 1) + " is checked");
        }
        assertEquals(429, second.get("/api/v1/units", guess).statusCode(), "the tenth guess, on the second instance, locked the address there");
        Map<String, String> right = Map.of("Authorization", RunnableJar.basic(ADMIN, ADMIN_PASSWORD));
        long since = System.nanoTime();
        while (first.get("/api/v1/units", right).statusCode() != 429) {
            assertTrue(System.nanoTime() - since < TimeUnit.SECONDS.toNanos(60), "the first instance still takes the locked address after 60 s");
            Thread.sleep(500);
        }
        return (System.nanoTime() - since) / 1e9;
    }

    private static RunnableJar start(Path folder, int number) throws IOException {
        Map<String, String> env = RunnableJar.productionEnvironment(DATABASE);
        env.put("HUZHU_ADMIN_USER", ADMIN);
        env.put("HUZHU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HUZHU_CLUSTER_MEMBERS", "127.0.0.1:" + (GRID + 1) + ",127.0.0.1:" + (GRID + 2));
        env.put("HUZHU_CLUSTER_PORT", Integer.toString(GRID + number));
        env.put("HUZHU_CLUSTER_INTERFACES", "127.0.0.1");
        env.put("HUZHU_CLUSTER_NAME", "huzhu-it-" + FRONT);
        env.put("HUZHU_INSTANCE_NAME", "huzhu-" + number);
        return RunnableJar.startInstance(folder.resolve("instance-" + number), FRONT + number, env, "-Xmx512m -Dhuzhu.cluster.lease-seconds=15");
    }

    /** HAProxy with the reference deployment's configuration, in the foreground of its own process. */
    private static Process haproxy(Path folder) throws Exception {
        Path script = Path.of(System.getProperty("huzhu.uberJar", "../runtime/target/huzhu.jar")).toAbsolutePath().getParent().getParent().getParent()
                .resolve("deploy/haproxy/haproxy-cfg.sh");
        Path config = folder.resolve("haproxy.cfg");
        Process write = new ProcessBuilder("sh", script.toString(), Integer.toString(FRONT), "2").redirectOutput(config.toFile()).start();
        assertEquals(0, write.waitFor(), "haproxy-cfg.sh");
        try {
            return new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("haproxy.log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("HAProxy is needed: apt-get install haproxy (./test.sh installs it)", e);
        }
    }

    private static void awaitFront() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            try {
                if (get("/health/ready", Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // HAProxy is starting or has not seen an instance ready yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("HAProxy did not answer /health/ready within a minute");
    }

    /** Which instance (0 or 1) runs the month's execution, by the process id its lease names. */
    private static int owner(RunnableJar[] instances) throws Exception {
        try (Connection connection = FreshDatabases.connect(DATABASE); PreparedStatement statement = connection.prepareStatement(
                "select l.host from platform.job_execution_owner o join platform.instance_lease l on l.instance_id = o.instance_id "
                        + "order by o.execution_id desc limit 1");
             ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next(), "the running execution names its instance");
            String host = rows.getString(1);
            for (int i = 0; i < instances.length; i++) {
                if (host.endsWith(" pid " + instances[i].pid())) {
                    return i;
                }
            }
            throw new AssertionError("no instance has the process of " + host);
        }
    }

    /**
     * A browser's cookies for the front: HAProxy's {@code HZ_NODE}, the session's {@code JSESSIONID} and Payara's
     * {@code JSESSIONIDVERSION} (the version of a replicated session, renewed with every answer).
     */
    private static final class Cookies {

        private final Map<String, String> values = new java.util.LinkedHashMap<>();

        Cookies(String route) {
            values.put("HZ_NODE", route);
        }

        String header() {
            return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(java.util.stream.Collectors.joining("; "));
        }

        <T> HttpResponse<T> keep(HttpResponse<T> response) {
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.contains(";") ? cookie.substring(0, cookie.indexOf(';')) : cookie;
                values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return response;
        }
    }

    /** Logs in through HAProxy, routed to instance {@code owner} by its cookie; returns the browser's cookies. */
    private static Cookies login(int owner) throws Exception {
        Cookies cookies = new Cookies("huzhu-" + (owner + 1));
        HttpResponse<String> page = cookies.keep(get("/login.xhtml", Map.of("Cookie", cookies.header())));
        String form = PageForm.urlEncoded(PageForm.login(page.body(), ADMIN, ADMIN_PASSWORD));
        HttpResponse<String> posted = cookies.keep(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + FRONT + "/login.xhtml"))
                .timeout(Duration.ofSeconds(60)).header("Cookie", cookies.header()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
        assertEquals(302, posted.statusCode(), posted.body());
        return cookies;
    }

    /** A page only a logged-in administrator sees (without a session: a redirect to the login page). */
    private static HttpResponse<String> page(Cookies session) throws Exception {
        return session.keep(get("/admin/accounts.xhtml", Map.of("Cookie", session.header())));
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + FRONT + path)).timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int count(String sql, Object parameter) throws Exception {
        return FreshDatabases.count(DATABASE, sql, parameter);
    }

    private static BigDecimal amount(String sql, Object parameter) throws Exception {
        return FreshDatabases.amount(DATABASE, sql, parameter);
    }

    /** Threads that look up the public plan catalogue through HAProxy without pause, counting what fails. */
    private static final class Poller {

        static final int THREADS = 2;

        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        /** What each failed poll got, with its thread and time: printed whether the test passes or not. */
        final java.util.List<String> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread[] threads = new Thread[THREADS];

        void start() {
            for (int i = 0; i < THREADS; i++) {
                threads[i] = new Thread(this::poll, "haproxy-poller-" + i);
                threads[i].start();
            }
        }

        private void poll() {
            while (running.get()) {
                sent.incrementAndGet();
                String failure;
                try {
                    int status = get("/api/v1/plans", Map.of()).statusCode();
                    failure = status == 200 ? null : "HTTP " + status;
                } catch (IOException e) {
                    failure = e.toString();
                } catch (InterruptedException e) {
                    return;
                }
                if (failure != null) {
                    failed.incrementAndGet();
                    failures.add(Thread.currentThread().getName() + " at " + java.time.LocalTime.now() + ": " + failure);
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(70));
            }
        }
    }
}
