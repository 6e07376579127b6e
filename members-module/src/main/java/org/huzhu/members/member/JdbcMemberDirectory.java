package org.huzhu.members.member;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.MembershipStatus;
import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.Sex;
import org.huzhu.members.api.UnitView;
import org.huzhu.platform.api.Jdbc;

/** Indexed reads of members and units with plain JDBC. */
@ApplicationScoped
public class JdbcMemberDirectory implements MemberDirectory {

    static final String MEMBER_COLUMNS = "select m.id, m.resident_id, m.name, m.sex, m.birth_date, "
            + "m.employment_status, m.retired_on, m.basic_insurance, m.hardship, o.code, o.name, m.membership, "
            + "m.membership_changed_on, m.model_worker, m.bank_card "
            + "from members.member m join members.organisation o on o.id = m.unit_id ";

    static final String UNIT_COLUMNS = "select o.id, o.code, o.kind, o.name, p.code, "
            + "(select count(*) from members.member m where m.unit_id = o.id and m.membership = 'ACTIVE'), o.valid_from, o.valid_to "
            + "from members.organisation o left join members.organisation p on p.id = o.parent_id ";

    /** Unit codes per statement when many are asked for at once. */
    private static final int IN_LIST = 1_000;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Override
    public Optional<MemberView> findByResidentId(ResidentId residentId) {
        return Jdbc.queryOne(dataSource, MEMBER_COLUMNS + "where m.resident_id = ?", JdbcMemberDirectory::member, residentId.value());
    }

    @Override
    public Optional<MemberView> findById(long memberId) {
        return Jdbc.queryOne(dataSource, MEMBER_COLUMNS + "where m.id = ?", JdbcMemberDirectory::member, memberId);
    }

    @Override
    public List<MemberView> membersOf(String unitCode, int offset, int limit) {
        return Jdbc.query(dataSource, MEMBER_COLUMNS + "where o.code = ? and m.membership = 'ACTIVE' "
                + "order by m.resident_id offset ? rows fetch next ? rows only", JdbcMemberDirectory::member, unitCode, offset, limit);
    }

    @Override
    public Set<String> codesWithin(String organisationCode) {
        return new HashSet<>(Jdbc.query(dataSource, "with recursive tree (id, code) as (select id, code from members.organisation "
                + "where code = ? union all select o.id, o.code from members.organisation o join tree t on o.parent_id = t.id) "
                + "select code from tree", row -> row.getString(1), organisationCode));
    }

    @Override
    public Map<Long, String> hardshipMembersOf(Collection<String> unitCodes) {
        Map<Long, String> hardship = new HashMap<>();
        List<String> codes = new ArrayList<>(new HashSet<>(unitCodes));
        for (int from = 0; from < codes.size(); from += IN_LIST) {
            List<String> part = codes.subList(from, Math.min(codes.size(), from + IN_LIST));
            Jdbc.query(dataSource, "select m.id, o.code from members.member m join members.organisation o on o.id = m.unit_id "
                    + "where o.code in (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ") "
                    + "and m.membership = 'ACTIVE' and m.hardship", row -> hardship.put(row.getLong(1), row.getString(2)), part.toArray());
        }
        return hardship;
    }

    @Override
    public List<UnitView> units() {
        return Jdbc.query(dataSource, UNIT_COLUMNS + "order by o.code", JdbcMemberDirectory::unit);
    }

    @Override
    public Optional<UnitView> unit(String code) {
        return Jdbc.queryOne(dataSource, UNIT_COLUMNS + "where o.code = ?", JdbcMemberDirectory::unit, code);
    }

    static MemberView member(ResultSet row) throws SQLException {
        return new MemberView(row.getLong(1), row.getString(2), row.getString(3), Sex.ofCode(row.getString(4)),
                row.getDate(5).toLocalDate(), EmploymentStatus.valueOf(row.getString(6)), localDate(row.getDate(7)),
                row.getBoolean(8), row.getBoolean(9), row.getString(10), row.getString(11),
                MembershipStatus.valueOf(row.getString(12)), localDate(row.getDate(13)), row.getBoolean(14), row.getString(15));
    }

    static UnitView unit(ResultSet row) throws SQLException {
        return new UnitView(row.getLong(1), row.getString(2), OrganisationKind.valueOf(row.getString(3)), row.getString(4),
                row.getString(5), row.getLong(6), row.getDate(7).toLocalDate(), localDate(row.getDate(8)));
    }

    private static java.time.LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
