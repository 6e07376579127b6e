package org.huzhu.claims.intake.rules;

import org.huzhu.claims.api.ClaimsMessages;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.FieldProblem;

/** Builds the claims module's domain exceptions and field problems (codes in the claims bundle). */
public final class ClaimsProblem {

    private ClaimsProblem() {
    }

    public static DomainException of(DomainException.Kind kind, String code, Object... arguments) {
        return new DomainException(ClaimsMessages.BUNDLE, code, kind, arguments);
    }

    public static DomainException invalid(String code, Object... arguments) {
        return of(DomainException.Kind.INVALID, code, arguments);
    }

    public static DomainException unprocessable(String code, Object... arguments) {
        return of(DomainException.Kind.UNPROCESSABLE, code, arguments);
    }

    public static DomainException conflict(String code, Object... arguments) {
        return of(DomainException.Kind.CONFLICT, code, arguments);
    }

    public static DomainException forbidden(String code, Object... arguments) {
        return of(DomainException.Kind.FORBIDDEN, code, arguments);
    }

    public static DomainException notFound(String code, Object... arguments) {
        return of(DomainException.Kind.NOT_FOUND, code, arguments);
    }

    public static FieldProblem field(String field, String code, Object... arguments) {
        return FieldProblem.of(field, ClaimsMessages.BUNDLE, code, arguments);
    }

    /** The claim's reference as printed on bank files and letters. */
    public static String reference(long claimId) {
        return String.format("CL%08d", claimId);
    }

    /** The claim id of a reference, or -1 when it is not one. */
    public static long claimId(String reference) {
        String text = reference == null ? "" : reference.strip();
        if (text.length() < 3 || !text.startsWith("CL")) {
            return -1;
        }
        try {
            return Long.parseLong(text.substring(2));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
