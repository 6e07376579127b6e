package org.huzhu.insurance.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.huzhu.platform.api.audit.AuditEntry;
import org.huzhu.platform.api.audit.AuditQuery;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.ReadEntry;

/**
 * The audit trail as the insurance module's tests see it: what the code under test recorded, in order, so a test can say
 * which changes were recorded (the platform's own tests cover how the trail is stored).
 */
public final class RecordedTrail implements AuditTrail {

    private final List<AuditEntry> changes = new ArrayList<>();

    @Override
    public void record(String action, String objectType, String objectId, Object before, Object after) {
        record(null, action, objectType, objectId, before, after);
    }

    @Override
    public void record(String who, String action, String objectType, String objectId, Object before, Object after) {
        changes.add(new AuditEntry(changes.size() + 1, Instant.EPOCH, who, action, objectType, objectId, String.valueOf(before),
                String.valueOf(after)));
    }

    @Override
    public void recordEach(String who, String action, String objectType, Collection<String> objectIds, Object before, Object after) {
        objectIds.forEach(id -> record(who, action, objectType, id, before, after));
    }

    @Override
    public void read(String who, String objectType, String objectId) {
        throw new UnsupportedOperationException("the insurance module records no reads");
    }

    @Override
    public List<AuditEntry> changes(AuditQuery query) {
        return List.copyOf(changes);
    }

    @Override
    public List<ReadEntry> reads(AuditQuery query) {
        return List.of();
    }

    /** The actions recorded, in order. */
    public List<String> actions() {
        return changes.stream().map(AuditEntry::action).toList();
    }
}
