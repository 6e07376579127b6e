package org.huzhu.systemtests.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.huzhu.systemtests.support.PageForm;
import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hardening of issue 13 over HTTP, on the runnable jar in evaluation mode (demo accounts, H2) with an upload limit
 * of one megabyte and secure cookies: request and workbook limits; a stateless API that a page session or a cross-site
 * form cannot drive; the session cookie's attributes; the headers of every answer; page sessions that end when the
 * password changes.
 */
class HardenedHttpIT {

    private static final int PORT = Integer.getInteger("huzhu.it.hardened.port", 19383);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static RunnableJar application;

    @BeforeAll
    static void start() throws Exception {
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "hardened-http-" + System.currentTimeMillis());
        application = RunnableJar.start(folder, PORT, Map.of("HUZHU_DATA_DIR", folder.resolve("data").toString(),
                "HUZHU_UPLOAD_MAX_BYTES", String.valueOf(1024 * 1024), "HUZHU_WEB_SECURE_COOKIES", "true"));
        application.awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() throws Exception {
        if (application != null) {
            application.close();
        }
    }

    private static HttpResponse<String> post(String path, String user, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en").header("Content-Type", contentType).POST(body);
        if (user != null) {
            request.header("Authorization", RunnableJar.basic(user, "huzhu-demo"));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.headers().map().toString());
        assertTrue(response.body().contains("\"code\":\"" + code + "\""), response.body());
    }

    @Test
    void aRequestBodyOverTheLimitIsAnswered413WithOrWithoutALength() throws Exception {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMegabytes, (byte) 'x');
        assertProblem(post("/api/v1/claims/settlement-feed", "officer", "text/csv", HttpRequest.BodyPublishers.ofByteArray(twoMegabytes)),
                413, "problem.tooLarge");
        HttpResponse<String> chunked = post("/api/v1/claims/settlement-feed", "officer", "text/csv",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMegabytes)));
        assertProblem(chunked, 413, "problem.tooLarge");
        assertTrue(chunked.body().contains("1048576"), chunked.body());
    }

    @Test
    void aTinyWorkbookWithACellAtColumnZzzzzzIsRefusedSayingWhy() throws Exception {
        byte[] tiny = workbook("<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>", 0);
        assertTrue(tiny.length < 2048);
        HttpResponse<String> refused = post("/api/v1/claims/settlement-feed", "officer", XLSX, HttpRequest.BodyPublishers.ofByteArray(tiny));
        assertProblem(refused, 400, "tabular.limit.column");
        assertTrue(refused.body().contains("ZZZZZZ1") && refused.body().contains("XFD"), refused.body());
    }

    @Test
    void aZipBombIsRefusedSayingWhy() throws Exception {
        byte[] bomb = workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", 256);
        assertTrue(bomb.length < 1024 * 1024, "under the upload limit: " + bomb.length);
        HttpResponse<String> refused = post("/api/v1/claims/settlement-feed", "officer", XLSX, HttpRequest.BodyPublishers.ofByteArray(bomb));
        assertProblem(refused, 400, "tabular.limit.ratio");
        assertTrue(refused.body().contains("zip bomb"), refused.body());
    }

    @Test
    void theApiIgnoresThePageSessionAndRefusesWhatACrossSiteFormCanSend() throws Exception {
        String session = logInThroughTheForm("officer", "huzhu-demo");
        assertEquals(200, request("GET", "/officer/dashboard.xhtml", Map.of("Cookie", session), null).statusCode(), "the page session works");
        HttpResponse<String> withCookieOnly = request("GET", "/api/v1/units", Map.of("Cookie", session), null);
        assertProblem(withCookieOnly, 401, "problem.unauthorized");
        // what a cross-site form can post to a body-less operation, with the page's cookie or even with credentials
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            HttpResponse<String> forged = request("POST", "/api/v1/ledger/months/2001-01/close", Map.of("Cookie", session, "Content-Type", type), "a=b");
            assertTrue(forged.statusCode() == 401 || forged.statusCode() == 415, type + ": " + forged.body());
            assertProblem(request("POST", "/api/v1/ledger/months/2001-01/close", Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo"),
                    "Content-Type", type), "a=b"), 415, "problem.unsupportedMediaType");
            assertProblem(request("POST", "/api/v1/premium/earning-runs/2001-01/stop", Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo"),
                    "Content-Type", type), "a=b"), 415, "problem.unsupportedMediaType");
            assertProblem(request("POST", "/api/v1/premium/earning-runs", Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo"),
                    "Content-Type", type), "{\"month\":\"2001-01\"}"), 415, "problem.unsupportedMediaType");
        }
        HttpResponse<String> json = request("POST", "/api/v1/premium/earning-runs/2001-01/stop", Map.of("Authorization",
                RunnableJar.basic("officer", "huzhu-demo"), "Content-Type", "application/json"), "{}");
        assertEquals(404, json.statusCode(), "JSON (or no body) still reaches the operation: " + json.body());
        assertEquals(404, request("POST", "/api/v1/premium/earning-runs/2001-01/stop", Map.of("Authorization", RunnableJar.basic("officer",
                "huzhu-demo")), null).statusCode(), "no body at all");
        assertTrue(request("GET", "/api/v1/units", Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo")), null).headers()
                .allValues("Set-Cookie").isEmpty(), "an API call opens no session");
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndSecureWhenConfigured() throws Exception {
        String cookie = request("GET", "/login.xhtml", Map.of(), null).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        String lower = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(lower.contains("httponly") && lower.contains("samesite=lax") && lower.contains("secure"), cookie);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPersonalDataIsNotStored() throws Exception {
        String session = logInThroughTheForm("officer", "huzhu-demo");
        HttpResponse<String> page = request("GET", "/officer/dashboard.xhtml", Map.of("Cookie", session), null);
        HttpResponse<String> api = request("GET", "/api/v1/units", Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo")), null);
        HttpResponse<String> problem = request("GET", "/api/v1/members/12345", Map.of("Authorization", RunnableJar.basic("officer", "huzhu-demo")), null);
        HttpResponse<String> login = request("GET", "/login.xhtml", Map.of(), null);
        for (HttpResponse<String> answer : java.util.List.of(page, api, problem, login)) {
            String where = answer.uri() + " " + answer.statusCode();
            assertEquals("nosniff", header(answer, "X-Content-Type-Options"), where);
            assertEquals("same-origin", header(answer, "Referrer-Policy"), where);
            assertEquals("DENY", header(answer, "X-Frame-Options"), where);
            assertTrue(header(answer, "Content-Security-Policy").contains("frame-ancestors 'none'"), where);
            assertEquals("no-store", header(answer, "Cache-Control"), where);
        }
        String pagePolicy = header(page, "Content-Security-Policy");
        assertTrue(pagePolicy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*"), "a fresh nonce for the page's scripts: " + pagePolicy);
        assertTrue(!pagePolicy.replaceAll("style-src[^;]*;", "").contains("unsafe-inline"), "scripts only with the page's nonce: " + pagePolicy);
        assertTrue(header(api, "Content-Security-Policy").startsWith("default-src 'none'"), header(api, "Content-Security-Policy"));
        String css = request("GET", "/jakarta.faces.resource/huzhu.css.xhtml?ln=huzhu", Map.of(), null).headers().firstValue("Cache-Control").orElse("");
        assertTrue(!css.contains("no-store"), "the pages' resources may be cached: " + css);
    }

    @Test
    void aPasswordChangedElsewhereEndsThePageSession() throws Exception {
        String session = logInThroughTheForm("supervisor2", "huzhu-demo");
        assertEquals(200, request("GET", "/officer/dashboard.xhtml", Map.of("Cookie", session), null).statusCode());
        HttpResponse<String> changed = request("PUT", "/api/v1/accounts/me/password", Map.of("Authorization", RunnableJar.basic("supervisor2", "huzhu-demo"),
                "Content-Type", "application/json"), "{\"currentPassword\":\"huzhu-demo\",\"newPassword\":\"another-long-secret-77\"}");
        assertEquals(204, changed.statusCode(), changed.body());
        HttpResponse<String> after = request("GET", "/officer/dashboard.xhtml", Map.of("Cookie", session), null);
        assertEquals(302, after.statusCode(), "the old session is over");
        assertTrue(header(after, "Location").endsWith("/login.xhtml"), header(after, "Location"));
        assertEquals(401, request("GET", "/api/v1/units", Map.of("Authorization", RunnableJar.basic("supervisor2", "huzhu-demo")), null).statusCode(),
                "nor does the remembered old password work");
        assertEquals(400, request("PUT", "/api/v1/accounts/me/password", Map.of("Authorization", RunnableJar.basic("supervisor2",
                "another-long-secret-77"), "Content-Type", "application/json"), "{\"currentPassword\":\"another-long-secret-77\",\"newPassword\":"
                + "\"password12345\"}").statusCode(), "a common password is refused");
    }

    @Test
    void disablingAnAccountEndsItsPageSessionEvenWhenItIsEnabledAgainBeforeTheNextRequest() throws Exception {
        String session = logInThroughTheForm("actuary", "huzhu-demo");
        assertEquals(200, request("GET", "/actuary/reports.xhtml", Map.of("Cookie", session), null).statusCode());
        Map<String, String> admin = Map.of("Authorization", RunnableJar.basic("admin", "huzhu-demo"));
        assertEquals(200, request("POST", "/api/v1/accounts/actuary/disable", admin, null).statusCode());
        assertEquals(200, request("POST", "/api/v1/accounts/actuary/enable", admin, null).statusCode());
        HttpResponse<String> after = request("GET", "/actuary/reports.xhtml", Map.of("Cookie", session), null);
        assertEquals(302, after.statusCode(), "the session open when the account was disabled is over");
        assertTrue(header(after, "Location").endsWith("/login.xhtml"), header(after, "Location"));
    }

    @Test
    void aFormWhoseSessionHasEndedIsNotTakenAndItsPageAsksToEnterItAgain() throws Exception {
        HttpResponse<String> page = request("GET", "/login.xhtml", Map.of(), null);
        // the page stayed open past its session (or the server restarted): the form comes without a session it belongs to
        HttpResponse<String> posted = request("POST", "/login.xhtml", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                PageForm.urlEncoded(PageForm.login(page.body(), "officer", "huzhu-demo")));
        assertEquals(302, posted.statusCode(), "no error page: " + posted.body());
        assertTrue(header(posted, "Location").endsWith("/login.xhtml"), "back to the same page: " + header(posted, "Location"));
        // the browser keeps the new session's cookie and the one that carries Faces' flash messages over the redirect
        String session = String.join("; ", posted.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';'))).toList());
        HttpResponse<String> again = request("GET", "/login.xhtml", Map.of("Cookie", session), null);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("页面已过期"), "the page says why: " + again.body());
        assertEquals(302, request("GET", "/officer/dashboard.xhtml", Map.of("Cookie", session), null).statusCode(), "and nobody is logged in");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static HttpResponse<String> request(String method, String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Logs in through the login page as a browser does; returns the {@code Cookie} header of the page session. */
    private static String logInThroughTheForm(String user, String password) throws Exception {
        HttpResponse<String> page = request("GET", "/login.xhtml", Map.of(), null);
        String cookie = sessionCookie(page, null);
        HttpResponse<String> posted = request("POST", "/login.xhtml", Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
                PageForm.urlEncoded(PageForm.login(page.body(), user, password)));
        assertEquals(302, posted.statusCode(), posted.body());
        assertTrue(header(posted, "Location").endsWith("/index.xhtml"), "logged in: " + header(posted, "Location"));
        return sessionCookie(posted, cookie);
    }

    private static String sessionCookie(HttpResponse<?> response, String fallback) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElse(fallback);
    }

    /** A workbook whose sheet holds {@code rows} followed by {@code blankMegabytes} MB of blanks. */
    static byte[] workbook(String rows, int blankMegabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet><sheetData>" + rows).getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < blankMegabytes; i++) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
