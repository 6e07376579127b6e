package org.huzhu.members.member;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.huzhu.members.api.BulkRegistration;
import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.InvalidMemberException;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberEventKind;
import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.MemberEventView;
import org.huzhu.members.api.MemberRecord;
import org.huzhu.members.api.MemberRecordCheck;
import org.huzhu.members.api.MemberRegistry;
import org.huzhu.members.api.MemberStatusChanged;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.MembersMessages;
import org.huzhu.members.api.MembershipStatus;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.UnitView;
import org.huzhu.platform.api.BulkInsert;
import org.huzhu.platform.api.BusinessClock;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.FieldProblem;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.TableStatistics;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;

@ApplicationScoped
public class JdbcMemberRegistry implements MemberRegistry {

    private static final int BATCH = 5_000;
    private static final List<String> MEMBER_COLUMNS = List.of("resident_id", "name", "sex", "birth_date", "employment_status",
            "retired_on", "basic_insurance", "hardship", "model_worker", "unit_id", "bank_card");
    private static final String INSERT_MEMBER = "insert into members.member (" + String.join(", ", MEMBER_COLUMNS)
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    MemberDirectory directory;

    @Inject
    Event<MemberStatusChanged> statusChanges;

    @Inject
    TableStatistics statistics;

    @Inject
    BusinessClock clock;

    @Inject
    AuditTrail trail;

    @Override
    @Transactional
    public MemberView register(MemberRecord record, String unitCode, LocalDate joinedOn, String recordedBy) {
        List<FieldProblem> problems = MemberRecordCheck.problems(record, clock.today());
        if (!problems.isEmpty()) {
            throw new InvalidMemberException(problems);
        }
        ResidentId id = ResidentId.parse(record.residentId());
        directory.findByResidentId(id).ifPresent(existing -> {
            throw new DomainException(MembersMessages.BUNDLE, "member.alreadyRegistered", DomainException.Kind.CONFLICT,
                    id.value(), existing.unitCode());
        });
        UnitView unit = activeUnit(unitCode, joinedOn);
        long memberId = Jdbc.insert(dataSource, INSERT_MEMBER, memberColumns(record, id, unit.id()));
        Jdbc.update(dataSource, "insert into members.member_unit (member_id, unit_id, valid_from) values (?, ?, ?)", memberId, unit.id(), joinedOn);
        recordEvent(memberId, MemberEventKind.JOINED, joinedOn, unit.id(), null, null, recordedBy);
        MemberView registered = directory.findById(memberId).orElseThrow();
        trail.record(recordedBy, "MEMBER_REGISTERED", AuditedObject.MEMBER, registered.residentId(), null, registered);
        return registered;
    }

    @Override
    @Transactional
    public BulkRegistration registerAll(String unitCode, List<MemberRecord> records, LocalDate joinedOn, String recordedBy) {
        UnitView unit = activeUnit(unitCode, joinedOn);
        Map<String, String> units = currentUnits(records.stream().map(MemberRecord::residentId).toList());
        Map<String, String> elsewhere = new HashMap<>();
        List<MemberRecord> fresh = new ArrayList<>();
        List<MemberRecord> known = new ArrayList<>();
        // each ID parsed once for the member's columns, the update of its details and its history
        Map<MemberRecord, ResidentId> parsed = new java.util.IdentityHashMap<>();
        for (MemberRecord record : records) {
            String current = units.get(record.residentId());
            if (current == null) {
                fresh.add(record);
                parsed.put(record, ResidentId.parse(record.residentId()));
            } else if (current.equals(unitCode)) {
                known.add(record);
                parsed.put(record, ResidentId.parse(record.residentId()));
            } else {
                elsewhere.put(record.residentId(), current);
            }
        }
        Jdbc.withConnection(dataSource, connection -> {
            List<Object[]> rows = new ArrayList<>(fresh.size());
            for (MemberRecord record : fresh) {
                rows.add(memberColumns(record, parsed.get(record), unit.id()));
            }
            statistics.written("members.member", BulkInsert.into(connection, "members.member", MEMBER_COLUMNS, rows));
            // a member whose details did not change is not written again (a unit's members joining a second plan)
            try (PreparedStatement update = connection.prepareStatement("update members.member set name = ?, employment_status = ?, "
                    + "retired_on = ?, basic_insurance = ?, hardship = ?, model_worker = ?, bank_card = coalesce(?, bank_card) "
                    + "where resident_id = ? and (name is distinct from ? or employment_status is distinct from ? "
                    + "or retired_on is distinct from ? or basic_insurance is distinct from ? or hardship is distinct from ? "
                    + "or model_worker is distinct from ? or bank_card is distinct from coalesce(?, bank_card))")) {
                int pending = 0;
                for (MemberRecord record : known) {
                    Object[] details = {record.name().strip(), record.status(), record.retiredOn(), record.basicInsurance(),
                            record.hardship(), record.modelWorker(), blankToNull(record.bankCard())};
                    Object[] parameters = new Object[details.length * 2 + 1];
                    System.arraycopy(details, 0, parameters, 0, details.length);
                    parameters[details.length] = parsed.get(record).value();
                    System.arraycopy(details, 0, parameters, details.length + 1, details.length);
                    Jdbc.bind(update, parameters);
                    update.addBatch();
                    if (++pending % BATCH == 0) {
                        Jdbc.executeBatch(update);
                    }
                }
                Jdbc.executeBatch(update);
            }
            return null;
        });
        Map<String, Long> ids = idsOf(records.stream().map(r -> ResidentId.parse(r.residentId()).value()).toList());
        // the new members' history: joined the unit on the date given, one row each
        Timestamp now = clock.timestamp();
        List<Object[]> history = new ArrayList<>(fresh.size());
        List<Object[]> joined = new ArrayList<>(fresh.size());
        for (MemberRecord record : fresh) {
            long memberId = ids.get(parsed.get(record).value());
            history.add(new Object[] {memberId, unit.id(), joinedOn});
            joined.add(new Object[] {memberId, MemberEventKind.JOINED, joinedOn, unit.id(), recordedBy, now});
        }
        Jdbc.withConnection(dataSource, connection -> {
            statistics.written("members.member_unit", BulkInsert.into(connection, "members.member_unit",
                    List.of("member_id", "unit_id", "valid_from"), history));
            statistics.written("members.member_event", BulkInsert.into(connection, "members.member_event",
                    List.of("member_id", "kind", "effective_date", "unit_id", "recorded_by", "recorded_at"), joined));
            return null;
        });
        // one row for the whole list (a list may hold 100,000 people): how many were registered, updated, found elsewhere
        trail.record(recordedBy, "MEMBERS_REGISTERED", AuditedObject.UNIT, unitCode, null, Map.of("registered", fresh.size(),
                "updated", known.size(), "inOtherUnits", elsewhere.size(), "joinedOn", joinedOn.toString()));
        return new BulkRegistration(ids, fresh.size(), known.size(), elsewhere);
    }

    private Map<String, Long> idsOf(List<String> residentIds) {
        Map<String, Long> ids = new HashMap<>();
        Jdbc.withConnection(dataSource, connection -> {
            try (PreparedStatement query = connection.prepareStatement("select m.resident_id, m.id from unnest(?) as r(id) "
                    + "join members.member m on m.resident_id = r.id")) {
                query.setArray(1, connection.createArrayOf("varchar", residentIds.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return null;
        });
        return ids;
    }

    @Override
    public Map<String, String> currentUnits(Collection<String> residentIds) {
        Map<String, String> units = new HashMap<>();
        List<String> ids = new ArrayList<>(residentIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Jdbc.withConnection(dataSource, connection -> {
                Array array = connection.createArrayOf("varchar", chunk.toArray());
                try (PreparedStatement query = connection.prepareStatement("select m.resident_id, o.code from unnest(?) as r(id) "
                        + "join members.member m on m.resident_id = r.id join members.organisation o on o.id = m.unit_id")) {
                    query.setArray(1, array);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            units.put(rows.getString(1), rows.getString(2));
                        }
                    }
                }
                return null;
            });
        }
        return units;
    }

    @Override
    @Transactional
    public MemberView retire(ResidentId member, LocalDate retiredOn, String recordedBy) {
        MemberView current = active(member);
        if (current.status() == EmploymentStatus.RETIRED) {
            throw conflict("member.alreadyRetired", member.value());
        }
        notBefore(current, retiredOn);
        Jdbc.update(dataSource, "update members.member set employment_status = 'RETIRED', retired_on = ? where id = ?", retiredOn, current.id());
        return changed(current, MemberEventKind.RETIRED, retiredOn, null, recordedBy);
    }

    @Override
    @Transactional
    public MemberView leave(ResidentId member, LocalDate leftOn, String recordedBy) {
        return endMembership(member, MembershipStatus.LEFT, MemberEventKind.LEFT_UNIT, leftOn, recordedBy);
    }

    @Override
    @Transactional
    public MemberView die(ResidentId member, LocalDate diedOn, String recordedBy) {
        return endMembership(member, MembershipStatus.DECEASED, MemberEventKind.DIED, diedOn, recordedBy);
    }

    @Override
    @Transactional
    public MemberView move(ResidentId member, String toUnitCode, LocalDate movedOn, String recordedBy) {
        MemberView current = active(member);
        UnitView target = activeUnit(toUnitCode, movedOn);
        if (target.code().equals(current.unitCode())) {
            throw conflict("member.alreadyInUnit", member.value(), toUnitCode);
        }
        notBefore(current, movedOn);
        moveMember(current.id(), target.id(), movedOn);
        return changed(current, MemberEventKind.MOVED, movedOn, target, recordedBy);
    }

    /** Closes the member's current unit row and opens one in the target unit; used by moves, merges and splits. */
    void moveMember(long memberId, long toUnitId, LocalDate on) {
        Jdbc.update(dataSource, "update members.member_unit set valid_to = ? where member_id = ? and valid_to is null", on, memberId);
        Jdbc.update(dataSource, "insert into members.member_unit (member_id, unit_id, valid_from) values (?, ?, ?)", memberId, toUnitId, on);
        Jdbc.update(dataSource, "update members.member set unit_id = ? where id = ?", toUnitId, memberId);
    }

    @Override
    public List<MemberEventView> history(ResidentId member) {
        MemberView current = directory.findByResidentId(member).orElseThrow(() -> notFound(member));
        return Jdbc.query(dataSource, "select e.kind, e.effective_date, u.code, o.code, e.note, e.recorded_by, e.recorded_at "
                + "from members.member_event e left join members.organisation u on u.id = e.unit_id "
                + "left join members.organisation o on o.id = e.other_unit_id where e.member_id = ? order by e.effective_date, e.id",
                row -> new MemberEventView(MemberEventKind.valueOf(row.getString(1)), row.getDate(2).toLocalDate(), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getTimestamp(7).toInstant()), current.id());
    }

    private MemberView endMembership(ResidentId member, MembershipStatus status, MemberEventKind kind, LocalDate on, String recordedBy) {
        MemberView current = active(member);
        notBefore(current, on);
        Jdbc.update(dataSource, "update members.member set membership = ?, membership_changed_on = ? where id = ?", status, on, current.id());
        Jdbc.update(dataSource, "update members.member_unit set valid_to = ? where member_id = ? and valid_to is null", on, current.id());
        return changed(current, kind, on, null, recordedBy);
    }

    private MemberView changed(MemberView before, MemberEventKind kind, LocalDate on, UnitView other, String recordedBy) {
        long unitId = directory.unit(before.unitCode()).orElseThrow().id();
        recordEvent(before.id(), kind, on, unitId, other == null ? null : other.id(), null, recordedBy);
        statusChanges.fire(new MemberStatusChanged(before.id(), before.residentId(), kind, on, before.unitCode(),
                other == null ? null : other.code()));
        MemberView after = directory.findById(before.id()).orElseThrow();
        trail.record(recordedBy, "MEMBER_" + kind, AuditedObject.MEMBER, before.residentId(), before, after);
        return after;
    }

    void recordEvent(long memberId, MemberEventKind kind, LocalDate on, Long unitId, Long otherUnitId, String note, String recordedBy) {
        Jdbc.update(dataSource, "insert into members.member_event (member_id, kind, effective_date, unit_id, other_unit_id, note, "
                + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", memberId, kind, on, unitId, otherUnitId, note, recordedBy,
                clock.timestamp());
    }

    private MemberView active(ResidentId member) {
        MemberView current = directory.findByResidentId(member).orElseThrow(() -> notFound(member));
        if (current.membership() != MembershipStatus.ACTIVE) {
            throw conflict("member.notActive", member.value(), current.membership().name());
        }
        return current;
    }

    private void notBefore(MemberView member, LocalDate on) {
        LocalDate last = Jdbc.queryOne(dataSource, "select max(effective_date) from members.member_event where member_id = ?",
                row -> row.getDate(1) == null ? null : row.getDate(1).toLocalDate(), member.id()).orElse(null);
        if (last != null && on.isBefore(last)) {
            throw new DomainException(MembersMessages.BUNDLE, "member.eventBeforeHistory", DomainException.Kind.INVALID,
                    on.toString(), last.toString());
        }
    }

    private UnitView activeUnit(String code, LocalDate on) {
        UnitView unit = directory.unit(code).orElseThrow(() -> new DomainException(MembersMessages.BUNDLE, "unit.notFound",
                DomainException.Kind.NOT_FOUND, code));
        if (unit.kind() != OrganisationKind.UNIT && unit.kind() != OrganisationKind.COMMUNITY) {
            throw new DomainException(MembersMessages.BUNDLE, "member.unit.notAUnit", DomainException.Kind.INVALID, code);
        }
        if (on == null) {
            throw new DomainException(MembersMessages.BUNDLE, "member.date.missing", DomainException.Kind.INVALID);
        }
        if (unit.validTo() != null && !on.isBefore(unit.validTo())) {
            throw conflict("unit.closed", code, unit.validTo().toString());
        }
        return unit;
    }

    private static Object[] memberColumns(MemberRecord record, ResidentId id, long unitId) {
        return new Object[] {id.value(), record.name().strip(), id.sex().code(), id.birthDate(), record.status(), record.retiredOn(),
                record.basicInsurance(), record.hardship(), record.modelWorker(), unitId, blankToNull(record.bankCard())};
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static DomainException notFound(ResidentId member) {
        return new DomainException(MembersMessages.BUNDLE, "member.notFound", DomainException.Kind.NOT_FOUND, member.value());
    }

    private static DomainException conflict(String code, Object... arguments) {
        return new DomainException(MembersMessages.BUNDLE, code, DomainException.Kind.CONFLICT, arguments);
    }
}
