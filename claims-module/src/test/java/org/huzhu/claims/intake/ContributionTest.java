package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.MemberHistory;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.assessment.BenefitCalculator;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.claims.intake.rules.Contribution;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PlanRulesJson;
import org.junit.jupiter.api.Test;

/**
 * What approved claims contribute to the member's history: replaying the contributions of earlier claims
 * gives the same assessment as the engine's own history, so the yearly limit holds over any number of claims.
 */
class ContributionTest {

    private static final LocalDate JULY = LocalDate.of(2016, 7, 1);

    @Test
    void contributionsOfEarlierClaimsCarryBandsDeductibleAndCapIntoTheNextClaim() throws IOException {
        PlanRules rules = seeded("WORKING_INPATIENT", "2016");
        BenefitCalculator calculator = new BenefitCalculator();
        EnrolmentFacts enrolment = EnrolmentFacts.paid(1, JULY, LocalDate.of(2017, 6, 30));
        List<Contribution> before = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        List<BigDecimal> payable = new ArrayList<>();
        for (String inScope : List.of("5000.00", "8000.00", "30000.00", "1000.00")) {
            SettlementSheet sheet = SettlementSheet.of(new BigDecimal(inScope).add(new BigDecimal("1000")).toPlainString(), "1000.00",
                    inScope, "0.00");
            ClaimFacts claim = ClaimFacts.inpatient(JULY.plusDays(10), JULY.plusDays(12), 3, sheet, JULY.plusDays(20));
            MemberHistory history = Contribution.history(before);
            Assessment result = calculator.assess(rules, enrolment, claim, history);
            before.addAll(Contribution.of(result, rules, Optional.of(sheet)));
            payable.add(result.payable());
            total = total.add(result.payable());
        }
        // 5000: 4000 x 50%; 8000 on top: 5000 x 50% + 3000 x 70%; 30000: 70%, cut to the 8400 left of the 15000 cap; then nothing
        assertEquals(List.of(new BigDecimal("2000.00"), new BigDecimal("4600.00"), new BigDecimal("8400.00"), new BigDecimal("0.00")), payable);
        assertEquals(new BigDecimal("15000.00"), total);
        MemberHistory history = Contribution.history(before);
        assertEquals(0, new BigDecimal("44000").compareTo(history.inScopeSelfPayOf("INPATIENT")));
        assertEquals(0, new BigDecimal("15000").compareTo(history.paidFor("INPATIENT")));
    }

    @Test
    void documentsAreRecognisedByTheirFirstBytes() {
        assertEquals(Optional.of("application/pdf"), ClaimDocuments.mediaType("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("image/jpeg"), ClaimDocuments.mediaType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of("image/png"), ClaimDocuments.mediaType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertTrue(ClaimDocuments.mediaType("GIF89a".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(ClaimDocuments.mediaType("invoice.pdf".getBytes(StandardCharsets.US_ASCII)).isEmpty());
    }

    @Test
    void referencesReadBack() {
        assertEquals("CL00000042", ClaimsProblem.reference(42));
        assertEquals(42, ClaimsProblem.claimId("CL00000042"));
        assertEquals(-1, ClaimsProblem.claimId("XX1"));
    }

    private static PlanRules seeded(String plan, String version) throws IOException {
        String sql = Files.readString(Path.of("../insurance-module/src/main/resources/db/migration/insurance/V3__rules_format_2.sql"),
                StandardCharsets.UTF_8);
        Matcher statement = Pattern.compile("update insurance\\.plan_version set rules =(.*?)where version_code = '([^']+)' and plan_id = "
                + "\\(select id from insurance\\.plan where code = '([^']+)'\\);", Pattern.DOTALL).matcher(sql);
        while (statement.find()) {
            if (statement.group(2).equals(version) && statement.group(3).equals(plan)) {
                StringBuilder json = new StringBuilder();
                Matcher literal = Pattern.compile("'((?:[^']|'')*)'").matcher(statement.group(1));
                while (literal.find()) {
                    json.append(literal.group(1).replace("''", "'"));
                }
                return PlanRulesJson.read(json.toString());
            }
        }
        throw new IllegalArgumentException(plan + "/" + version);
    }
}
