package org.huzhu.insurance.access;

import org.huzhu.insurance.api.Reason;
import org.huzhu.platform.api.DomainException;

/** Query parameters of the premium and ledger API (who may do what is the access policy's: {@code UnitAccess}). */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A date query parameter (yyyy-mm-dd), or null when absent. */
    public static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return org.huzhu.platform.api.DomainValues.checked(java.time.LocalDate.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            throw Reason.of("premium.dateUnreadable", text).exception(DomainException.Kind.INVALID);
        }
    }
}
