package org.huzhu.reports.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The reports module reads the other modules only through the views they publish for it (their migrations
 * V10__reporting_views.sql): every string literal in the module's main sources and every SQL resource is scanned
 * for a schema-qualified name of another module, and each must be one of those views. The claims module's status
 * rules come with its view, so no claim status appears in the reports' SQL either.
 */
class ReadContractTest {

    static final Set<String> PUBLISHED = Set.of(
            "claims.reporting_claim", "claims.reporting_status", "claims.reporting_claim_event", "claims.reporting_assessment",
            "claims.reporting_payment", "claims.reporting_reversal",
            "insurance.reporting_plan", "insurance.reporting_plan_version", "insurance.reporting_enrolment",
            "insurance.reporting_journal_line", "insurance.reporting_bill", "insurance.reporting_earning",
            "members.reporting_member");
    static final Pattern OTHER_MODULE = Pattern.compile("\\b(claims|insurance|members|platform)\\.([a-z_][a-z0-9_]*)\\b");
    static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern CLAIM_STATUS = Pattern.compile("'(RECEIVED|ASSESSED|PENDING_DOCUMENTS|SECOND_REVIEW|APPROVED|REJECTED|WITHDRAWN"
            + "|APPEALED|IN_BATCH|PAID|REVERSED|LAPSED)'");

    /** Every schema-qualified name of another module in the text's SQL: in string literals (Java) or anywhere (SQL files). */
    static List<String> otherModulesNamed(String text, boolean java) {
        List<String> names = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        if (java) {
            Matcher literal = STRING_LITERAL.matcher(text);
            while (literal.find()) {
                sql.add(literal.group(1));
            }
        } else {
            sql.add(text.replaceAll("(?m)--.*$", ""));
        }
        for (String part : sql) {
            Matcher name = OTHER_MODULE.matcher(part);
            while (name.find()) {
                names.add(name.group());
            }
        }
        return names;
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            return files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void theReportsReadNothingOfAnotherModuleButItsPublishedViews() throws IOException {
        Set<String> read = new TreeSet<>();
        for (Path file : sources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String name : otherModulesNamed(text, file.toString().endsWith(".java"))) {
                assertTrue(PUBLISHED.contains(name), file + " reads " + name + ", which no module publishes for reporting");
                read.add(name);
            }
        }
        assertEquals(PUBLISHED, read, "every published view is read");
    }

    @Test
    void noClaimOrEnrolmentStatusIsSpelledOutInTheReportsSql() throws IOException {
        for (Path file : sources()) {
            Matcher literal = STRING_LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (literal.find()) {
                assertFalse(CLAIM_STATUS.matcher(literal.group(1)).find(), file + ": " + literal.group(1));
            }
        }
    }

    @Test
    void theScanFindsATableNamedInSqlAndPassesAView() {
        assertEquals(List.of("claims.payment_line"), otherModulesNamed("String sql = \"select sum(amount) from claims.payment_line\";", true));
        assertEquals(List.of("claims.reporting_payment"), otherModulesNamed("\"from claims.reporting_payment l\"", true));
        assertEquals(List.of(), otherModulesNamed("import org.huzhu.claims.api.Claims;", true));
        assertEquals(List.of("insurance.enrolment"), otherModulesNamed("create view x as select * from insurance.enrolment", false));
    }
}
