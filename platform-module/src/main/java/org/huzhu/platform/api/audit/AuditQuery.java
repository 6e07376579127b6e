package org.huzhu.platform.api.audit;

import java.time.LocalDate;

/**
 * Filters of the trail: who (exact user name), what (action code, exact), the object (its type, and its id exact), from
 * and to (days in Shanghai time, both included), and a page (offset, at most {@value #MAX_LIMIT} rows). Null or blank
 * filters are left out.
 */
public record AuditQuery(String who, String action, String objectType, String objectId, LocalDate from, LocalDate to, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        who = blankToNull(who);
        action = blankToNull(action);
        objectType = blankToNull(objectType);
        objectId = blankToNull(objectId);
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit <= 0 ? 100 : limit, MAX_LIMIT));
    }

    /** A day filter (yyyy-mm-dd), or null when absent; anything else is refused (400, {@code audit.dateUnreadable}). */
    public static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.huzhu.platform.api.DomainException(org.huzhu.platform.api.PlatformMessages.BUNDLE, "audit.dateUnreadable",
                    org.huzhu.platform.api.DomainException.Kind.INVALID, text);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
