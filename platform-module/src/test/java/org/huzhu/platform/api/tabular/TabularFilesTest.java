package org.huzhu.platform.api.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;

class TabularFilesTest {

    private static final String LIST = "身份证号,姓名,份数\r\n310115198203150412,王建国,1\r\n\r\n\"11010519491231002X\",\"李\"\"秀\"\"英, 二\",2\r\n";

    @Test
    void readsUtf8CsvWithByteOrderMarkQuotesAndBlankLines() throws IOException {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        Table table = TabularFiles.read(new ByteArrayInputStream(concat(bom, LIST.getBytes(StandardCharsets.UTF_8))));
        assertExpected(table);
    }

    @Test
    void readsGbkCsvAsExcelSavesItOnChineseWindows() throws IOException {
        Table table = TabularFiles.read(new ByteArrayInputStream(LIST.getBytes(Charset.forName("GBK"))));
        assertExpected(table);
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbook() throws IOException {
        Table table = TabularFiles.read(new ByteArrayInputStream(workbook()));
        assertEquals(List.of("身份证号", "姓名", "份数"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(List.of("310115198203150412", "王建国", "1"), table.rows().get(0).cells());
        assertEquals(2, table.rows().get(0).number());
        assertEquals(4, table.rows().get(1).number(), "row numbers as the spreadsheet shows them, gaps included");
        assertEquals("", table.rows().get(1).cell(1), "a missing cell is empty");
        assertEquals("45292", table.rows().get(1).cell(2), "numbers come plain, never in scientific notation");
    }

    @Test
    void aCellBeyondColumnXfdIsRefusedBeforeAnythingIsPadded() throws IOException {
        byte[] tiny = workbook("<row r=\"1\"><c r=\"ZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        assertTrue(tiny.length < 2048, "a kilobyte or so: " + tiny.length);
        DomainException refused = assertThrows(DomainException.class, () -> TabularFiles.read(new ByteArrayInputStream(tiny)));
        assertEquals("tabular.limit.column", refused.code());
        assertEquals(List.of("ZZZZZZ1", "XFD"), refused.arguments());
        assertEquals(16_383, XlsxReader.read(workbook("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>")).header().size() - 1,
                "XFD itself is the last column");
        assertEquals("tabular.limit.column", assertThrows(DomainException.class, () -> XlsxReader.read(
                workbook("<row r=\"1\"><c r=\"ZZZZZZZZZZZZZZ1\"><v>1</v></c></row>"))).code(), "no overflow into a small column");
    }

    @Test
    void aZipBombIsRefusedByItsCompressionRatioAfterAMegabyte() throws IOException {
        // a sheet of 128 MB of blanks after its first row: about 130 KB packed
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts("").entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().endsWith("sheet1.xml")) {
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 128; i++) {
                        zip.write(blanks);
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        }
        byte[] bomb = bytes.toByteArray();
        assertTrue(bomb.length < 1024 * 1024, "packed: " + bomb.length);
        DomainException refused = assertThrows(DomainException.class, () -> TabularFiles.read(new ByteArrayInputStream(bomb)));
        assertEquals("tabular.limit.ratio", refused.code());
        assertEquals(List.of("xl/worksheets/sheet1.xml", 100), refused.arguments());
    }

    @Test
    void theUnpackedSizeTheRowsAndTheCellsHaveTheirLimitsToo() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 50; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c><c r=\"J").append(r)
                    .append("\"><v>1</v></c></row>");
        }
        byte[] workbook = workbook(rows.toString());
        XlsxReader.Limits generous = XlsxReader.Limits.DEFAULT;
        assertEquals(49, XlsxReader.read(workbook, generous).rows().size());
        assertEquals("tabular.limit.inflated", assertThrows(DomainException.class, () -> XlsxReader.read(workbook,
                new XlsxReader.Limits(1024, 100, 16_384, 1_048_576, 5_000_000))).code());
        assertEquals("tabular.limit.rows", assertThrows(DomainException.class, () -> XlsxReader.read(workbook,
                new XlsxReader.Limits(generous.maxInflatedBytes(), 100, 16_384, 20, 5_000_000))).code());
        assertEquals("tabular.limit.cells", assertThrows(DomainException.class, () -> XlsxReader.read(workbook,
                new XlsxReader.Limits(generous.maxInflatedBytes(), 100, 16_384, 1_048_576, 300))).code(), "50 rows of 10 columns");
        assertEquals("tabular.limit.rows", assertThrows(DomainException.class, () -> XlsxReader.read(
                workbook("<row r=\"99999999999\"><c r=\"A1\"><v>1</v></c></row>"))).code());
    }

    private static void assertExpected(Table table) {
        assertEquals(List.of("身份证号", "姓名", "份数"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(List.of("310115198203150412", "王建国", "1"), table.rows().get(0).cells());
        assertEquals("李\"秀\"英, 二", table.rows().get(1).cell(1));
        assertEquals(4, table.rows().get(1).number());
    }

    static byte[] workbook() throws IOException {
        return workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>310115198203150412</t></is></c><c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\"><v>1</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>11010519491231002X</t></is></c><c r=\"C4\"><v>4.5292E4</v></c></row>");
    }

    /** A workbook whose first sheet holds {@code sheetRows}. */
    static byte[] workbook(String sheetRows) throws IOException {
        Map<String, String> parts = parts(sheetRows);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> parts(String sheetRows) {
        return Map.of(
                "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<si><t>身份证号</t></si><si><t>姓名</t></si><si><r><t>份</t></r><r><t>数</t></r></si><si><t>王建国</t></si></sst>",
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + sheetRows + "</sheetData></worksheet>");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
