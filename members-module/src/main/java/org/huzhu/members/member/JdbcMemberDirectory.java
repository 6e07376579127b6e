package org.huzhu.members.member;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

import org.huzhu.members.api.EmploymentStatus;
import org.huzhu.members.api.MemberDirectory;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.OrganisationKind;
import org.huzhu.members.api.ResidentId;
import org.huzhu.members.api.Sex;
import org.huzhu.members.api.UnitView;

/** Indexed reads of members and units with plain JDBC. */
@ApplicationScoped
public class JdbcMemberDirectory implements MemberDirectory {

    private static final String MEMBER_COLUMNS = "select m.id, m.resident_id, m.name, m.sex, m.birth_date, "
            + "m.employment_status, m.retired_on, m.basic_insurance, m.hardship, o.code, o.name "
            + "from members.member m join members.organisation o on o.id = m.unit_id ";

    private static final String UNIT_COLUMNS = "select o.id, o.code, o.kind, o.name, p.code, "
            + "(select count(*) from members.member m where m.unit_id = o.id) "
            + "from members.organisation o left join members.organisation p on p.id = o.parent_id ";

    @Resource(lookup = "jdbc/huzhu")
    private DataSource dataSource;

    @Override
    public Optional<MemberView> findByResidentId(ResidentId residentId) {
        List<MemberView> found = queryMembers(MEMBER_COLUMNS + "where m.resident_id = ?", residentId.value());
        return found.stream().findFirst();
    }

    @Override
    public List<MemberView> membersOf(String unitCode, int offset, int limit) {
        return queryMembers(MEMBER_COLUMNS + "where o.code = ? order by m.resident_id offset ? rows fetch next ? rows only",
                unitCode, offset, limit);
    }

    @Override
    public List<UnitView> units() {
        return queryUnits(UNIT_COLUMNS + "order by o.code");
    }

    @Override
    public Optional<UnitView> unit(String code) {
        return queryUnits(UNIT_COLUMNS + "where o.code = ?", code).stream().findFirst();
    }

    private List<MemberView> queryMembers(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = prepare(connection, sql, parameters);
             ResultSet rows = query.executeQuery()) {
            List<MemberView> members = new ArrayList<>();
            while (rows.next()) {
                Date retiredOn = rows.getDate(7);
                members.add(new MemberView(rows.getLong(1), rows.getString(2), rows.getString(3),
                        Sex.ofCode(rows.getString(4)), rows.getDate(5).toLocalDate(),
                        EmploymentStatus.valueOf(rows.getString(6)), retiredOn == null ? null : retiredOn.toLocalDate(),
                        rows.getBoolean(8), rows.getBoolean(9), rows.getString(10), rows.getString(11)));
            }
            return members;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read members", e);
        }
    }

    private List<UnitView> queryUnits(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = prepare(connection, sql, parameters);
             ResultSet rows = query.executeQuery()) {
            List<UnitView> units = new ArrayList<>();
            while (rows.next()) {
                units.add(new UnitView(rows.getLong(1), rows.getString(2), OrganisationKind.valueOf(rows.getString(3)),
                        rows.getString(4), rows.getString(5), rows.getLong(6)));
            }
            return units;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read units", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
