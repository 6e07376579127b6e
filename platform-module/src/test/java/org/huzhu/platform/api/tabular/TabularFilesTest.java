package org.huzhu.platform.api.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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

    private static void assertExpected(Table table) {
        assertEquals(List.of("身份证号", "姓名", "份数"), table.header());
        assertEquals(2, table.rows().size());
        assertEquals(List.of("310115198203150412", "王建国", "1"), table.rows().get(0).cells());
        assertEquals("李\"秀\"英, 二", table.rows().get(1).cell(1));
        assertEquals(4, table.rows().get(1).number());
    }

    static byte[] workbook() throws IOException {
        Map<String, String> parts = Map.of(
                "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<sheets><sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
                "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<si><t>身份证号</t></si><si><t>姓名</t></si><si><r><t>份</t></r><r><t>数</t></r></si><si><t>王建国</t></si></sst>",
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>310115198203150412</t></is></c><c r=\"B2\" t=\"s\"><v>3</v></c><c r=\"C2\"><v>1</v></c></row>"
                        + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>11010519491231002X</t></is></c><c r=\"C4\"><v>4.5292E4</v></c></row>"
                        + "</sheetData></worksheet>");
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

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
