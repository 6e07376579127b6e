package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.Test;

/**
 * The runnable uber-jar with no database configured: evaluation mode on the embedded H2 file database,
 * demo data readable through the API, and the data still there after a restart.
 */
class EvaluationModeIT {

    private static final int PORT = Integer.getInteger("huzhu.it.evaluation.port", 18280);
    private static final Map<String, String> OFFICER = Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo"));

    @Test
    void startsOnTheEmbeddedDatabaseWithDemoDataThatSurvivesARestart() throws Exception {
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "evaluation-" + System.currentTimeMillis());
        long membersBefore;
        try (RunnableJar application = RunnableJar.start(folder, PORT, Map.of())) {
            double seconds = application.awaitReady(Duration.ofMinutes(5));
            System.out.printf("evaluation mode ready after %.1f s%n", seconds);
            assertTrue(application.log().contains("EVALUATION MODE"), "the log says clearly that this is evaluation mode");

            HttpResponse<String> ready = application.get("/health/ready", Map.of());
            assertTrue(ready.body().contains("\"mode\":\"EVALUATION\""), ready.body());

            HttpResponse<String> plans = application.get("/api/v1/plans", Map.of());
            assertEquals(200, plans.statusCode());
            for (String plan : new String[] {"SERIOUS_ILLNESS", "WORKING_INPATIENT", "RETIREE_INPATIENT"}) {
                assertTrue(plans.body().contains("\"code\":\"" + plan + "\""), plans.body());
            }
            assertTrue(plans.body().contains("在职职工住院补充医疗互助保障计划"), "plan names in Chinese by default");
            assertTrue(application.get("/api/v1/plans", Map.of("Accept-Language", "en")).body()
                    .contains("Supplementary inpatient mutual-aid plan for working members"));

            HttpResponse<String> units = application.get("/api/v1/units", OFFICER);
            assertEquals(200, units.statusCode(), units.body());
            assertTrue(units.body().contains("\"code\":\"PD\""), "a district union");
            membersBefore = totalMembers(units.body());
            assertTrue(membersBefore >= 200 && membersBefore <= 500, "a few hundred demo members, got " + membersBefore);

            HttpResponse<String> members = application.get("/api/v1/units/PD-0001/members?limit=5", OFFICER);
            assertEquals(200, members.statusCode());
            assertTrue(members.body().contains("\"residentId\":\"3101********"), "a list masks resident IDs: " + members.body());

            HttpResponse<String> malformed = application.get("/api/v1/units/PD-0001/members?limit=abc", OFFICER);
            assertTrue(malformed.statusCode() == 400 || malformed.statusCode() == 404, malformed.body());
            assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

            HttpResponse<String> badId = application.get("/api/v1/members/12345", OFFICER);
            assertEquals(400, badId.statusCode());
            assertTrue(badId.body().contains("身份证号“12345”应为 18 位"), badId.body());

            HttpResponse<String> openApi;
            try {
                openApi = application.get("/openapi", Map.of());
            } catch (java.net.http.HttpTimeoutException slowFirstDocument) {
                // built on its first request, which on a loaded machine takes longer than the client waits; then kept
                openApi = application.get("/openapi", Map.of());
            }
            assertEquals(200, openApi.statusCode());
            assertTrue(openApi.body().contains("/api/v1/members/{residentId}") && openApi.body().contains("example"), "OpenAPI documents the module endpoints");
            assertEquals(200, application.get("/health/live", Map.of()).statusCode());
            assertEquals(200, application.get("/metrics", Map.of()).statusCode());
        }
        try (RunnableJar restarted = RunnableJar.start(folder, PORT, Map.of())) {
            restarted.awaitReady(Duration.ofMinutes(5));
            HttpResponse<String> units = restarted.get("/api/v1/units", OFFICER);
            assertEquals(membersBefore, totalMembers(units.body()), "the same demo data, loaded once, after a restart");
        }
        theStoppedEvaluationDatabaseRefusesToChangeTheAuditTrailOrTheJournal(folder);
    }

    /** The H2 triggers the migrations created (class AppendOnlyRows), tried on the database the application left behind. */
    private static void theStoppedEvaluationDatabaseRefusesToChangeTheAuditTrailOrTheJournal(Path folder) throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("data").resolve("huzhu").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH";
        try (Connection db = DriverManager.getConnection(url, "huzhu", ""); Statement statement = db.createStatement()) {
            try (ResultSet logins = statement.executeQuery("select count(*) from platform.audit_event where action = 'LOGIN' and actor = 'officer'")) {
                logins.next();
                assertTrue(logins.getLong(1) > 0, "the officer's logins are in the trail");
            }
            db.setAutoCommit(false);
            for (String change : new String[] {"update platform.audit_event set actor = 'nobody'", "delete from platform.audit_event",
                    "update insurance.journal_entry set reference = 'changed' where reference = 'EVALUATION-IT'",
                    "delete from insurance.journal_entry where reference = 'EVALUATION-IT'"}) {
                statement.executeUpdate("insert into insurance.journal_entry (entry_date, kind, reference, posted_by, posted_at) "
                        + "values (date '2026-01-31', 'PAYMENT_RECEIVED', 'EVALUATION-IT', 'test', current_timestamp)");
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
                db.rollback();
            }
        }
    }

    private static long totalMembers(String unitsJson) {
        Matcher counts = Pattern.compile("\"memberCount\":(\\d+)").matcher(unitsJson);
        long total = 0;
        while (counts.find()) {
            total += Long.parseLong(counts.group(1));
        }
        return total;
    }
}
