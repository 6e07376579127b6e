package org.huzhu.insurance.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

import org.huzhu.insurance.api.enrolment.CoverLookup;
import org.huzhu.insurance.api.enrolment.CoverRecord;
import org.huzhu.insurance.api.enrolment.VersionRules;
import org.huzhu.insurance.api.rules.PlanRules;
import org.huzhu.insurance.api.rules.PlanRulesJson;
import org.huzhu.members.api.ResidentId;
import org.huzhu.platform.api.Jdbc;

/**
 * Cover for claims, one indexed read each: {@code enrolment_by_resident (resident_id, cover_start)} for a
 * member's cover on a date, {@code enrolment_once_per_version (plan_version_id, member_id)} for all the
 * enrolments of a version. Versions are immutable once used, so their parsed rules are kept.
 */
@ApplicationScoped
public class JdbcCoverLookup implements CoverLookup {

    private static final String COVER = "select e.id, e.member_id, e.resident_id, e.unit_code, v.id, p.code, v.version_code, e.shares, "
            + "e.cover_start, e.cover_end, e.continuous_from, e.premium_status, e.status, e.ended_on, v.rules "
            + "from insurance.enrolment e join insurance.plan_version v on v.id = e.plan_version_id "
            + "join insurance.plan p on p.id = v.plan_id ";
    private static final String VERSION = "select v.id, p.code, v.version_code, v.rules from insurance.plan_version v "
            + "join insurance.plan p on p.id = v.plan_id ";

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    private final ConcurrentMap<Long, Parsed> parsed = new ConcurrentHashMap<>();

    @Override
    public Optional<CoverRecord> cover(ResidentId member, String planCode, LocalDate date) {
        return Jdbc.query(dataSource, COVER + "where e.resident_id = ? and e.cover_start <= ? and p.code = ? "
                        + "and e.cover_end >= ? order by e.cover_start desc", this::cover, member.value(), date, planCode, date)
                .stream().filter(cover -> !date.isAfter(cover.coverEnd())).findFirst();
    }

    @Override
    public Optional<VersionRules> versionInForce(String planCode, LocalDate date) {
        return Jdbc.queryOne(dataSource, VERSION + "where p.code = ? and v.period_start <= ? and v.period_end >= ?",
                this::version, planCode, date, date);
    }

    @Override
    public Optional<VersionRules> version(long planVersionId) {
        return Jdbc.queryOne(dataSource, VERSION + "where v.id = ?", this::version, planVersionId);
    }

    @Override
    public List<CoverRecord> covers(java.util.Collection<Long> enrolmentIds) {
        List<Long> ids = new java.util.ArrayList<>(new java.util.TreeSet<>(enrolmentIds));
        List<CoverRecord> covers = new java.util.ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += 10_000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 10_000));
            covers.addAll(Jdbc.withConnection(dataSource, connection -> {
                try (java.sql.PreparedStatement query = connection.prepareStatement(COVER + "where e.id = any (?)")) {
                    query.setArray(1, connection.createArrayOf("bigint", chunk.toArray()));
                    List<CoverRecord> found = new java.util.ArrayList<>(chunk.size());
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            found.add(cover(rows));
                        }
                    }
                    return found;
                }
            }));
        }
        return covers;
    }

    private CoverRecord cover(ResultSet row) throws SQLException {
        LocalDate coverStart = row.getDate(9).toLocalDate();
        LocalDate coverEnd = row.getDate(10).toLocalDate();
        Date endedOn = row.getDate(14);
        if (endedOn != null && endedOn.toLocalDate().isBefore(coverEnd)) {
            LocalDate ended = endedOn.toLocalDate();
            coverEnd = ended.isBefore(coverStart) ? coverStart.minusDays(1) : ended;
        }
        LocalDate continuous = row.getDate(11).toLocalDate();
        String status = row.getString(13);
        boolean paid = "PAID".equals(row.getString(12)) && !"LAPSED".equals(status);
        return new CoverRecord(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getLong(5),
                row.getString(6), row.getString(7), row.getInt(8), coverStart, coverEnd,
                continuous.isAfter(coverStart) ? coverStart : continuous, paid, status, rules(row.getLong(5), row.getString(15)));
    }

    private VersionRules version(ResultSet row) throws SQLException {
        return new VersionRules(row.getLong(1), row.getString(2), row.getString(3), rules(row.getLong(1), row.getString(4)));
    }

    private PlanRules rules(long versionId, String json) {
        Parsed known = parsed.get(versionId);
        if (known != null && known.json().equals(json)) {
            return known.rules();
        }
        PlanRules rules = PlanRulesJson.read(json);
        parsed.put(versionId, new Parsed(json, rules));
        return rules;
    }

    private record Parsed(String json, PlanRules rules) {
    }
}
