package org.huzhu.insurance.premium;

import jakarta.ws.rs.core.SecurityContext;

import org.huzhu.insurance.api.Reason;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Roles;

/** Staff see every unit; a unit agent only their own (as in the enrolment API). */
public final class PremiumAccess {

    private PremiumAccess() {
    }

    /** A date query parameter (yyyy-mm-dd), or null when absent. */
    public static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Reason.of("premium.dateUnreadable", text).exception(DomainException.Kind.INVALID);
        }
    }

    static boolean staff(SecurityContext security) {
        return security.isUserInRole(Roles.OFFICER) || security.isUserInRole(Roles.SUPERVISOR) || security.isUserInRole(Roles.ADMIN)
                || security.isUserInRole(Roles.ACTUARY);
    }

    static void requireUnit(SecurityContext security, UnitRegistry units, MemberDirectory directory, String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw Reason.of("enrolment.unitRequired").exception(DomainException.Kind.INVALID);
        }
        if (!staff(security) && !units.isAgentOf(security.getUserPrincipal().getName(), unitCode)) {
            throw Reason.of("enrolment.notYourUnit", unitCode).exception(DomainException.Kind.FORBIDDEN);
        }
        if (directory.unit(unitCode).isEmpty()) {
            throw Reason.of("enrolment.unitUnknown", unitCode).exception(DomainException.Kind.NOT_FOUND);
        }
    }
}
