package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.huzhu.claims.api.assessment.Assessment;
import org.huzhu.claims.api.assessment.ClaimFacts;
import org.huzhu.claims.api.assessment.EnrolmentFacts;
import org.huzhu.claims.api.assessment.SettlementSheet;
import org.huzhu.claims.assessment.BenefitCalculator;
import org.huzhu.claims.assessment.SeedPlans;
import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.claims.intake.rules.Contribution;
import org.huzhu.insurance.api.rules.BenefitRule;
import org.huzhu.insurance.api.rules.DailyAllowanceBenefit;
import org.huzhu.insurance.api.rules.DeathBenefit;
import org.huzhu.insurance.api.rules.DiseaseClass;
import org.huzhu.insurance.api.rules.LumpSumBenefit;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.ReimbursementBenefit;
import org.huzhu.insurance.api.rules.ReimbursementCategory;
import org.junit.jupiter.api.Test;

/**
 * Every benefit of every seeded plan version is assessed and its assessment, lines, reasons and contributions
 * are written by the writer the application uses ({@link AssessmentWriter#batches}) on H2 in PostgreSQL mode
 * with every claims migration: the codes the rules allow fit the columns that hold them. One member per version,
 * claims in order, each against the contributions of the ones before (so a shared cap group is used up across
 * benefits).
 */
class EveryBenefitOnH2Test {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 1, 9, 30);

    @Test
    void everyBenefitOfEverySeededVersionIsAssessedAndStored() throws Exception {
        List<String> covered = new ArrayList<>();
        try (Connection db = ClaimsOnH2.open("every_benefit")) {
            long member = 0;
            for (String seeded : SeedPlans.versions()) {
                String[] planAndVersion = seeded.split("/");
                PlanRules rules = SeedPlans.seeded(planAndVersion[0], planAndVersion[1]);
                LocalDate start = rules.period().start();
                EnrolmentFacts enrolment = EnrolmentFacts.paid(1, start, rules.period().end());
                List<Contribution> before = new ArrayList<>();
                member++;
                for (Map.Entry<String, ClaimFacts> sample : samples(rules)) {
                    ClaimFacts facts = sample.getValue();
                    Assessment result = new BenefitCalculator().assess(rules, enrolment, facts, Contribution.history(before));
                    assertTrue(result.payable().signum() > 0, seeded + " " + sample.getKey() + " pays: " + result);
                    long claimId = claim(db, member, planAndVersion[0], facts);
                    List<Contribution> contributions = Contribution.of(result, rules, facts.sheet());
                    try (AssessmentWriter writer = AssessmentWriter.batches(db)) {
                        writer.assessment(claimId, 1, "APPROVAL", 1, result, "h2", AT);
                        writer.contributions(claimId, member, planAndVersion[0], result.planYear().start(), contributions);
                        writer.claim(claimId, 1, result, 1, result.payable(), ClaimStatus.APPROVED, AT);
                        writer.flush();
                    }
                    assertEquals(result.lines().size(), count(db, "select count(*) from claims.assessment_line where claim_id = " + claimId));
                    assertFalse(contributions.isEmpty());
                    for (Contribution c : contributions) {
                        assertEquals(1, count(db, "select count(*) from claims.contribution where claim_id = " + claimId + " and benefit = '"
                                + c.benefit() + "'" + (c.capGroup() == null ? "" : " and cap_group = '" + c.capGroup() + "'")));
                    }
                    before.addAll(contributions);
                    covered.add(seeded + " " + sample.getKey() + " " + facts.type() + facts.diseaseClass().map(d -> " " + d).orElse("")
                            + " pays " + result.payable());
                }
            }
        }
        System.out.println("EVERY BENEFIT ON H2:\n  " + String.join("\n  ", covered));
        assertTrue(covered.stream().anyMatch(line -> line.contains("OUTPATIENT_SERIOUS_AND_HOME_SICKBED OUTPATIENT_SERIOUS")), covered.toString());
        assertTrue(covered.stream().anyMatch(line -> line.contains("OUTPATIENT_SERIOUS_AND_HOME_SICKBED HOME_SICKBED")), covered.toString());
    }

    /**
     * One claim per benefit and kind of care it pays (for a lump sum: its main class with the longest code), in the
     * middle of the version's first year and after any waiting period.
     */
    static List<Map.Entry<String, ClaimFacts>> samples(PlanRules rules) {
        LocalDate day = rules.period().start().plusMonths(rules.cover().waitingPeriodMonths() + 1);
        LocalDate received = day.plusDays(10);
        SettlementSheet sheet = SettlementSheet.of("9000.00", "4000.00", "4000.00", "1000.00");
        List<Map.Entry<String, ClaimFacts>> samples = new ArrayList<>();
        for (BenefitRule benefit : rules.benefits()) {
            if (benefit instanceof ReimbursementBenefit reimbursement) {
                for (ReimbursementCategory category : ReimbursementCategory.values()) {
                    if (reimbursement.categories().contains(category)) {
                        samples.add(Map.entry(benefit.code(), switch (category) {
                            case INPATIENT -> ClaimFacts.inpatient(day, day.plusDays(4), 5, sheet, received);
                            case OUTPATIENT_SERIOUS -> ClaimFacts.outpatientSerious(day, sheet, received);
                            case HOME_SICKBED -> ClaimFacts.homeSickbed(day, sheet, received);
                        }));
                    }
                }
            } else if (benefit instanceof LumpSumBenefit lumpSum) {
                DiseaseClass longest = lumpSum.classes().stream().filter(c -> c.stage() == org.huzhu.insurance.api.rules.DiseaseStage.MAIN)
                        .max(Comparator.comparingInt(c -> c.code().length())).orElseThrow();
                samples.add(Map.entry(benefit.code(), ClaimFacts.seriousIllness(day, longest.code(), longest.icd10().get(0).from(), received)));
            } else if (benefit instanceof DailyAllowanceBenefit) {
                samples.add(Map.entry(benefit.code(), ClaimFacts.inpatient(day, day.plusDays(4), 5, sheet, received)));
            } else if (benefit instanceof DeathBenefit) {
                samples.add(Map.entry(benefit.code(), ClaimFacts.death(day, received)));
            }
        }
        return samples;
    }

    private static long claim(Connection db, long memberId, String plan, ClaimFacts facts) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into claims.claim (member_id, resident_id, member_name, unit_code, "
                + "plan_code, enrolment_id, enrolment_version_id, plan_version_id, claim_type, service_date, end_date, disease_class, "
                + "received_on, year_start, year_end, source, status, created_by, created_at, updated_at) values (?, '110101199003070014', "
                + "'x', 'U', ?, 1, 1, 1, ?, ?, ?, ?, ?, ?, ?, 'FORM', 'RECEIVED', 'h2', current_timestamp, current_timestamp)",
                new String[] {"id"})) {
            insert.setLong(1, memberId);
            insert.setString(2, plan);
            insert.setString(3, facts.type().name());
            insert.setObject(4, facts.serviceDate());
            insert.setObject(5, facts.endDate());
            insert.setString(6, facts.diseaseClass().orElse(null));
            insert.setObject(7, facts.receivedOn());
            insert.setObject(8, facts.serviceDate().withDayOfYear(1));
            insert.setObject(9, facts.serviceDate().withDayOfYear(1).plusYears(1).minusDays(1));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long count(Connection db, String select) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(select)) {
            row.next();
            return row.getLong(1);
        }
    }
}
