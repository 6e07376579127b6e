package org.huzhu.systemtests.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plan catalogue shows a version as soon as it is created, copied or replaced (no restart), and one version is
 * read with its rules by anyone at {@code GET /plans/{code}/versions/{version}}.
 */
@ExtendWith(ArquillianExtension.class)
class PlanCatalogueIT {

    private static final String PLAN = "SERIOUS_ILLNESS";

    @Deployment
    static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("huzhu.webapp.war", "../webapp/target/huzhu.war")))
                .addClasses(PlanCatalogueIT.class);
    }

    @Test
    @RunAsClient
    void aVersionCreatedCopiedOrReplacedIsInTheCatalogueAtOnceAndReadAlone(@ArquillianResource URL base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String before = send(client, base, null, "GET", "plans", null, 200);
        assertTrue(before.contains("\"versionCode\":\"2016\"") && !before.contains("PC2091"), before);

        String seeded = send(client, base, null, "GET", "plans/" + PLAN + "/versions/2016", null, 200);
        assertTrue(seeded.contains("\"periodStart\":\"2016-07-01\"") && seeded.contains("\"code\":\"MALIGNANT_TUMOUR\""), seeded);
        String rules = object(seeded, "\"rules\":");

        // created: with the 2016 rules over 2091
        String created = rules.replace("\"start\":\"2016-07-01\",\"end\":\"2017-06-30\"", "\"start\":\"2091-07-01\",\"end\":\"2092-06-30\"");
        assertTrue(created.contains("2091-07-01"), created);
        send(client, base, "admin", "POST", "plans/" + PLAN + "/versions", "{\"versionCode\":\"PC2091\",\"rules\":" + created + "}", 201);
        assertTrue(send(client, base, null, "GET", "plans", null, 200).contains("\"versionCode\":\"PC2091\""), "created, listed at once");
        assertTrue(send(client, base, null, "GET", "plans/" + PLAN, null, 200).contains("\"versionCode\":\"PC2091\""));

        // copied
        send(client, base, "admin", "POST", "plans/" + PLAN + "/versions/PC2091/copy",
                "{\"versionCode\":\"PC2092\",\"periodStart\":\"2092-07-01\",\"expectedLossRatio\":0.9}", 201);
        String copy = send(client, base, null, "GET", "plans/" + PLAN + "/versions/PC2092", null, 200);
        assertTrue(copy.contains("\"periodEnd\":\"2093-06-30\""), copy);
        // priced for a loss ratio of 0.9: in the rules and beside the premium
        assertTrue(copy.contains("\"expectedLossRatio\":\"0.9\"") && copy.contains("\"expectedLossRatio\":0.9"), copy);
        assertTrue(send(client, base, null, "GET", "plans", null, 200).contains("\"versionCode\":\"PC2092\""), "copied, listed at once");

        // replaced: a waiting period of two months shows at once in the list and in the version
        String replaced = created.replace("\"waitingPeriodMonths\":0", "\"waitingPeriodMonths\":2");
        assertTrue(replaced.contains("\"waitingPeriodMonths\":2"), replaced);
        send(client, base, "admin", "PUT", "plans/" + PLAN + "/versions/PC2091", "{\"rules\":" + replaced + "}", 200);
        String version = send(client, base, null, "GET", "plans/" + PLAN + "/versions/PC2091", null, 200);
        String listed = send(client, base, null, "GET", "plans/" + PLAN, null, 200);
        String listedVersion = listed.substring(listed.indexOf("\"versionCode\":\"PC2091\"") - 400);
        assertTrue(version.contains("\"waitingPeriodMonths\":2") && listedVersion.contains("\"waitingPeriodMonths\":2"), listed);

        // not found: plan or version
        send(client, base, null, "GET", "plans/NO_SUCH_PLAN/versions/2016", null, 404);
        String missing = send(client, base, null, "GET", "plans/" + PLAN + "/versions/1999", null, 404);
        assertTrue(missing.contains("has no version 1999"), missing);
    }

    /** The JSON object that follows {@code key} in {@code json}, braces counted. */
    private static String object(String json, String key) {
        int start = json.indexOf(key) + key.length();
        int depth = 0;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return json.substring(start, i + 1);
            }
        }
        throw new AssertionError("no object after " + key + " in " + json);
    }

    private static String send(HttpClient client, URL base, String user, String method, String path, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve("api/v1/" + path)).header("Accept-Language", "en")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            String password = System.getenv().getOrDefault("HUZHU_ADMIN_PASSWORD", "system-test-admin-password");
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return response.body();
    }
}
