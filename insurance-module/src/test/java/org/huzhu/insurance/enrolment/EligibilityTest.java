package org.huzhu.insurance.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.Reason;
import org.huzhu.insurance.api.rules.CoveragePeriod;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PlanRulesJson;
import org.huzhu.insurance.enrolment.rules.Applicant;
import org.huzhu.insurance.enrolment.rules.Eligibility;
import org.huzhu.insurance.enrolment.rules.EligibilityDecision;
import org.huzhu.insurance.testing.RulesFixture;
import org.huzhu.insurance.testing.SeedDocuments;
import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.MembershipStatus;
import org.huzhu.members.api.Sex;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.SupportedLocales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Serious-illness 2016 (period from 1 July 2016): in service, women under 55, men under 60. */
class EligibilityTest {

    private static final PlanRules SERIOUS_ILLNESS = PlanRulesJson.read(SeedDocuments.document("SERIOUS_ILLNESS/2016"));
    private static final PlanRules WORKING_INPATIENT = PlanRulesJson.read(SeedDocuments.document("WORKING_INPATIENT/2016"));
    private static final PlanRules RETIREE_INPATIENT = PlanRulesJson.read(SeedDocuments.document("RETIREE_INPATIENT/2001"));

    private static Applicant working(Sex sex, LocalDate birthDate) {
        return new Applicant(sex, birthDate, EmploymentStatus.IN_SERVICE, true, false);
    }

    @ParameterizedTest(name = "{0} born {1}: eligible {2}")
    @CsvSource({
            "FEMALE, 1961-07-02, true",
            "FEMALE, 1961-07-01, false",
            "FEMALE, 1961-06-30, false",
            "MALE,   1956-07-02, true",
            "MALE,   1956-07-01, false",
            "MALE,   1961-07-01, true",
            "FEMALE, 1990-01-01, true",
    })
    void ageLimitIsJudgedInWholeYearsOnThePeriodStart(Sex sex, LocalDate birthDate, boolean eligible) {
        assertEquals(eligible, Eligibility.decide(SERIOUS_ILLNESS, working(sex, birthDate)).eligible());
    }

    @Test
    void womanTurning55OnPeriodStartIsNoLongerEligible() {
        EligibilityDecision decision = Eligibility.decide(SERIOUS_ILLNESS, working(Sex.FEMALE, LocalDate.of(1961, 7, 1)));
        assertEquals(Reason.of("eligibility.tooOld", 55, 55, LocalDate.of(2016, 7, 1)), decision.refusal().orElseThrow());
        assertEquals("The member is 55 on the period start date 2016-07-01; this plan requires members to be under 55.",
                decision.refusal().orElseThrow().text(SupportedLocales.ENGLISH));
    }

    @Test
    void womanTurning55TheDayAfterPeriodStartIsStillEligible() {
        assertTrue(Eligibility.decide(SERIOUS_ILLNESS, working(Sex.FEMALE, LocalDate.of(1961, 7, 2))).eligible());
    }

    @Test
    void memberBornOn29FebruaryCompletesTheYearOn1MarchInCommonYears() {
        PlanRules rules = RulesOnDate.startingOn(SERIOUS_ILLNESS, LocalDate.of(2015, 2, 28));
        assertTrue(Eligibility.decide(rules, working(Sex.FEMALE, LocalDate.of(1960, 2, 29))).eligible());
        rules = RulesOnDate.startingOn(SERIOUS_ILLNESS, LocalDate.of(2015, 3, 1));
        assertFalse(Eligibility.decide(rules, working(Sex.FEMALE, LocalDate.of(1960, 2, 29))).eligible());
    }

    @Test
    void retiredMemberIsRefusedByAPlanForWorkingMembers() {
        Applicant retired = new Applicant(Sex.MALE, LocalDate.of(1960, 1, 1), EmploymentStatus.RETIRED, true, false);
        assertEquals(Reason.of("eligibility.employmentStatus", "RETIRED"),
                Eligibility.decide(WORKING_INPATIENT, retired).refusal().orElseThrow());
    }

    @Test
    void inpatientPlanRequiresBasicMedicalInsurance() {
        Applicant uninsured = new Applicant(Sex.MALE, LocalDate.of(1980, 1, 1), EmploymentStatus.IN_SERVICE, false, false);
        EligibilityDecision decision = Eligibility.decide(WORKING_INPATIENT, uninsured);
        assertEquals("eligibility.basicInsuranceRequired", decision.refusal().orElseThrow().code());
        DomainException e = assertThrows(DomainException.class, decision::requireEligible);
        assertEquals(DomainException.Kind.UNPROCESSABLE, e.kind());
        assertTrue(Eligibility.decide(SERIOUS_ILLNESS, uninsured).eligible(), "serious-illness plan does not require it");
    }

    @Test
    void inpatientPlanHasNoAgeLimit() {
        assertTrue(Eligibility.decide(WORKING_INPATIENT, working(Sex.FEMALE, LocalDate.of(1950, 1, 1))).eligible());
    }

    @Test
    void retiredModelWorkerIsAlwaysEnrolledInTheRetireePlan() {
        Applicant modelWorker = new Applicant(Sex.MALE, LocalDate.of(1930, 5, 1), EmploymentStatus.RETIRED, false, true);
        Applicant other = new Applicant(Sex.MALE, LocalDate.of(1930, 5, 1), EmploymentStatus.RETIRED, false, false);
        assertTrue(Eligibility.decide(RETIREE_INPATIENT, modelWorker).alwaysEnrolled());
        assertTrue(Eligibility.decide(RETIREE_INPATIENT, other).eligible());
        assertFalse(Eligibility.decide(RETIREE_INPATIENT, other).alwaysEnrolled());
    }

    @Test
    void modelWorkerFlagMeansNothingWhereTheVersionDoesNotAlwaysEnrol() {
        Applicant modelWorker = new Applicant(Sex.MALE, LocalDate.of(1970, 5, 1), EmploymentStatus.IN_SERVICE, true, true);
        EligibilityDecision decision = Eligibility.decide(WORKING_INPATIENT, modelWorker);
        assertTrue(decision.eligible());
        assertFalse(decision.alwaysEnrolled());
    }

    @Test
    void applicantIsTakenFromTheMemberView() {
        MemberView member = new MemberView(1, "310101196107010028", "王芳", Sex.FEMALE, LocalDate.of(1961, 7, 1),
                EmploymentStatus.IN_SERVICE, null, true, false, "U1", "Unit",
                MembershipStatus.ACTIVE, null, false, null);
        assertEquals(List.of("eligibility.tooOld"),
                Eligibility.decide(SERIOUS_ILLNESS, Applicant.of(member)).refusal().stream().map(Reason::code).toList());
    }

    /** The same rules moved to another period start, for birthday edge cases. */
    private static final class RulesOnDate {
        static PlanRules startingOn(PlanRules rules, LocalDate start) {
            return RulesFixture.withPeriod(rules, new CoveragePeriod(start, start.plusYears(1).minusDays(1), 1));
        }
    }
}
