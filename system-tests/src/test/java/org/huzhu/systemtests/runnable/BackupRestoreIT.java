package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.huzhu.systemtests.support.ApiClient;
import org.huzhu.systemtests.support.FreshDatabases;
import org.huzhu.systemtests.support.ProductionUnion;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore of docs/operations.md, done as written: a production database after a month's work (a list
 * confirmed and paid, claims approved, rejected and paid through a batch and the bank's return, last month earned) is
 * dumped with {@code pg_dump -Fc} while the application runs, restored with {@code pg_restore} into a new database, and
 * the application started on the copy finds the same trial balance, claim queues, claims and unit statement, to the fen,
 * and goes on working (a new claim gets the next number). {@code pg_dump} and {@code pg_restore} are looked for on the
 * PATH, then under /usr/lib/postgresql/[version]/bin; without them the test fails saying so.
 */
class BackupRestoreIT {

    private static final String DATABASE = System.getProperty("huzhu.it.backup.db", "huzhu_test_backup");
    private static final String RESTORED = System.getProperty("huzhu.it.restore.db", "huzhu_test_restored");
    private static final int PORT = Integer.getInteger("huzhu.it.backup.port", 18497);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ApiClient api = new ApiClient(PORT);

    @Test
    void aDumpRestoredIntoANewDatabaseGivesTheSameBooksAndClaimsAndKeepsWorking() throws Exception {
        Path pgDump = tool("pg_dump");
        Path pgRestore = tool("pg_restore");
        FreshDatabases.recreate(DATABASE);
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "backup-" + System.currentTimeMillis());
        Path dump = folder.resolve("huzhu.dump");
        Map<String, String> before;
        try (RunnableJar application = RunnableJar.start(folder, PORT, ProductionUnion.environment(DATABASE))) {
            application.awaitReady(Duration.ofSeconds(180));
            try {
                aMonthOfWork();
                before = figures();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n--- server log ---\n" + application.logTail(), e);
            }
            // the backup is taken while the application runs: pg_dump reads one consistent snapshot
            run(folder, pgDump.toString(), "-h", host(), "-p", port(), "-U", user(), "-Fc", "--no-owner", "-f", dump.toString(), DATABASE);
        }
        FreshDatabases.recreate(RESTORED);
        run(folder, pgRestore.toString(), "-h", host(), "-p", port(), "-U", user(), "--no-owner", "--exit-on-error", "-d", RESTORED, dump.toString());

        try (RunnableJar application = RunnableJar.start(folder, PORT, ProductionUnion.environment(RESTORED))) {
            application.awaitReady(Duration.ofSeconds(180));
            try {
                ProductionUnion.passwords(api);
                Map<String, String> after = figures();
                System.out.printf("BACKUP/RESTORE: dump of %d bytes; %s restored into %s%n", Files.size(dump), DATABASE, RESTORED);
                for (String figure : before.keySet()) {
                    System.out.printf("BACKUP/RESTORE: %s before %s%nBACKUP/RESTORE: %s after  %s%n", figure, summary(before.get(figure)), figure,
                            summary(after.get(figure)));
                    assertEquals(before.get(figure), after.get(figure), figure + " after the restore");
                }
                // the copy goes on: the restored sequences give a new claim the next number
                String claims = api.call("GET", "/api/v1/claims?unit=" + ProductionUnion.UNIT + "&limit=500", ProductionUnion.OFFICER, null, 200);
                long highest = highestId(claims);
                // lists mask resident IDs: the member's whole ID comes from the claim's own record
                String member = api.call("GET", "/api/v1/claims/" + ApiClient.field(claims, "id"), ProductionUnion.OFFICER, null, 200);
                String filed = api.call("POST", "/api/v1/claims", ProductionUnion.OFFICER, "{\"residentId\":\"" + ApiClient.field(member, "residentId")
                        + "\",\"planCode\":\"" + ProductionUnion.PLAN + "\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + lastMonth().atDay(20)
                        + "\",\"endDate\":\"" + lastMonth().atDay(21) + "\",\"daysInHospital\":2,\"hospital\":\"上海市东方医院\",\"hospitalLevel\":\"TERTIARY\","
                        + "\"icd10\":\"J18.9\",\"totalCost\":\"3000.00\",\"basicInsurancePaid\":\"2000.00\",\"inScopeSelfPay\":\"1000.00\","
                        + "\"outOfScopeSelfPay\":\"0.00\",\"invoiceNumbers\":[\"AFTER-RESTORE-1\"]}", 201);
                assertTrue(Long.parseLong(ApiClient.field(filed, "id")) > highest, "a new claim after the restore: " + filed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(e.getMessage() + "\n--- server log ---\n" + application.logTail(), e);
            }
        }
    }

    /** A list confirmed and paid, three claims (approved and paid, approved, rejected), a payment batch with the bank's return, last month earned. */
    private void aMonthOfWork() throws Exception {
        ProductionUnion union = ProductionUnion.setUp(api, 6);
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            claims.add(union.fileStay(union.members().get(i), "BACKUP-" + i));
        }
        api.call("POST", "/api/v1/claims/" + claims.get(0) + "/approve", ProductionUnion.SUPERVISOR, "{\"note\":\"核对无误\"}", 200);
        api.call("POST", "/api/v1/claims/" + claims.get(2) + "/reject", ProductionUnion.SUPERVISOR, "{\"reason\":\"NOT_COVERED\",\"note\":\"不属保障范围\"}", 200);
        String batch = api.call("POST", "/api/v1/payment-batches", ProductionUnion.SUPERVISOR, "{\"planCode\":null}", 201);
        String reference = ApiClient.first(batch, "\"claimReference\":\"([A-Z0-9]+)\"");
        api.call("POST", "/api/v1/payment-batches/" + ApiClient.field(batch, "id") + "/bank-return", ProductionUnion.SUPERVISOR, "text/csv",
                "claim_reference,result,message\n" + reference + ",PAID,\n", 200);
        api.call("POST", "/api/v1/claims/" + claims.get(1) + "/approve", ProductionUnion.SUPERVISOR2, "{\"note\":\"核对无误\"}", 200);
        api.call("POST", "/api/v1/premium/earning-runs", ProductionUnion.SUPERVISOR, "{\"month\":\"" + lastMonth() + "\"}", 202);
        api.waitFor("/api/v1/premium/earning-runs/" + lastMonth(), ProductionUnion.SUPERVISOR, body -> body.contains("\"batchStatus\":\"COMPLETED\""));
    }

    /** What must be the same on the copy: the books, the claim queues and each claim, the unit's premium statement. */
    private Map<String, String> figures() throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("trial balance", api.call("GET", "/api/v1/ledger/trial-balance", ProductionUnion.SUPERVISOR, null, 200));
        figures.put("claim queues", api.call("GET", "/api/v1/claims/queues", ProductionUnion.SUPERVISOR, null, 200));
        figures.put("claims", api.call("GET", "/api/v1/claims?unit=" + ProductionUnion.UNIT + "&limit=500", ProductionUnion.OFFICER, null, 200));
        figures.put("earning run", api.call("GET", "/api/v1/premium/earning-runs/" + lastMonth(), ProductionUnion.SUPERVISOR, null, 200));
        figures.put("unit statement", api.call("GET", "/api/v1/premium/statements/" + ProductionUnion.UNIT, ProductionUnion.OFFICER, null, 200));
        assertTrue(figures.get("trial balance").contains("\"balanceSum\":0"), figures.get("trial balance"));
        return figures;
    }

    private static YearMonth lastMonth() {
        return YearMonth.now(SHANGHAI).minusMonths(1);
    }

    private static long highestId(String claims) {
        long highest = 0;
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\\{\"id\":(\\d+)").matcher(claims);
        while (ids.find()) {
            highest = Math.max(highest, Long.parseLong(ids.group(1)));
        }
        return highest;
    }

    private static String summary(String json) {
        String flat = json.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "… (" + flat.length() + " characters)" : flat;
    }

    /** The PostgreSQL client program, from the PATH or the newest /usr/lib/postgresql/[version]/bin; fails saying where it looked. */
    static Path tool(String name) throws Exception {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> folders = Files.list(versions)) {
                Optional<Path> found = folders.map(version -> version.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .max(Comparator.comparing(path -> versionOf(path.getParent().getParent().getFileName().toString())));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new AssertionError(name + " is missing: it is neither on the PATH nor under /usr/lib/postgresql/*/bin. Install the PostgreSQL "
                + "client programs of the server's major version or newer (Debian: apt-get install postgresql-client) to run this test.");
    }

    private static int versionOf(String folder) {
        return folder.matches("\\d+") ? Integer.parseInt(folder) : 0;
    }

    private static void run(Path folder, String... command) throws Exception {
        Files.createDirectories(folder);
        Path output = folder.resolve(Path.of(command[0]).getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        String password = FreshDatabases.setting("test.db.password", "");
        if (!password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process process = builder.start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), String.join(" ", command) + " did not end");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
    }

    private static String host() {
        return FreshDatabases.setting("test.db.host", "127.0.0.1");
    }

    private static String port() {
        return FreshDatabases.setting("test.db.port", "5432");
    }

    private static String user() {
        return FreshDatabases.setting("test.db.user", "postgres");
    }
}
