package org.huzhu.insurance.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules documents of the seed migration, taken out of the SQL: each {@code update ... set rules = '..'
 * || '..' where version_code = 'V' and plan_id = (... code = 'P')} gives document "P/V".
 */
public final class SeedDocuments {

    public static final Path MIGRATION = Path.of("src/main/resources/db/migration/insurance/V3__rules_format_2.sql");

    private static final Pattern STATEMENT = Pattern.compile(
            "update insurance\\.plan_version set rules =(.*?)where version_code = '([^']+)' and plan_id = "
                    + "\\(select id from insurance\\.plan where code = '([^']+)'\\);", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    private SeedDocuments() {
    }

    public static Map<String, String> all() {
        String sql;
        try {
            sql = Files.readString(MIGRATION, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> documents = new LinkedHashMap<>();
        Matcher statement = STATEMENT.matcher(sql);
        while (statement.find()) {
            StringBuilder json = new StringBuilder();
            Matcher literal = LITERAL.matcher(statement.group(1));
            while (literal.find()) {
                json.append(literal.group(1).replace("''", "'"));
            }
            documents.put(statement.group(3) + "/" + statement.group(2), json.toString());
        }
        return documents;
    }

    public static String document(String planAndVersion) {
        String json = all().get(planAndVersion);
        if (json == null) {
            throw new IllegalArgumentException("No seed document " + planAndVersion);
        }
        return json;
    }
}
