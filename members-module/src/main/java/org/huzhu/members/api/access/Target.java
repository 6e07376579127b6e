package org.huzhu.members.api.access;

/**
 * The object an action touches, as far as access is concerned: the unit that owns it (a claim → its member's unit, a
 * bill, list or payment → its unit, a document → its claim's unit, an account → its organisation), the member it is
 * about, who submitted or filed it and who reviewed it first. {@code reference} names it in a refusal.
 */
public record Target(String unitCode, String residentId, String submittedBy, String firstReviewer, String reference) {

    /** Work that belongs to no unit: the whole association. */
    public static Target association() {
        return new Target(null, null, null, null, null);
    }

    public static Target unit(String unitCode) {
        return new Target(unitCode, null, null, null, unitCode);
    }

    public static Target member(String unitCode, String residentId) {
        return new Target(unitCode, residentId, null, null, residentId);
    }

    /** An enrolment list of a unit, with the account that submitted it. */
    public static Target list(long listId, String unitCode, String submittedBy) {
        return new Target(unitCode, null, submittedBy, null, String.valueOf(listId));
    }

    /** A claim (reference CL…), its member and unit, who filed it and who approved it first (null before). */
    public static Target claim(String reference, String unitCode, String residentId, String filedBy, String firstReviewer) {
        return new Target(unitCode, residentId, filedBy, firstReviewer, reference);
    }

    /** An account and the organisation it belongs to (null when none is recorded). */
    public static Target account(String username, String organisationCode) {
        return new Target(organisationCode, null, null, null, username);
    }

    public boolean belongsToUnit() {
        return unitCode != null && !unitCode.isBlank();
    }
}
