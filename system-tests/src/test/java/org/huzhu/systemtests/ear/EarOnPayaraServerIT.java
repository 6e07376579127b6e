package org.huzhu.systemtests.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Smoke test of the EAR on a full Payara Server 6 (not Micro): a fresh PostgreSQL database, a fresh domain on
 * its own ports, the server-level pool {@code jdbc/huzhu} and batch data source the application expects, then
 * {@code deploy huzhu.ear}, readiness and the public plan catalogue over HTTP. The application runs in production
 * mode, so the domain is started with {@code HUZHU_ADMIN_PASSWORD} in its environment. The domain is stopped after
 * the tests whatever happened; on a failure the tail of its server.log is printed.
 *
 * <p>Run alone (the module's dependencies come from the reactor, so {@code -am} unless they are installed):
 * {@code mvn -B -pl system-tests -am verify -Dit.test=EarOnPayaraServerIT -Dsurefire.failIfNoSpecifiedTests=false}
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarOnPayaraServerIT {

    private static final String DATABASE = "huzhu_test_ear";
    private static final String DOMAIN = "huzhu-ear";
    private static final String POOL = "HuzhuPool";
    private static final String ADMIN_PASSWORD = "ear-smoke-admin-password";
    private static final String BASE_URL = "http://127.0.0.1:" + PayaraServerDomain.HTTP_PORT;
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private static PayaraServerDomain server;
    private static boolean started;
    private static long setUpStarted;
    private static boolean readyLogged;

    @RegisterExtension
    static final ServerLogOnFailure SERVER_LOG_ON_FAILURE = new ServerLogOnFailure(() -> server);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @BeforeAll
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    static void deployTheEarOnAFreshDomain() throws Exception {
        setUpStarted = System.nanoTime();
        Path ear = existing("huzhu.ear");
        Path serverZip = existing("huzhu.serverZip");
        Path driver = postgresqlDriver(existing("huzhu.serverLibs"));
        Path workDir = Path.of(required("huzhu.workDir")).toAbsolutePath();

        server = new PayaraServerDomain(workDir, DOMAIN, Map.of(
                "HUZHU_ADMIN_USER", "admin",
                "HUZHU_ADMIN_PASSWORD", ADMIN_PASSWORD));
        step("unzip", () -> server.unzip(serverZip));
        // first, so that a server left running by an interrupted run no longer holds connections to the database
        step("remove leftovers", server::removeLeftovers);
        step("fresh database", EarOnPayaraServerIT::recreateDatabase);
        step("fresh domain", server::create);
        started = true;
        step("start", server::start);
        // the driver goes into the domain's common class loader, which the server reads only when it starts
        step("add-library + restart", () -> {
            server.remote(Duration.ofMinutes(1), "add-library", "--type", "common", driver.toString());
            server.stop();
            server.start();
        });
        step("pool, resource, batch", () -> {
            server.remote(Duration.ofMinutes(1), "create-jdbc-connection-pool",
                    "--datasourceclassname", "org.postgresql.ds.PGSimpleDataSource",
                    "--restype", "javax.sql.DataSource",
                    "--steadypoolsize", "4", "--maxpoolsize", "40",
                    "--isconnectvalidatereq=true", "--validationmethod", "meta-data", "--failconnection=true",
                    "--property", poolProperties(),
                    POOL);
            // a failed ping at creation is only a warning in the log; ping-connection-pool fails the set-up right here
            server.remote(Duration.ofMinutes(1), "ping-connection-pool", POOL);
            server.remote(Duration.ofMinutes(1), "create-jdbc-resource", "--connectionpoolid", POOL, "jdbc/huzhu");
            server.remote(Duration.ofMinutes(1), "set-batch-runtime-configuration", "--datasourcelookupname", "jdbc/huzhu");
        });
        step("deploy", () -> server.remote(Duration.ofMinutes(4), "deploy", "--name", "huzhu", "--force=true", ear.toString()));
    }

    @AfterAll
    static void stopTheDomain() throws InterruptedException {
        if (server != null && started) {
            server.stop();
        }
        PayaraServerDomain.log("Whole run " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - setUpStarted) + " s");
    }

    @Test
    @Order(1)
    void becomesReadyOnPostgreSQL() throws Exception {
        HttpResponse<String> ready = awaitReady();
        assertEquals(200, ready.statusCode(), ready::body);
        assertTrue(ready.body().contains("\"UP\""), ready::body);
        assertTrue(ready.body().contains("\"database\":\"PostgreSQL\""), () -> "readiness should report PostgreSQL: " + ready.body());
        assertTrue(ready.body().contains("\"mode\":\"PRODUCTION\""), () -> "PostgreSQL means production mode: " + ready.body());
    }

    @Test
    @Order(2)
    void servesThePlanCatalogue() throws Exception {
        awaitReady();
        HttpResponse<String> plans = get("/api/v1/plans");
        assertEquals(200, plans.statusCode(), plans::body);
        assertTrue(plans.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> "Content-Type " + plans.headers().firstValue("Content-Type"));
        String body = plans.body().strip();
        assertTrue(body.startsWith("[") && body.endsWith("]"), () -> "a JSON list: " + body);
        for (String code : List.of("SERIOUS_ILLNESS", "WORKING_INPATIENT", "RETIREE_INPATIENT")) {
            assertTrue(body.contains("\"code\":\"" + code + "\""), () -> code + " missing from " + body);
        }
        long planCount = body.split("\"versions\"", -1).length - 1L;
        assertEquals(3, planCount, () -> "three plans expected: " + body);
    }

    @Test
    @Order(3)
    void migratedTheFreshTestDatabase() throws Exception {
        awaitReady();
        try (Connection connection = DriverManager.getConnection(databaseUrl(DATABASE), credentials());
                Statement statement = connection.createStatement();
                ResultSet schemas = statement.executeQuery("SELECT schema_name FROM information_schema.schemata "
                        + "WHERE schema_name IN ('platform', 'members', 'insurance') ORDER BY schema_name")) {
            List<String> found = new ArrayList<>();
            while (schemas.next()) {
                found.add(schemas.getString(1));
            }
            assertEquals(List.of("insurance", "members", "platform"), found,
                    "the server's pool jdbc/huzhu should have migrated " + DATABASE);
        }
    }

    /** Polls the readiness endpoint until it answers 200 with UP, or fails after {@link #READY_WITHIN}. */
    private HttpResponse<String> awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get("/health/ready");
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    if (!readyLogged) {
                        readyLogged = true;
                        PayaraServerDomain.log("Ready " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - setUpStarted)
                                + " s after set-up began: " + response.body());
                    }
                    return response;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(2000);
        }
        return fail("GET " + BASE_URL + "/health/ready not 200/UP within " + READY_WITHIN + "; last answer: " + last);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl("postgres"), credentials());
                Statement statement = connection.createStatement()) {
            // FORCE ends sessions a crashed earlier run may have left open
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        PayaraServerDomain.log("Fresh database " + DATABASE);
    }

    private static String databaseUrl(String database) {
        return "jdbc:postgresql://" + required("test.db.host") + ":" + required("test.db.port") + "/" + database;
    }

    private static Properties credentials() {
        Properties credentials = new Properties();
        credentials.setProperty("user", required("test.db.user"));
        credentials.setProperty("password", System.getProperty("test.db.password", ""));
        credentials.setProperty("connectTimeout", "10");
        return credentials;
    }

    /**
     * serverName/portNumber/databaseName avoid the colons of a URL, which asadmin would split properties at. The
     * password property must be present even when empty (trust authentication): a pool with a user but no password
     * fails every connection with "No password credential found". asadmin rejects {@code password=} and stores
     * {@code password=()} literally; {@code password=""} stores a real empty value.
     */
    private static String poolProperties() {
        String password = System.getProperty("test.db.password", "");
        return "serverName=" + required("test.db.host")
                + ":portNumber=" + required("test.db.port")
                + ":databaseName=" + DATABASE
                + ":user=" + required("test.db.user")
                + ":password=" + (password.isEmpty() ? "\"\"" : password.replace(":", "\\:"));
    }

    private static Path postgresqlDriver(Path libs) throws IOException {
        try (Stream<Path> files = Files.list(libs)) {
            return files.filter(file -> file.getFileName().toString().matches("postgresql-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no postgresql-*.jar in " + libs));
        }
    }

    private static Path existing(String property) {
        Path path = Path.of(required(property));
        if (!Files.exists(path)) {
            throw new IllegalStateException(property + " points at " + path + ", which does not exist (build the project first)");
        }
        return path;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run through failsafe)");
        }
        return value;
    }

    private static void step(String name, Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        PayaraServerDomain.log("Step '" + name + "' took " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
