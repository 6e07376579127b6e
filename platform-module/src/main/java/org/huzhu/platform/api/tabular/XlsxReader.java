package org.huzhu.platform.api.tabular;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.PlatformMessages;

/**
 * Streams the first worksheet of an XLSX workbook with StAX: shared strings, inline strings, numbers (plain,
 * never scientific), booleans. Dates arrive as Excel serial numbers; field parsers turn them into dates.
 *
 * <p>An upload is untrusted: a workbook is a zip of XML parts, and a small one can unpack into gigabytes (a zip bomb)
 * or name a cell far to the right that would be padded with millions of empty cells. Reading stops, with a 400 problem
 * naming the limit ({@code tabular.limit.*} in the platform bundle), at the first of {@link Limits#DEFAULT}: more than
 * 100 MB unpacked in all; a part unpacking more than 100 times its compressed size (once past 1 MB); a cell beyond
 * column XFD (the last a workbook can have); more than 1,048,576 rows (the most a sheet can have); more than 5 million
 * cells kept (rows times their width).</p>
 */
final class XlsxReader {

    /** How much an uploaded workbook may make the server read and hold. */
    record Limits(long maxInflatedBytes, int maxCompressionRatio, int maxColumns, int maxRows, long maxCells) {
        static final Limits DEFAULT = new Limits(100L * 1024 * 1024, 100, 16_384, 1_048_576, 5_000_000);
        /** Parts smaller than this unpacked are never judged by their ratio (tiny parts compress extremely well). */
        static final long RATIO_FLOOR = 1024 * 1024;
    }

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxReader() {
    }

    static Table read(byte[] workbook) throws IOException {
        return read(workbook, Limits.DEFAULT);
    }

    static Table read(byte[] workbook, Limits limits) throws IOException {
        Map<String, byte[]> parts = unzip(workbook, limits);
        try {
            List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml")) : List.of();
            byte[] sheet = parts.get(firstSheetPath(parts));
            if (sheet == null) {
                throw new IOException("the workbook has no worksheet");
            }
            return rows(sheet, shared, limits);
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("the workbook cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] workbook, Limits limits) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        CountingInput compressed = new CountingInput(new ByteArrayInputStream(workbook));
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(compressed)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!(name.startsWith("xl/") && name.endsWith(".xml") || name.endsWith(".rels"))) {
                    continue;
                }
                long compressedStart = compressed.count();
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > limits.maxInflatedBytes()) {
                        throw limit("tabular.limit.inflated", limits.maxInflatedBytes() / (1024 * 1024));
                    }
                    part.write(buffer, 0, n);
                    long packed = compressed.count() - compressedStart + 1;
                    if (part.size() > Limits.RATIO_FLOOR && part.size() > packed * limits.maxCompressionRatio()) {
                        throw limit("tabular.limit.ratio", name, limits.maxCompressionRatio());
                    }
                }
                parts.put(name.startsWith("/") ? name.substring(1) : name, part.toByteArray());
            }
        }
        return parts;
    }

    private static DomainException limit(String code, Object... arguments) {
        return new DomainException(PlatformMessages.BUNDLE, code, DomainException.Kind.INVALID, arguments);
    }

    /** Counts the bytes the zip reader has taken from the upload, to weigh each part's unpacked size against them. */
    private static final class CountingInput extends FilterInputStream {
        private long count;

        CountingInput(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    private static String firstSheetPath(Map<String, byte[]> parts) throws XMLStreamException {
        String relationId = null;
        XMLStreamReader book = reader(parts.get("xl/workbook.xml"));
        while (book.hasNext() && relationId == null) {
            if (book.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(book.getLocalName())) {
                for (int i = 0; i < book.getAttributeCount(); i++) {
                    if ("id".equals(book.getAttributeLocalName(i))) {
                        relationId = book.getAttributeValue(i);
                    }
                }
            }
        }
        byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
        if (relationId != null && rels != null) {
            XMLStreamReader relations = reader(rels);
            while (relations.hasNext()) {
                if (relations.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(relations.getLocalName())
                        && relationId.equals(relations.getAttributeValue(null, "Id"))) {
                    String target = relations.getAttributeValue(null, "Target");
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader reader = reader(xml);
        StringBuilder current = null;
        boolean inText = false;
        boolean inPhonetic = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "si" -> current = new StringBuilder();
                    case "rPh" -> inPhonetic = true;
                    case "t" -> inText = !inPhonetic;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inText && current != null) {
                current.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "si" -> strings.add(current == null ? "" : current.toString());
                    case "rPh" -> inPhonetic = false;
                    case "t" -> inText = false;
                    default -> { }
                }
            }
        }
        return strings;
    }

    private static Table rows(byte[] sheet, List<String> shared, Limits limits) throws XMLStreamException {
        XMLStreamReader reader = reader(sheet);
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        List<String> cells = null;
        int rowNumber = 0;
        int column = 0;
        String type = null;
        StringBuilder value = new StringBuilder();
        boolean inValue = false;
        long cellsKept = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "row" -> {
                        cells = new ArrayList<>();
                        String r = reader.getAttributeValue(null, "r");
                        long number = r == null ? rowNumber + 1L : Long.parseLong(r.strip());
                        if (number > limits.maxRows() || rows.size() >= limits.maxRows()) {
                            throw limit("tabular.limit.rows", limits.maxRows());
                        }
                        rowNumber = (int) number;
                    }
                    case "c" -> {
                        String reference = reader.getAttributeValue(null, "r");
                        int index = reference == null ? -1 : columnIndex(reference);
                        column = index == -1 ? cells.size() : index;
                        if (column < 0 || column >= limits.maxColumns()) {
                            throw limit("tabular.limit.column", reference == null ? String.valueOf(column + 1) : reference.strip(), "XFD");
                        }
                        type = reader.getAttributeValue(null, "t");
                        value.setLength(0);
                    }
                    case "v", "t" -> inValue = true;
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inValue) {
                value.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "v", "t" -> inValue = false;
                    case "c" -> {
                        cellsKept += Math.max(column + 1 - cells.size(), 0);
                        if (cellsKept > limits.maxCells()) {
                            throw limit("tabular.limit.cells", limits.maxCells());
                        }
                        while (cells.size() < column) {
                            cells.add("");
                        }
                        cells.add(cellText(type, value.toString(), shared));
                    }
                    case "row" -> {
                        if (header == null) {
                            header = cells;
                        } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
                            rows.add(new Table.Row(rowNumber, cells));
                        }
                    }
                    default -> { }
                }
            }
        }
        return new Table(header == null ? List.of() : header, rows);
    }

    private static String cellText(String type, String raw, List<String> shared) {
        if ("s".equals(type)) {
            int index = Integer.parseInt(raw.strip());
            return index < shared.size() ? shared.get(index) : "";
        }
        if ("b".equals(type)) {
            return "1".equals(raw.strip()) ? "TRUE" : "FALSE";
        }
        if (type == null || "n".equals(type)) {
            try {
                return raw.isBlank() ? "" : new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notANumber) {
                return raw;
            }
        }
        return raw;
    }

    /**
     * The zero-based column of a cell reference ({@code A1} is 0, {@code XFD7} 16383); -1 when it names no column,
     * {@code Integer.MIN_VALUE} past {@code Integer.MAX_VALUE}.
     */
    static int columnIndex(String reference) {
        long index = 0;
        for (char c : reference.strip().toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                index = index * 26 + (c - 'A' + 1);
                if (index > Integer.MAX_VALUE) {
                    return Integer.MIN_VALUE;
                }
            } else {
                break;
            }
        }
        return (int) index - 1;
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        InputStream in = new ByteArrayInputStream(xml == null ? new byte[0] : xml);
        return XML.createXMLStreamReader(in);
    }
}
