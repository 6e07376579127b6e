package org.huzhu.platform.api.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("'=cmd|' /C calc'!A0", SpreadsheetText.neutralise("=cmd|' /C calc'!A0"));
        for (String formula : new String[] {"+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertEquals("'" + formula, SpreadsheetText.neutralise(formula), formula);
        }
        assertEquals("王建国", SpreadsheetText.neutralise("王建国"));
        assertEquals("a=b", SpreadsheetText.neutralise("a=b"), "only the first character counts");
        assertEquals("-", SpreadsheetText.neutralise("-"), "a lone sign is no formula");
        assertEquals("", SpreadsheetText.neutralise(""));
    }

    @Test
    void aCsvFieldIsNeutralisedThenQuotedWhenItMustBe() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", SpreadsheetText.csvField("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("\"'=1,2\"", SpreadsheetText.csvField("=1,2"));
        assertEquals("'@x", SpreadsheetText.csvField("@x"));
        assertEquals("\"a\nb\"", SpreadsheetText.csvField("a\nb"));
        assertEquals("", SpreadsheetText.csvField(null));
    }
}
