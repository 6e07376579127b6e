package org.huzhu.claims.api;

import java.util.Collection;
import java.util.List;

import org.huzhu.claims.api.assessment.ClaimType;

/**
 * The documents intake needs for each kind of claim, and what a claim has of them: the checklist officers work down
 * before deciding, and members read to know what to send. A stay needs its invoices, the basic insurance's settlement
 * sheet and the discharge summary; outpatient treatment of a serious illness and home sick-bed care the invoices, the
 * settlement sheet and the diagnosis certificate; a serious-illness diagnosis its certificate; a death the death
 * certificate.
 */
public final class RequiredDocuments {

    private RequiredDocuments() {
    }

    /** One document the claim needs, and whether one of that kind is on it. */
    public record Item(String kind, boolean present) {
    }

    /** The kinds of document a claim of this type needs, in the order intake checks them. */
    public static List<String> of(ClaimType type) {
        return switch (type) {
            case INPATIENT -> List.of("INVOICE", "SETTLEMENT_SHEET", "DISCHARGE_SUMMARY");
            case OUTPATIENT_SERIOUS, HOME_SICKBED -> List.of("INVOICE", "SETTLEMENT_SHEET", "DIAGNOSIS_CERTIFICATE");
            case SERIOUS_ILLNESS -> List.of("DIAGNOSIS_CERTIFICATE");
            case DEATH -> List.of("DEATH_CERTIFICATE");
        };
    }

    /** Each document the claim needs, marked present when the claim holds one of its kind. */
    public static List<Item> checklist(ClaimType type, Collection<String> kindsOnTheClaim) {
        return of(type).stream().map(kind -> new Item(kind, kindsOnTheClaim.contains(kind))).toList();
    }
}
