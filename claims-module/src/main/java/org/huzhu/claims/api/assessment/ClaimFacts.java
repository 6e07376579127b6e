package org.huzhu.claims.api.assessment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.huzhu.insurance.api.rules.DiseaseStage;

/**
 * What a claim says, as confirmed by the officer. {@code serviceDate} is the admission date of a stay, the
 * service date of outpatient or sick-bed care, the diagnosis date or the date of death; {@code endDate} is
 * the discharge date of a stay and equals {@code serviceDate} otherwise. Reimbursement claims carry a
 * settlement sheet; a serious-illness claim carries the disease class the officer confirmed (and the ICD-10
 * code of the certificate, which must lie in the class's ICD-10 ranges) and, where the code lies both in a main and in an
 * early-stage class, the {@code stage} the pathology report gives. {@code receivedOn} is the day the claim was filed.
 */
public record ClaimFacts(ClaimType type, LocalDate serviceDate, LocalDate endDate, int daysInHospital,
                         Optional<SettlementSheet> sheet, Optional<String> diseaseClass, Optional<String> icd10,
                         Optional<DiseaseStage> stage, LocalDate receivedOn) {

    public ClaimFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(diseaseClass, "diseaseClass");
        Objects.requireNonNull(icd10, "icd10");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (endDate.isBefore(serviceDate) || (type != ClaimType.INPATIENT && !endDate.equals(serviceDate))) {
            throw new IllegalArgumentException("Only a stay has an end date, not before its admission: " + endDate);
        }
        if (daysInHospital < 0 || (type != ClaimType.INPATIENT && daysInHospital != 0)) {
            throw new IllegalArgumentException("Days in hospital belong to a stay and are not negative: " + daysInHospital);
        }
        if (type.category().isPresent() != sheet.isPresent()) {
            throw new IllegalArgumentException("A settlement sheet goes with reimbursement claims only: " + type);
        }
        if ((type == ClaimType.SERIOUS_ILLNESS) != diseaseClass.isPresent()) {
            throw new IllegalArgumentException("A disease class goes with serious-illness claims only: " + type);
        }
    }

    public static ClaimFacts inpatient(LocalDate admission, LocalDate discharge, int daysInHospital,
                                       SettlementSheet sheet, LocalDate receivedOn) {
        return new ClaimFacts(ClaimType.INPATIENT, admission, discharge, daysInHospital, Optional.of(sheet),
                Optional.empty(), Optional.empty(), Optional.empty(), receivedOn);
    }

    public static ClaimFacts outpatientSerious(LocalDate serviceDate, SettlementSheet sheet, LocalDate receivedOn) {
        return new ClaimFacts(ClaimType.OUTPATIENT_SERIOUS, serviceDate, serviceDate, 0, Optional.of(sheet),
                Optional.empty(), Optional.empty(), Optional.empty(), receivedOn);
    }

    public static ClaimFacts homeSickbed(LocalDate serviceDate, SettlementSheet sheet, LocalDate receivedOn) {
        return new ClaimFacts(ClaimType.HOME_SICKBED, serviceDate, serviceDate, 0, Optional.of(sheet),
                Optional.empty(), Optional.empty(), Optional.empty(), receivedOn);
    }

    public static ClaimFacts seriousIllness(LocalDate diagnosis, String diseaseClass, String icd10,
                                            LocalDate receivedOn) {
        return new ClaimFacts(ClaimType.SERIOUS_ILLNESS, diagnosis, diagnosis, 0, Optional.empty(),
                Optional.of(diseaseClass), Optional.ofNullable(icd10), Optional.empty(), receivedOn);
    }

    /** A diagnosis with the stage of the pathology report, which decides between a main and an early-stage class. */
    public static ClaimFacts seriousIllness(LocalDate diagnosis, String diseaseClass, String icd10, DiseaseStage stage,
                                            LocalDate receivedOn) {
        return new ClaimFacts(ClaimType.SERIOUS_ILLNESS, diagnosis, diagnosis, 0, Optional.empty(),
                Optional.of(diseaseClass), Optional.ofNullable(icd10), Optional.ofNullable(stage), receivedOn);
    }

    public static ClaimFacts death(LocalDate dateOfDeath, LocalDate receivedOn) {
        return new ClaimFacts(ClaimType.DEATH, dateOfDeath, dateOfDeath, 0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), receivedOn);
    }

    /** The day cover in force and the waiting period are judged on: admission for a stay, else the event. */
    public LocalDate coverDate() {
        return serviceDate;
    }

    /**
     * The day that places the claim in a plan year and starts the claim time limit: discharge for a stay,
     * else the event itself.
     */
    public LocalDate accountingDate() {
        return endDate;
    }
}
