package org.huzhu.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Target;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.audit.AuditEntry;
import org.huzhu.platform.api.audit.AuditQuery;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;
import org.huzhu.platform.api.audit.ReadEntry;

/**
 * The audit trail for administrators: every change (who, when, what, the object, before and after) or every read of
 * personal data, filtered by who, what, the object and the days, a page of {@value #PAGE} at a time. Each search asks the
 * access policy (READ_AUDIT) as it runs.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 50;
    static final List<String> OBJECT_TYPES = List.of(AuditedObject.ACCOUNT, AuditedObject.LOGIN, AuditedObject.PLAN, AuditedObject.UNIT,
            AuditedObject.MEMBER, AuditedObject.LIST, AuditedObject.BILL, AuditedObject.PAYMENT, AuditedObject.CLAIM, AuditedObject.DOCUMENT,
            AuditedObject.PAYMENT_BATCH, AuditedObject.LEDGER, AuditedObject.JOB);

    @Inject
    transient AuditTrail trail;

    @Inject
    transient AccessPolicy policy;

    private boolean reads;
    private String who;
    private String what;
    private String objectType;
    private String objectId;
    private String from;
    private String to;
    private int offset;
    private List<AuditEntry> changes = List.of();
    private List<ReadEntry> readEntries = List.of();

    @PostConstruct
    void init() {
        load();
    }

    public void search() {
        offset = 0;
        load();
    }

    public void next() {
        if (getRows() == PAGE) {
            offset += PAGE;
        }
        load();
    }

    public void previous() {
        offset = Math.max(0, offset - PAGE);
        load();
    }

    private void load() {
        changes = List.of();
        readEntries = List.of();
        try {
            policy.require(Pages.caller(), Action.READ_AUDIT, Target.association());
            AuditQuery query = new AuditQuery(who, reads ? null : what, objectType, objectId, AuditQuery.day(from), AuditQuery.day(to), offset, PAGE);
            if (reads) {
                readEntries = trail.reads(query);
            } else {
                changes = trail.changes(query);
            }
        } catch (DomainException refused) {
            Pages.error(refused);
        }
    }

    public int getRows() {
        return reads ? readEntries.size() : changes.size();
    }

    public boolean isFirstPage() {
        return offset == 0;
    }

    public int getFirstRow() {
        return offset + 1;
    }

    public List<String> getObjectTypes() {
        return OBJECT_TYPES;
    }

    public List<AuditEntry> getChanges() { return changes; }
    public List<ReadEntry> getReadEntries() { return readEntries; }
    public boolean isReads() { return reads; }
    public void setReads(boolean reads) { this.reads = reads; }
    public String getWho() { return who; }
    public void setWho(String who) { this.who = who; }
    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public String getObjectType() { return objectType; }
    public void setObjectType(String objectType) { this.objectType = objectType; }
    public String getObjectId() { return objectId; }
    public void setObjectId(String objectId) { this.objectId = objectId; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public int getOffset() { return offset; }
    public void setOffset(int offset) { this.offset = Math.max(0, offset); }
}
