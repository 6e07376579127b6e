package org.huzhu.systemtests.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.inject.Inject;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.huzhu.insurance.api.PlanCatalogue;
import org.huzhu.insurance.api.PlanSummary;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.platform.api.Accounts;
import org.huzhu.platform.api.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application WAR in Payara Micro against a PostgreSQL database created empty for this run: one
 * server-level pool serves Flyway, JPA, plain JDBC and the Jakarta Batch job repository.
 */
@ExtendWith(ArquillianExtension.class)
class ProductionDatabaseIT {

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClass(ProductionDatabaseIT.class);
    }

    @Inject
    PlanCatalogue catalogue;

    @Inject
    MemberDirectory directory;

    @Inject
    Accounts accounts;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Test
    void everyModuleMigratedItsOwnSchemaOnPostgres() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
            for (String schema : List.of("platform", "members", "insurance")) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + schema + ".flyway_schema_history where success")) {
                    rows.next();
                    assertTrue(rows.getInt(1) >= 1, "schema " + schema + " has its own migration history");
                }
            }
        }
    }

    @Test
    void theShanghaiPlansAreSeededThroughJpa() {
        List<PlanSummary> plans = catalogue.plans(Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("RETIREE_INPATIENT", "SERIOUS_ILLNESS", "WORKING_INPATIENT"), plans.stream().map(PlanSummary::code).toList());
        PlanSummary seriousIllness = catalogue.plan("SERIOUS_ILLNESS", Locale.ENGLISH).orElseThrow();
        // the seeded years come first; other test classes of the run add plan years of their own to the shared database
        assertEquals(List.of("2000", "2016"), seriousIllness.versions().stream().map(v -> v.versionCode()).toList().subList(0, 2));
        assertEquals("Serious-illness mutual-aid plan for working members", seriousIllness.name());
    }

    @Test
    void productionModeLoadsNoDemoDataButCreatesTheFirstAdministrator() {
        assertTrue(directory.units().stream().noneMatch(unit -> List.of("SH", "PD", "PD-0001", "PD-C001").contains(unit.code())),
                "no demo units in production (other tests of this run create their own, named IT-...)");
        assertTrue(accounts.exists("admin"));
        assertTrue(accounts.anyWithRole(Roles.ADMIN));
        assertFalse(accounts.exists("officer"), "no demo accounts in production");
    }

    @Test
    void theBatchJobRepositoryLivesInTheSameDatabase() throws Exception {
        BatchRuntime.getJobOperator().getJobNames();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from information_schema.tables "
                     + "where lower(table_name) in ('jbatchjobinstancedata', 'jbatchexecutioninstancedata', 'jbatchstepexecutioninstancedata')")) {
            rows.next();
            assertEquals(3, rows.getInt(1), "Jakarta Batch created its tables through jdbc/huzhu");
        }
    }

    @Test
    @RunAsClient
    void malformedRequestsAreProblemDetailsInChineseByDefaultAndEnglishOnRequest(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = base.toURI().resolve("api/v1/members/310115198203150413");
        HttpRequest chinese = HttpRequest.newBuilder(uri).header("Authorization", basic("admin", "system-test-admin-password")).build();
        HttpResponse<String> zh = client.send(chinese, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, zh.statusCode());
        assertEquals("application/problem+json", zh.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(zh.body().contains("\"title\":\"身份证号无效\""), zh.body());
        assertFalse(zh.body().contains("Exception"), "no internals leak: " + zh.body());

        HttpRequest english = HttpRequest.newBuilder(uri).header("Authorization", basic("admin", "system-test-admin-password"))
                .header("Accept-Language", "en").build();
        HttpResponse<String> en = client.send(english, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, en.statusCode());
        assertTrue(en.body().contains("\"title\":\"Invalid resident ID number\""), en.body());

        HttpResponse<String> wrongPassword = client.send(HttpRequest.newBuilder(base.toURI().resolve("api/v1/units"))
                .header("Authorization", basic("admin", "not-the-password")).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrongPassword.statusCode());
        assertTrue(wrongPassword.body().contains("\"title\":\"Login failed\""), wrongPassword.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
