package org.huzhu.insurance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;

import org.huzhu.insurance.api.Reason;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.DomainException;

/**
 * The insurance module's way to the access policy: a unit code from a request is required, checked by the policy for the
 * action (before its existence, so nobody learns of units outside their reach), and must name a unit.
 */
@ApplicationScoped
public class UnitAccess {

    @Inject
    AccessPolicy policy;

    @Inject
    MemberDirectory directory;

    public static Caller caller(SecurityContext security) {
        return Caller.of(security.getUserPrincipal().getName(), security::isUserInRole);
    }

    /** The unit code, after the policy allowed the action on the unit and the unit was found. */
    public String require(Caller caller, Action action, String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw Reason.of("enrolment.unitRequired").exception(DomainException.Kind.INVALID);
        }
        String code = unitCode.strip();
        policy.require(caller, action, Target.unit(code));
        if (directory.unit(code).isEmpty()) {
            throw Reason.of("enrolment.unitUnknown", code).exception(DomainException.Kind.NOT_FOUND);
        }
        return code;
    }

    public AccessPolicy policy() {
        return policy;
    }
}
