package org.huzhu.platform.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.audit.AuditEntry;
import org.huzhu.platform.api.audit.AuditQuery;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.ReadEntry;

/** The audit trail in {@code platform.audit_event} and the read log in {@code platform.read_log}, with plain JDBC on the caller's connection. */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

    /** Longest before/after text kept; a longer state is replaced by a note of its length. */
    static final int MAX_STATE = 100_000;
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    Instance<SecurityContext> security;

    @Override
    public void record(String action, String objectType, String objectId, Object before, Object after) {
        record(null, action, objectType, objectId, before, after);
    }

    @Override
    public void record(String who, String action, String objectType, String objectId, Object before, Object after) {
        Jdbc.update(dataSource, "insert into platform.audit_event (occurred_at, actor, action, object_type, object_id, before_state, after_state) "
                + "values (?, ?, ?, ?, ?, ?, ?)", Timestamp.from(Instant.now()), actor(who), cut(action, 48), cut(objectType, 32),
                cut(objectId, 100), json(before), json(after));
    }

    @Override
    public void recordEach(String who, String action, String objectType, java.util.Collection<String> objectIds, Object before, Object after) {
        if (objectIds.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        String actor = actor(who);
        String beforeText = json(before);
        String afterText = json(after);
        Jdbc.withConnection(dataSource, connection -> {
            try (var insert = connection.prepareStatement("insert into platform.audit_event (occurred_at, actor, action, object_type, object_id, "
                    + "before_state, after_state) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (String id : objectIds) {
                    Jdbc.bind(insert, now, actor, cut(action, 48), cut(objectType, 32), cut(id, 100), beforeText, afterText);
                    insert.addBatch();
                }
                Jdbc.executeBatch(insert);
            }
            return null;
        });
    }

    @Override
    public void read(String who, String objectType, String objectId) {
        Jdbc.update(dataSource, "insert into platform.read_log (read_at, reader, object_type, object_id) values (?, ?, ?, ?)",
                Timestamp.from(Instant.now()), actor(who), cut(objectType, 32), cut(String.valueOf(objectId), 100));
    }

    @Override
    public List<AuditEntry> changes(AuditQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, "actor", "occurred_at", true, parameters);
        return Jdbc.query(dataSource, "select id, occurred_at, actor, action, object_type, object_id, before_state, after_state "
                + "from platform.audit_event" + where + " order by occurred_at desc, id desc offset ? rows fetch next ? rows only",
                row -> new AuditEntry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3), row.getString(4), row.getString(5),
                        row.getString(6), row.getString(7), row.getString(8)), page(query, parameters));
    }

    @Override
    public List<ReadEntry> reads(AuditQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, "reader", "read_at", false, parameters);
        return Jdbc.query(dataSource, "select id, read_at, reader, object_type, object_id from platform.read_log" + where
                + " order by read_at desc, id desc offset ? rows fetch next ? rows only",
                row -> new ReadEntry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3), row.getString(4), row.getString(5)),
                page(query, parameters));
    }

    private static String where(AuditQuery query, String actorColumn, String timeColumn, boolean withAction, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.who() != null) {
            where.append(" and ").append(actorColumn).append(" = ?");
            parameters.add(query.who());
        }
        if (withAction && query.action() != null) {
            where.append(" and action = ?");
            parameters.add(query.action());
        }
        if (query.objectType() != null) {
            where.append(" and object_type = ?");
            parameters.add(query.objectType());
        }
        if (query.objectId() != null) {
            where.append(" and object_id = ?");
            parameters.add(query.objectId());
        }
        if (query.from() != null) {
            where.append(" and ").append(timeColumn).append(" >= ?");
            parameters.add(Timestamp.valueOf(query.from().atStartOfDay()));
        }
        if (query.to() != null && query.to().isBefore(LocalDate.MAX)) {
            where.append(" and ").append(timeColumn).append(" < ?");
            parameters.add(Timestamp.valueOf(query.to().plusDays(1).atStartOfDay()));
        }
        return where.toString();
    }

    private static Object[] page(AuditQuery query, List<Object> parameters) {
        parameters.add(query.offset());
        parameters.add(query.limit());
        return parameters.toArray();
    }

    private String actor(String who) {
        if (who != null && !who.isBlank()) {
            return cut(who, 64);
        }
        try {
            Principal principal = security.isResolvable() ? security.get().getCallerPrincipal() : null;
            return principal == null || principal.getName() == null || principal.getName().isBlank() ? SYSTEM : cut(principal.getName(), 64);
        } catch (RuntimeException outsideARequest) {
            return SYSTEM;
        }
    }

    static String json(Object state) {
        if (state == null) {
            return null;
        }
        String text = state instanceof CharSequence raw && looksLikeJson(raw.toString()) ? raw.toString() : JSON.toJson(state);
        return text.length() <= MAX_STATE ? text : "{\"truncated\":true,\"length\":" + text.length() + "}";
    }

    private static boolean looksLikeJson(String text) {
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
