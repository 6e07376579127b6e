package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.huzhu.systemtests.support.FreshDatabases;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same runnable jar pointed at an empty PostgreSQL database: it migrates it and serves, or refuses to start. */
class ProductionModeIT {

    private static final String DATABASE = System.getProperty("huzhu.it.prod.db", "huzhu_test_prod");
    private static final int PORT = Integer.getInteger("huzhu.it.prod.port", 18380);

    @BeforeAll
    static void emptyDatabase() throws Exception {
        FreshDatabases.recreate(DATABASE);
    }

    private static Map<String, String> productionEnvironment() {
        return RunnableJar.productionEnvironment(DATABASE);
    }

    private static Path folder(String name) {
        return Path.of(System.getProperty("huzhu.workDir", "target/work"), name + "-" + System.currentTimeMillis());
    }

    @Test
    void refusesToStartWithoutTheFirstAdministratorsPassword() throws Exception {
        try (RunnableJar application = RunnableJar.start(folder("no-admin"), PORT, productionEnvironment())) {
            int exitCode = application.awaitExit(Duration.ofSeconds(90));
            assertNotEquals(0, exitCode);
            assertTrue(application.log().contains("HUZHU_ADMIN_PASSWORD"), "the log names the missing setting");
        }
    }

    @Test
    void migratesAnEmptyPostgresDatabaseAndServes() throws Exception {
        Map<String, String> env = productionEnvironment();
        env.put("HUZHU_ADMIN_USER", "root-admin");
        env.put("HUZHU_ADMIN_PASSWORD", "a-long-production-secret");
        try (RunnableJar application = RunnableJar.start(folder("production"), PORT, env)) {
            double seconds = application.awaitReady(Duration.ofSeconds(90));
            System.out.printf("production mode ready after %.1f s%n", seconds);
            assertTrue(application.get("/health/ready", Map.of()).body().contains("\"mode\":\"PRODUCTION\""));
            assertTrue(application.get("/api/v1/plans", Map.of()).body().contains("\"code\":\"RETIREE_INPATIENT\""));

            HttpResponse<String> asAdmin = application.get("/api/v1/units", Map.of("Authorization", RunnableJar.basic("root-admin", "a-long-production-secret")));
            assertEquals(200, asAdmin.statusCode(), asAdmin.body());
            assertEquals("[]", asAdmin.body().strip(), "no demo data in production");

            HttpResponse<String> demoAccount = application.get("/api/v1/units", Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo")));
            assertEquals(401, demoAccount.statusCode(), "no demo accounts in production");
        }
        try (Connection connection = FreshDatabases.connect(DATABASE); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from insurance.plan_version")) {
            rows.next();
            assertEquals(4, rows.getInt(1), "the seeded plan versions are in PostgreSQL");
        }
    }
}
