package org.huzhu.platform.api.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    private static final byte[] WORKBOOK = XlsxWriter.write(new XlsxWriter.Sheet("会员", List.of("身份证号", "姓名", "应付金额（元）", "天数"), List.of(
            List.of("310115198203150416", "王建国", new BigDecimal("12345.60"), 5),
            Arrays.asList("110101199003070011", "=cmd|' /C calc'!A0", null, 0))));

    @Test
    void an_export_reads_back_as_the_table_it_was_written_from() throws IOException {
        Table table = TabularFiles.read(new ByteArrayInputStream(WORKBOOK));
        assertEquals(List.of("身份证号", "姓名", "应付金额（元）", "天数"), table.header());
        assertEquals("310115198203150416", table.rows().get(0).cell(0));
        assertEquals("王建国", table.rows().get(0).cell(1));
        assertEquals(new BigDecimal("12345.6"), new BigDecimal(table.rows().get(0).cell(2)).stripTrailingZeros());
        assertEquals(2, table.rows().size());
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() throws IOException {
        Table table = TabularFiles.read(new ByteArrayInputStream(WORKBOOK));
        assertEquals("'=cmd|' /C calc'!A0", table.rows().get(1).cell(1));
    }

    @Test
    void amounts_are_numbers_shown_with_thousands_separators_and_two_decimals() throws IOException {
        String sheet = part("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"C2\" s=\"2\"><v>12345.60</v></c>"), sheet);
        assertTrue(sheet.contains("<c r=\"D2\"><v>5</v></c>"), sheet);
        assertTrue(part("xl/styles.xml").contains("numFmtId=\"4\""), "built-in format 4 is #,##0.00");
    }

    @Test
    void columns_are_named_as_a_spreadsheet_names_them() {
        assertEquals("A", XlsxWriter.column(0));
        assertEquals("Z", XlsxWriter.column(25));
        assertEquals("AA", XlsxWriter.column(26));
        assertEquals("XFD", XlsxWriter.column(16383));
    }

    private static String part(String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(WORKBOOK))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }
}
