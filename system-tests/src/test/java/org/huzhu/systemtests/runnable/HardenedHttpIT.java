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

import org.huzhu.systemtests.support.RunnableJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hardening of issue 13 over HTTP, on the runnable jar in evaluation mode (demo accounts, H2) with an upload limit
 * of one megabyte: request and workbook limits.
 */
class HardenedHttpIT {

    private static final int PORT = 19383;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static RunnableJar application;

    @BeforeAll
    static void start() throws Exception {
        Path folder = Path.of(System.getProperty("huzhu.workDir", "target/work"), "hardened-http-" + System.currentTimeMillis());
        application = RunnableJar.start(folder, PORT, Map.of("HUZHU_DATA_DIR", folder.resolve("data").toString(),
                "HUZHU_UPLOAD_MAX_BYTES", String.valueOf(1024 * 1024)));
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
