package org.huzhu.platform.api.audit;

import java.util.List;

/**
 * Records state changes and reads of personal data, and finds them again. Each {@code record} writes one row of
 * {@code platform.audit_event} on the caller's connection, so inside a transaction it commits or rolls back with the
 * change it describes. {@code before} and {@code after} are any values JSON-B can write (views, records, maps), or null.
 * Who: the user name given, else the logged-in caller, else {@code system} (start-up, timers).
 */
public interface AuditTrail {

    /** The actor of changes made by the application itself (start-up, timers, jobs nobody started). */
    String SYSTEM = "system";

    /** One state change by the logged-in caller. */
    void record(String action, String objectType, String objectId, Object before, Object after);

    /** One state change by {@code who} (null: the logged-in caller). */
    void record(String who, String action, String objectType, String objectId, Object before, Object after);

    /** The same change to many objects (a bulk confirmation's lists), one row each, written as one batch. */
    void recordEach(String who, String action, String objectType, java.util.Collection<String> objectIds, Object before, Object after);

    /** One read of a person's data: who opened which member, claim or document (committed at once when no transaction runs). */
    void read(String who, String objectType, String objectId);

    /** Changes matching the query, newest first. */
    List<AuditEntry> changes(AuditQuery query);

    /** Reads matching the query ({@code action} is ignored), newest first. */
    List<ReadEntry> reads(AuditQuery query);
}
