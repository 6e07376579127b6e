package org.huzhu.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.h2.jdbcx.JdbcDataSource;
import org.huzhu.claims.api.BankFile;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.tabular.Table;
import org.huzhu.platform.api.tabular.TabularFiles;
import org.junit.jupiter.api.Test;

/** The bank transfer file as the claims migration's tables hold it, on H2 in PostgreSQL mode, opened as a spreadsheet program would. */
class BankFileTest {

    /** Batch 7 with two pending lines: claim 41 to {@code firstPayee} (SQL literal) on a card, claim 42 to {@code secondPayee} on '@SUM(1+1)'. */
    private static JdbcDataSource batch(String name, String firstPayee, String secondPayee) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:bankfile-" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute("create schema claims");
            String sql = Files.readString(Path.of("src/main/resources/db/migration/claims/V1__claims.sql"), StandardCharsets.UTF_8);
            for (String part : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!part.isBlank()) {
                    statement.execute(part);
                }
            }
            statement.execute("insert into claims.claim (id, member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, "
                    + "enrolment_version_id, plan_version_id, claim_type, service_date, end_date, received_on, year_start, year_end, source, "
                    + "status, approved_amount, created_by, created_at, updated_at) values (41, 1, '110101199003070014', 'x', 'U', 'P', 1, 1, 1, "
                    + "'INPATIENT', date '2026-02-01', date '2026-02-03', date '2026-02-04', date '2026-01-01', date '2026-12-31', 'FORM', "
                    + "'APPROVED', 2000, 't', current_timestamp, current_timestamp)");
            statement.execute("insert into claims.claim (id, member_id, resident_id, member_name, unit_code, plan_code, enrolment_id, "
                    + "enrolment_version_id, plan_version_id, claim_type, service_date, end_date, received_on, year_start, year_end, source, "
                    + "status, approved_amount, created_by, created_at, updated_at) values (42, 2, '110101199003070022', 'y', 'U', 'P', 2, 2, 1, "
                    + "'INPATIENT', date '2026-02-01', date '2026-02-03', date '2026-02-04', date '2026-01-01', date '2026-12-31', 'FORM', "
                    + "'APPROVED', 30.5, 't', current_timestamp, current_timestamp)");
            statement.execute("insert into claims.payment_batch (id, status, line_count, total, created_by, created_at) "
                    + "values (7, 'OPEN', 2, 2030.50, 't', current_timestamp)");
            statement.execute("insert into claims.payment_line (batch_id, claim_id, live_claim_id, payee_name, account, union_account, amount, status) "
                    + "values (7, 41, 41, " + firstPayee + ", '6222020000000001', false, 2000, 'PENDING'), "
                    + "(7, 42, 42, " + secondPayee + ", '@SUM(1+1)', false, 30.5, 'PENDING')");
        }
        return dataSource;
    }

    private static BankFiles bankFiles(JdbcDataSource dataSource) {
        PaymentBatches batches = new PaymentBatches();
        batches.dataSource = dataSource;
        BankFiles files = new BankFiles();
        files.dataSource = dataSource;
        files.batches = batches;
        return files;
    }

    @Test
    void theCsvBankFileIsGbkWithChineseHeadersAndNoFormula() throws Exception {
        JdbcDataSource dataSource = batch("gbk", "'=cmd|'' /C calc''!A0'", "'王建国, 二'");
        BankFile file = bankFiles(dataSource).file(7, "csv");
        assertEquals("text/csv; charset=GBK", file.mediaType());
        assertEquals("payment-batch-7.csv", file.fileName());
        // as Excel on Chinese Windows opens it: the bytes are GBK (not UTF-8, which would read differently)
        List<String> lines = new String(file.content(), BankFiles.GBK).lines().toList();
        assertEquals("收款人户名,收款人账号,金额,用途", lines.get(0));
        assertTrue(lines.get(1).startsWith("'=cmd|' /C calc'!A0,6222020000000001,2000.00,CL00000041"), lines.get(1));
        assertEquals("\"王建国, 二\",'@SUM(1+1),30.50,CL00000042", lines.get(2));
        assertEquals(3, lines.size());
        assertNotEquals(lines.get(0), new String(file.content(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        // and the platform's reader of uploaded lists, which detects GBK, reads the same cells
        Table table = TabularFiles.read(new ByteArrayInputStream(file.content()));
        assertEquals(BankFiles.HEADER, table.header());
        assertEquals(List.of("王建国, 二", "'@SUM(1+1)", "30.50", "CL00000042"), table.rows().get(1).cells());
    }

    @Test
    void theXlsxBankFileKeepsCardsAsTextAmountsAsNumbersAndNoFormula() throws Exception {
        JdbcDataSource dataSource = batch("xlsx", "'=cmd|'' /C calc''!A0'", "'王建国'");
        BankFile file = bankFiles(dataSource).file(7, "XLSX");
        assertEquals("payment-batch-7.xlsx", file.fileName());
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.content()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        // the parts a spreadsheet program looks for, each well-formed XML
        for (String part : List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/worksheets/sheet1.xml")) {
            assertTrue(parts.containsKey(part), part + " in " + parts.keySet());
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(part).getBytes(StandardCharsets.UTF_8)));
        }
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<v>2000.00</v>"), "amounts are numbers: " + sheet);
        assertTrue(sheet.contains("<t xml:space=\"preserve\">6222020000000001</t>"), "cards are text, every digit kept: " + sheet);
        assertFalse(sheet.contains("<f>"), "no formula cell: " + sheet);
        Table table = TabularFiles.read(new ByteArrayInputStream(file.content()));
        assertEquals(BankFiles.HEADER, table.header());
        assertEquals(List.of("'=cmd|' /C calc'!A0", "6222020000000001", "2000", "CL00000041"), table.rows().get(0).cells().subList(0, 4)
                .stream().map(c -> c.endsWith(".00") ? c.substring(0, c.length() - 3) : c).toList());
        assertEquals("'@SUM(1+1)", table.rows().get(1).cell(1));
    }

    @Test
    void aNameGbkCannotWriteIsRefusedInTheCsvRatherThanSentAsQuestionMarks() throws Exception {
        JdbcDataSource dataSource = batch("rare", "'𠮷田'", "'李秀英'");
        DomainException refused = assertThrows(DomainException.class, () -> bankFiles(dataSource).file(7, "csv"));
        assertEquals("bankFile.notGbk", refused.code());
        assertEquals(422, refused.kind().status());
        assertTrue(TabularFiles.read(new ByteArrayInputStream(bankFiles(dataSource).file(7, "xlsx").content())).rows().get(0).cell(0).equals("𠮷田"));
    }

    @Test
    void anUnknownFormatIsA400() throws Exception {
        DomainException refused = assertThrows(DomainException.class, () -> BankFiles.format("pdf"));
        assertEquals(400, refused.kind().status());
        assertEquals(BankFile.Format.CSV, BankFiles.format(null));
    }
}
