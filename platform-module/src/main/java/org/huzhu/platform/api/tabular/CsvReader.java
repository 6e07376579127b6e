package org.huzhu.platform.api.tabular;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes); comma or semicolon separated. */
final class CsvReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReader() {
    }

    static Table read(byte[] bytes) {
        String text = decode(bytes);
        char separator = separator(text);
        List<List<String>> records = parse(text, separator);
        List<String> header = records.isEmpty() ? List.of() : records.get(0);
        List<Table.Row> rows = new ArrayList<>(Math.max(0, records.size() - 1));
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                rows.add(new Table.Row(i + 1, cells));
            }
        }
        return new Table(header, rows);
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise GB18030, the superset of GBK. */
    static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c != separator && c != '\n' && c != '\r') {
                // an unquoted run: copied at once up to the next separator, line break or quote
                int end = i + 1;
                while (end < length) {
                    char next = text.charAt(end);
                    if (next == separator || next == '\n' || next == '\r' || next == '"') {
                        break;
                    }
                    end++;
                }
                field.append(text, i, end);
                i = end;
                continue;
            } else if (c == separator) {
                current.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                current.add(field.toString());
                field.setLength(0);
                records.add(current);
                current = new ArrayList<>();
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
            i++;
        }
        if (field.length() > 0 || !current.isEmpty()) {
            current.add(field.toString());
            records.add(current);
        }
        return records;
    }
}
