package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.Test;

/**
 * Claims and cover through the API in evaluation mode (the runnable jar on its embedded H2 database, demo data of the plan
 * years around today): the unit's agent files claims for the unit's members; a diagnosis outside its class is REFUSED with
 * a line naming code and range; a main serious-illness sum, approved by two reviewers, leaves the member's cover USED_UP
 * with nothing left and the next claim refused; a stay overlapping another goes to review; one Idempotency-Key files once;
 * the explanation reads as written in Chinese.
 */
class ClaimsOnEvaluationModeIT {

    private static final int PORT = Integer.getInteger("huzhu.it.claimsEval.port", 19282);
    private static final String PASSWORD = "huzhu-demo";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void claimsAndCoverOnTheEmbeddedDatabase() throws Exception {
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "claims-evaluation-" + System.currentTimeMillis());
        try (RunnableJar application = RunnableJar.start(folder, PORT, Map.of())) {
            application.awaitReady(Duration.ofSeconds(300));
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            LocalDate diagnosis = today.minusDays(3);
            List<String> members = freshMembersWithCover();
            String sick = members.get(0);
            String patient = members.get(1);

            // a diagnosis outside its class, filed by the unit's agent
            HttpResponse<String> inSitu = send("agent", "POST", "/api/v1/claims", serious(sick, "MALIGNANT_TUMOUR", "D05.1", diagnosis), "en");
            assertEquals(201, inSitu.statusCode(), inSitu.body());
            assertEquals("REFUSED", field(inSitu.body(), "status"), inSitu.body());
            assertEquals("DIAGNOSIS_OUTSIDE_CLASS", field(inSitu.body(), "rejectReason"));
            assertTrue(inSitu.body().contains("the diagnosis code D05.1 lies outside the ICD-10 range C00-C97 of Malignant tumour"), inSitu.body());

            // a main sum, by two reviewers: the look-up says what the engine does
            HttpResponse<String> main = send("agent", "POST", "/api/v1/claims", serious(sick, "MALIGNANT_TUMOUR", "C18.0", diagnosis), "zh-CN");
            assertEquals(201, main.statusCode(), main.body());
            assertTrue(main.body().contains("\"text\":\"特种重病：病种 恶性肿瘤，保额 10,000.00 元 × 100% = 10,000.00 元。\""), main.body());
            String id = field(main.body(), "id");
            assertEquals("SECOND_REVIEW", field(send("officer", "POST", "/api/v1/claims/" + id + "/approve", "{}", "en").body(), "status"));
            assertEquals("APPROVED", field(send("supervisor", "POST", "/api/v1/claims/" + id + "/approve", "{}", "en").body(), "status"));
            String cover = send("officer", "GET", "/api/v1/coverage?residentId=" + sick, "", "en").body();
            Matcher serious = Pattern.compile("\\{[^{}]*\"planCode\":\"SERIOUS_ILLNESS\".*?\"status\":\"([A-Z_]+)\"").matcher(cover);
            assertTrue(serious.find(), cover);
            assertEquals("USED_UP", serious.group(1), cover);
            assertTrue(cover.contains("{\"code\":\"SERIOUS_ILLNESS\",\"limit\":10000.00,\"remaining\":0.00,\"used\":10000.00}"), cover);
            HttpResponse<String> again = send("agent", "POST", "/api/v1/claims", serious(sick, "STROKE_SEQUELAE", "I69.4", diagnosis), "en");
            assertEquals("REFUSED", field(again.body(), "status"), again.body());
            assertEquals("ALREADY_PAID_IN_CYCLE", field(again.body(), "rejectReason"));

            // an overlapping stay, sent twice with one key
            assertEquals(201, send("agent", "POST", "/api/v1/claims", stay(patient, today.minusDays(20), today.minusDays(12), "EVAL-1"), "en")
                    .statusCode());
            String overlapping = stay(patient, today.minusDays(13), today.minusDays(10), "EVAL-2");
            HttpResponse<String> first = send("agent", "POST", "/api/v1/claims", overlapping, "en", "Idempotency-Key", "eval-2");
            assertEquals(201, first.statusCode(), first.body());
            assertTrue(first.body().contains("\"code\":\"OVERLAPPING_STAY\""), first.body());
            HttpResponse<String> second = send("agent", "POST", "/api/v1/claims", overlapping, "en", "Idempotency-Key", "eval-2");
            assertEquals(200, second.statusCode(), second.body());
            assertEquals(field(first.body(), "id"), field(second.body(), "id"));
        }
    }

    /** Two members of the demo unit PD-0001 with serious-illness and working inpatient cover in force and no claims yet. */
    private static List<String> freshMembersWithCover() throws Exception {
        String unit = send("officer", "GET", "/api/v1/units/PD-0001/members?limit=200", "", "en").body();
        // the list masks resident IDs: each member's whole ID comes from their record, by member number
        Matcher number = Pattern.compile("\"id\":(\\d+),").matcher(unit);
        List<String> found = new ArrayList<>();
        while (number.find() && found.size() < 2) {
            String record = send("officer", "GET", "/api/v1/members/number/" + number.group(1), "", "en").body();
            Matcher resident = Pattern.compile("\"residentId\":\"([0-9X]{18})\"").matcher(record);
            if (!resident.find()) {
                continue;
            }
            String id = resident.group(1);
            String cover = send("officer", "GET", "/api/v1/coverage?residentId=" + id, "", "en").body();
            boolean both = cover.contains("\"planCode\":\"SERIOUS_ILLNESS\"") && cover.contains("\"planCode\":\"WORKING_INPATIENT\"")
                    && !cover.contains("PREMIUM_PENDING") && !cover.contains("USED_UP");
            if (both && "[]".equals(send("officer", "GET", "/api/v1/claims?member=" + id, "", "en").body().strip())) {
                found.add(id);
            }
        }
        assertEquals(2, found.size(), "demo members with cover and no claims: " + unit);
        return found;
    }

    private static String serious(String residentId, String diseaseClass, String icd10, LocalDate diagnosis) {
        return "{\"residentId\":\"" + residentId + "\",\"planCode\":\"SERIOUS_ILLNESS\",\"type\":\"SERIOUS_ILLNESS\",\"serviceDate\":\"" + diagnosis
                + "\",\"icd10\":\"" + icd10 + "\",\"diseaseClass\":\"" + diseaseClass + "\"}";
    }

    private static String stay(String residentId, LocalDate admission, LocalDate discharge, String invoice) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(admission, discharge) + 1;
        return "{\"residentId\":\"" + residentId + "\",\"planCode\":\"WORKING_INPATIENT\",\"type\":\"INPATIENT\",\"serviceDate\":\"" + admission
                + "\",\"endDate\":\"" + discharge + "\",\"daysInHospital\":" + days + ",\"hospital\":\"仁济医院\",\"icd10\":\"K35.8\","
                + "\"totalCost\":\"3000.00\",\"basicInsurancePaid\":\"1000.00\",\"inScopeSelfPay\":\"2000.00\",\"outOfScopeSelfPay\":\"0.00\","
                + "\"invoiceNumbers\":[\"" + invoice + "\"]}";
    }

    private static HttpResponse<String> send(String user, String method, String path, String json, String language, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .header("Authorization", RunnableJar.basic(user, PASSWORD))
                .method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}\\]]*)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
