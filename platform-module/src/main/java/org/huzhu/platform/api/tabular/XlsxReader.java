package org.huzhu.platform.api.tabular;

import java.io.ByteArrayInputStream;
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

/**
 * Streams the first worksheet of an XLSX workbook with StAX: shared strings, inline strings, numbers (plain,
 * never scientific), booleans. Dates arrive as Excel serial numbers; field parsers turn them into dates.
 */
final class XlsxReader {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxReader() {
    }

    static Table read(byte[] workbook) throws IOException {
        Map<String, byte[]> parts = unzip(workbook);
        try {
            List<String> shared = parts.containsKey("xl/sharedStrings.xml") ? sharedStrings(parts.get("xl/sharedStrings.xml")) : List.of();
            byte[] sheet = parts.get(firstSheetPath(parts));
            if (sheet == null) {
                throw new IOException("the workbook has no worksheet");
            }
            return rows(sheet, shared);
        } catch (XMLStreamException e) {
            throw new IOException("the workbook cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] workbook) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith("xl/") && name.endsWith(".xml") || name.endsWith(".rels")) {
                    parts.put(name.startsWith("/") ? name.substring(1) : name, zip.readAllBytes());
                }
            }
        }
        return parts;
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

    private static Table rows(byte[] sheet, List<String> shared) throws XMLStreamException {
        XMLStreamReader reader = reader(sheet);
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        List<String> cells = null;
        int rowNumber = 0;
        int column = 0;
        String type = null;
        StringBuilder value = new StringBuilder();
        boolean inValue = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "row" -> {
                        cells = new ArrayList<>();
                        String r = reader.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    }
                    case "c" -> {
                        String reference = reader.getAttributeValue(null, "r");
                        column = reference == null ? cells.size() : columnIndex(reference);
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

    static int columnIndex(String reference) {
        int index = 0;
        for (char c : reference.toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                index = index * 26 + (c - 'A' + 1);
            } else {
                break;
            }
        }
        return index - 1;
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        InputStream in = new ByteArrayInputStream(xml == null ? new byte[0] : xml);
        return XML.createXMLStreamReader(in);
    }
}
