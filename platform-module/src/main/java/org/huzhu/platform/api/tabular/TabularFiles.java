package org.huzhu.platform.api.tabular;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an uploaded list in whichever form Chinese offices produce it: CSV in UTF-8 (with or without BOM)
 * or GBK/GB18030 (what Excel and WPS save as "CSV" on Chinese Windows), or an XLSX workbook (first sheet).
 */
public final class TabularFiles {

    private TabularFiles() {
    }

    public static Table read(InputStream content) throws IOException {
        byte[] bytes = content.readAllBytes();
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return XlsxReader.read(bytes);
        }
        return CsvReader.read(bytes);
    }
}
