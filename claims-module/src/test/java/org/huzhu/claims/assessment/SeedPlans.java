package org.huzhu.claims.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.AssessmentLine;
import org.huzhu.insurance.api.rules.BenefitRule;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PlanRulesJson;

/**
 * The seeded Shanghai plans, read with {@link PlanRulesJson} out of the insurance module's V3 migration on
 * disk (the same way as the insurance module's own test helper), and copies with one part changed.
 */
public final class SeedPlans {

    static final Path MIGRATION =
            Path.of("../insurance-module/src/main/resources/db/migration/insurance/V3__rules_format_2.sql");

    private static final Pattern STATEMENT = Pattern.compile(
            "update insurance\\.plan_version set rules =(.*?)where version_code = '([^']+)' and plan_id = "
                    + "\\(select id from insurance\\.plan where code = '([^']+)'\\);", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    private SeedPlans() {
    }

    static PlanRules workingInpatient2016() {
        return seeded("WORKING_INPATIENT", "2016");
    }

    static PlanRules retireeInpatient2001() {
        return seeded("RETIREE_INPATIENT", "2001");
    }

    static PlanRules seriousIllness2016() {
        return seeded("SERIOUS_ILLNESS", "2016");
    }

    static PlanRules seriousIllness2000() {
        return seeded("SERIOUS_ILLNESS", "2000");
    }

    /** Every seeded version as {@code PLAN/VERSION}, in the order of the migration. */
    public static List<String> versions() {
        List<String> versions = new ArrayList<>();
        Matcher statement = STATEMENT.matcher(migration());
        while (statement.find()) {
            versions.add(statement.group(3) + "/" + statement.group(2));
        }
        return versions;
    }

    private static String migration() {
        try {
            return Files.readString(MIGRATION, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanRules seeded(String plan, String version) {
        String sql = migration();
        Matcher statement = STATEMENT.matcher(sql);
        while (statement.find()) {
            if (statement.group(2).equals(version) && statement.group(3).equals(plan)) {
                StringBuilder json = new StringBuilder();
                Matcher literal = LITERAL.matcher(statement.group(1));
                while (literal.find()) {
                    json.append(literal.group(1).replace("''", "'"));
                }
                return PlanRulesJson.read(json.toString());
            }
        }
        throw new IllegalArgumentException("No seed document " + plan + "/" + version);
    }

    /** The same rules allowing more shares per member (the seeded versions allow one). */
    static PlanRules withMaxShares(PlanRules r, int maxShares) {
        return new PlanRules(r.period(), maxShares, r.eligibility(), r.group(), r.premium(), r.cover(),
                r.claimTimeLimitMonths(), r.refund(), r.benefits(), r.capGroups());
    }

    /** The same rules for the next coverage period, as a renewed version would be. */
    static PlanRules nextPeriod(PlanRules r) {
        CoveragePeriod p = r.period();
        CoveragePeriod next = new CoveragePeriod(p.end().plusDays(1),
                p.end().plusDays(1).plusYears(p.cycleYears()).minusDays(1), p.cycleYears());
        return new PlanRules(next, r.maxShares(), r.eligibility(), r.group(), r.premium(), r.cover(),
                r.claimTimeLimitMonths(), r.refund(), r.benefits(), r.capGroups());
    }

    /** The same rules with more benefits (no seeded version has a daily allowance or a death benefit). */
    static PlanRules plus(PlanRules r, BenefitRule... extra) {
        List<BenefitRule> benefits = new ArrayList<>(r.benefits());
        benefits.addAll(List.of(extra));
        return new PlanRules(r.period(), r.maxShares(), r.eligibility(), r.group(), r.premium(), r.cover(),
                r.claimTimeLimitMonths(), r.refund(), benefits, r.capGroups());
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    /** Asserts the payable amount, and that the explanation lines add up to it exactly. */
    static void assertPays(String expected, Assessment assessment) {
        assertEquals(yuan(expected).setScale(2), assessment.payable(), () -> describe(assessment));
        BigDecimal lines = assessment.lines().stream().map(AssessmentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, lines.compareTo(assessment.payable()), () -> "lines add up to the payable amount\n" + describe(assessment));
    }

    static String describe(Assessment assessment) {
        StringBuilder text = new StringBuilder("payable " + assessment.payable() + " reasons " + assessment.reasons());
        assessment.lines().forEach(line -> text.append("\n  ").append(line));
        return text.toString();
    }
}
