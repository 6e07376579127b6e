package org.huzhu.members.unit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.huzhu.members.access.AccountOrganisations;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MembersMessages;
import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.UnitNameView;
import org.huzhu.members.api.UnitRegistry;
import org.huzhu.members.api.UnitView;
import org.huzhu.platform.api.AccountAction;
import org.huzhu.platform.api.AccountRecord;
import org.huzhu.platform.api.Accounts;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;
import org.huzhu.platform.api.Roles;

/**
 * The union hierarchy and its history. Merges and splits move members with set-based SQL, closing each
 * member's current unit row and recording a MOVED event, so every member's history survives.
 */
@ApplicationScoped
public class JdbcUnitRegistry implements UnitRegistry {

    private static final String ACTIVE_MEMBERS_OF = "select id from members.member where unit_id = ? and membership = 'ACTIVE'";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    MemberDirectory directory;

    @Inject
    AccountOrganisations organisations;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail trail;

    @Inject
    BusinessClock clock;

    @Override
    @Transactional
    public UnitView create(String code, OrganisationKind kind, String parentCode, String name, LocalDate from, String recordedBy) {
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9-]{0,31}")) {
            throw invalid("unit.code.invalid", String.valueOf(code));
        }
        requireName(name);
        if (directory.unit(code).isPresent()) {
            throw new DomainException(MembersMessages.BUNDLE, "unit.code.taken", DomainException.Kind.CONFLICT, code);
        }
        Long parentId = null;
        if (kind != OrganisationKind.ASSOCIATION) {
            UnitView parent = open(parentCode == null ? "" : parentCode, from);
            if (!mayContain(parent.kind(), kind)) {
                throw invalid("unit.parent.wrongLevel", code, parent.code());
            }
            parentId = parent.id();
        }
        long id = Jdbc.insert(dataSource, "insert into members.organisation (code, kind, parent_id, name, valid_from) values (?, ?, ?, ?, ?)",
                code, kind, parentId, name.strip(), from);
        Jdbc.update(dataSource, "insert into members.organisation_name (organisation_id, name, valid_from) values (?, ?, ?)", id, name.strip(), from);
        event(id, "CREATED", null, from, recordedBy);
        return audited(recordedBy, "UNIT_CREATED", null, directory.unit(code).orElseThrow());
    }

    @Override
    @Transactional
    public UnitView rename(String code, String newName, LocalDate from, String recordedBy) {
        requireName(newName);
        UnitView unit = open(code, from);
        LocalDate currentFrom = Jdbc.queryOne(dataSource, "select valid_from from members.organisation_name where organisation_id = ? "
                + "and valid_to is null", row -> row.getDate(1).toLocalDate(), unit.id()).orElse(unit.validFrom());
        if (!from.isAfter(currentFrom)) {
            throw invalid("unit.rename.tooEarly", from.toString(), currentFrom.toString());
        }
        Jdbc.update(dataSource, "update members.organisation_name set valid_to = ? where organisation_id = ? and valid_to is null", from, unit.id());
        Jdbc.update(dataSource, "insert into members.organisation_name (organisation_id, name, valid_from) values (?, ?, ?)", unit.id(), newName.strip(), from);
        Jdbc.update(dataSource, "update members.organisation set name = ? where id = ?", newName.strip(), unit.id());
        event(unit.id(), "RENAMED", null, from, recordedBy);
        return audited(recordedBy, "UNIT_RENAMED", unit, directory.unit(code).orElseThrow());
    }

    @Override
    @Transactional
    public UnitView merge(String code, String intoCode, LocalDate on, String recordedBy) {
        UnitView closing = open(code, on);
        UnitView absorbing = open(intoCode, on);
        if (closing.id() == absorbing.id()) {
            throw invalid("unit.merge.self", code);
        }
        if (Jdbc.queryOne(dataSource, "select count(*) from members.organisation where parent_id = ? and valid_to is null",
                row -> row.getLong(1), closing.id()).orElse(0L) > 0) {
            throw new DomainException(MembersMessages.BUNDLE, "unit.merge.hasChildren", DomainException.Kind.CONFLICT, code);
        }
        moveMembers(ACTIVE_MEMBERS_OF, closing.id(), absorbing.id(), on, "merge", recordedBy, closing.id());
        Jdbc.update(dataSource, "update members.organisation set valid_to = ? where id = ?", on, closing.id());
        Jdbc.update(dataSource, "update members.organisation_name set valid_to = ? where organisation_id = ? and valid_to is null", on, closing.id());
        event(closing.id(), "MERGED_INTO", absorbing.id(), on, recordedBy);
        trail.record(recordedBy, "UNIT_MERGED", AuditedObject.UNIT, code, closing, java.util.Map.of("mergedInto", intoCode, "on", on.toString()));
        return directory.unit(intoCode).orElseThrow();
    }

    @Override
    @Transactional
    public UnitView split(String code, String newCode, String newName, List<String> residentIds, LocalDate on, String recordedBy) {
        UnitView original = open(code, on);
        if (residentIds == null || residentIds.isEmpty()) {
            throw invalid("unit.split.empty", code);
        }
        long found = Jdbc.withConnection(dataSource, connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from members.member where unit_id = ? "
                    + "and membership = 'ACTIVE' and resident_id = any (?)")) {
                count.setLong(1, original.id());
                count.setArray(2, connection.createArrayOf("varchar", residentIds.toArray()));
                var rows = count.executeQuery();
                rows.next();
                return rows.getLong(1);
            }
        });
        if (found != residentIds.stream().distinct().count()) {
            throw invalid("unit.split.notMembers", code, residentIds.stream().distinct().count() - found);
        }
        UnitView created = create(newCode, original.kind(), original.parentCode(), newName, on, recordedBy);
        moveMembers(ACTIVE_MEMBERS_OF + " and resident_id = any (?)", original.id(), created.id(), on, "split", recordedBy,
                original.id(), residentIds);
        event(created.id(), "SPLIT_FROM", original.id(), on, recordedBy);
        trail.record(recordedBy, "UNIT_SPLIT", AuditedObject.UNIT, code, original, java.util.Map.of("newUnit", newCode, "members",
                residentIds.stream().distinct().count(), "on", on.toString()));
        return directory.unit(newCode).orElseThrow();
    }

    private UnitView audited(String by, String action, UnitView before, UnitView after) {
        trail.record(by, action, AuditedObject.UNIT, after.code(), before, after);
        return after;
    }

    @Override
    public List<UnitNameView> names(String code) {
        UnitView unit = directory.unit(code).orElseThrow(() -> notFound(code));
        return Jdbc.query(dataSource, "select name, valid_from, valid_to from members.organisation_name where organisation_id = ? "
                + "order by valid_from", row -> new UnitNameView(row.getString(1), row.getDate(2).toLocalDate(),
                row.getDate(3) == null ? null : row.getDate(3).toLocalDate()), unit.id());
    }

    @Override
    @Transactional
    public void assignAgent(String username, String unitCode, String assignedBy) {
        UnitView unit = open(unitCode, clock.today());
        AccountRecord account = accounts.find(username).orElseThrow(() -> new DomainException(MembersMessages.BUNDLE,
                "unit.agent.unknownAccount", DomainException.Kind.NOT_FOUND, String.valueOf(username)));
        if (!account.holds(Roles.UNIT_AGENT)) {
            throw new DomainException(MembersMessages.BUNDLE, "unit.agent.notAnAgent", DomainException.Kind.CONFLICT, username);
        }
        if (unit.kind() != OrganisationKind.UNIT && unit.kind() != OrganisationKind.COMMUNITY) {
            throw invalid("unit.agent.notAUnit", unitCode);
        }
        String before = organisations.of(username).map(AccountOrganisations.Placed::code).orElse("-");
        if (before.equals(unit.code())) {
            return;
        }
        organisations.place(username, unit.id());
        accounts.record(username, assignedBy, AccountAction.AGENT_ASSIGNED, before + " → " + unit.code());
    }

    @Override
    public Optional<String> unitOfAgent(String username) {
        Optional<AccountOrganisations.Placed> placed = organisations.of(username)
                .filter(p -> p.kind() == OrganisationKind.UNIT || p.kind() == OrganisationKind.COMMUNITY);
        if (placed.isEmpty() || !accounts.find(username).map(a -> a.holds(Roles.UNIT_AGENT)).orElse(false)) {
            return Optional.empty();
        }
        return placed.map(AccountOrganisations.Placed::code);
    }

    /** Set-based move of the members selected by {@code selection} (its parameters: from unit id, then extra). */
    private void moveMembers(String selection, long fromUnitId, long toUnitId, LocalDate on, String note, String recordedBy,
                             long selectionUnitId, Object... extra) {
        Jdbc.withConnection(dataSource, connection -> {
            Object[] parameters = new Object[1 + extra.length];
            parameters[0] = selectionUnitId;
            for (int i = 0; i < extra.length; i++) {
                parameters[i + 1] = extra[i] instanceof List<?> list ? connection.createArrayOf("varchar", list.toArray()) : extra[i];
            }
            run(connection, "insert into members.member_event (member_id, kind, effective_date, unit_id, other_unit_id, note, recorded_by, "
                    + "recorded_at) select id, 'MOVED', ?, ?, ?, ?, ?, ? from members.member where id in (" + selection + ")",
                    prepend(parameters, on, fromUnitId, toUnitId, note, recordedBy, new Timestamp(System.currentTimeMillis())));
            run(connection, "update members.member_unit set valid_to = ? where valid_to is null and member_id in (" + selection + ")",
                    prepend(parameters, on));
            run(connection, "insert into members.member_unit (member_id, unit_id, valid_from) select id, ?, ? from members.member "
                    + "where id in (" + selection + ")", prepend(parameters, toUnitId, on));
            run(connection, "update members.member set unit_id = ? where id in (" + selection + ")", prepend(parameters, toUnitId));
            return null;
        });
    }

    private static void run(java.sql.Connection connection, String sql, Object[] parameters) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Array array) {
                    statement.setArray(i + 1, array);
                } else {
                    bindOne(statement, i + 1, parameters[i]);
                }
            }
            statement.executeUpdate();
        }
    }

    private static void bindOne(PreparedStatement statement, int index, Object value) throws java.sql.SQLException {
        if (value instanceof LocalDate date) {
            statement.setDate(index, java.sql.Date.valueOf(date));
        } else {
            statement.setObject(index, value);
        }
    }

    private static Object[] prepend(Object[] tail, Object... head) {
        Object[] all = new Object[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private void event(long organisationId, String kind, Long otherId, LocalDate on, String recordedBy) {
        Jdbc.update(dataSource, "insert into members.organisation_event (organisation_id, kind, other_id, effective_date, recorded_by, "
                + "recorded_at) values (?, ?, ?, ?, ?, ?)", organisationId, kind, otherId, on, recordedBy, new Timestamp(System.currentTimeMillis()));
    }

    private UnitView open(String code, LocalDate on) {
        UnitView unit = directory.unit(code).orElseThrow(() -> notFound(code));
        if (unit.validTo() != null && !on.isBefore(unit.validTo())) {
            throw new DomainException(MembersMessages.BUNDLE, "unit.closed", DomainException.Kind.CONFLICT, code, unit.validTo().toString());
        }
        return unit;
    }

    private static boolean mayContain(OrganisationKind parent, OrganisationKind child) {
        return switch (child) {
            case ASSOCIATION -> false;
            case DISTRICT_UNION, INDUSTRY_UNION -> parent == OrganisationKind.ASSOCIATION;
            case UNIT, COMMUNITY -> parent == OrganisationKind.DISTRICT_UNION || parent == OrganisationKind.INDUSTRY_UNION;
        };
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw invalid("unit.name.invalid");
        }
    }

    private static DomainException invalid(String code, Object... arguments) {
        return new DomainException(MembersMessages.BUNDLE, code, DomainException.Kind.INVALID, arguments);
    }

    private static DomainException notFound(String code) {
        return new DomainException(MembersMessages.BUNDLE, "unit.notFound", DomainException.Kind.NOT_FOUND, code);
    }
}
