package org.huzhu.claims.intake;

import org.huzhu.claims.api.ClaimRequests;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.huzhu.claims.intake.rules.ClaimStatus;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;

/** The audit trail of claims: every change of status with who, when, from, to and a note. */
@ApplicationScoped
public class ClaimEvents {

    @Inject
    BusinessClock clock;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    AuditTrail trail;

    /** One change of the claim's status, in its own history and in the one audit trail (status and note before and after). */
    public void record(long claimId, String actor, String action, ClaimStatus from, ClaimStatus to, String note) {
        String text = note == null || note.isBlank() ? null : truncate(note);
        Jdbc.update(dataSource, "insert into claims.claim_event (claim_id, at, actor, action, from_status, to_status, note) "
                + "values (?, ?, ?, ?, ?, ?, ?)", claimId, Timestamp.valueOf(clock.now()), actor, action,
                from == null ? null : from.name(), to.name(), text);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        if (text != null) {
            after.put("note", text);
        }
        trail.record(actor, "CLAIM_" + action, AuditedObject.CLAIM, String.valueOf(claimId), from == null ? null : Map.of("status", from.name()),
                after);
    }

    public List<ClaimRequests.EventView> of(long claimId) {
        return Jdbc.query(dataSource, "select id, at, actor, action, from_status, to_status, note from claims.claim_event "
                + "where claim_id = ? order by id", row -> new ClaimRequests.EventView(row.getLong(1), row.getTimestamp(2).toLocalDateTime(),
                row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7)), claimId);
    }

    private static String truncate(String note) {
        return note.length() > 1000 ? note.substring(0, 1000) : note;
    }
}
