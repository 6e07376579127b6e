package org.huzhu.claims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.intake.ClaimDocuments;
import org.junit.jupiter.api.Test;

class RequiredDocumentsTest {

    @Test
    void aStayNeedsItsInvoicesTheSettlementSheetAndTheDischargeSummary() {
        assertEquals(List.of("INVOICE", "SETTLEMENT_SHEET", "DISCHARGE_SUMMARY"), RequiredDocuments.of(ClaimType.INPATIENT));
    }

    @Test
    void aDeathNeedsOnlyTheDeathCertificateAndADiagnosisOnlyItsCertificate() {
        assertEquals(List.of("DEATH_CERTIFICATE"), RequiredDocuments.of(ClaimType.DEATH));
        assertEquals(List.of("DIAGNOSIS_CERTIFICATE"), RequiredDocuments.of(ClaimType.SERIOUS_ILLNESS));
    }

    @Test
    void everyKindOfClaimNeedsSomethingAndOnlyKindsADocumentCanHave() {
        for (ClaimType type : ClaimType.values()) {
            assertFalse(RequiredDocuments.of(type).isEmpty(), type.name());
            RequiredDocuments.of(type).forEach(kind -> assertTrue(ClaimDocuments.KINDS.contains(kind), kind + " is a kind of document"));
        }
    }

    @Test
    void theChecklistMarksWhatIsOnTheClaimAndWhatIsMissing() {
        assertEquals(List.of(new RequiredDocuments.Item("INVOICE", true), new RequiredDocuments.Item("SETTLEMENT_SHEET", true),
                        new RequiredDocuments.Item("DISCHARGE_SUMMARY", false)),
                RequiredDocuments.checklist(ClaimType.INPATIENT, List.of("SETTLEMENT_SHEET", "INVOICE", "INVOICE", "OTHER")));
    }
}
