package org.huzhu.members.access;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

import org.huzhu.platform.api.Jdbc;

/**
 * A unit and the organisations above it, nearest first ({@code PD-0001, PD, SH}). An organisation's parent is set
 * when it is created and never changes (merges close a unit, splits create one under the same parent), so chains
 * are remembered; unknown codes are not.
 */
@ApplicationScoped
public class UnitChains {

    static final int MAX_REMEMBERED = 200_000;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    private final Map<String, List<String>> chains = new ConcurrentHashMap<>();

    public List<String> of(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return List.of();
        }
        List<String> known = chains.get(unitCode);
        if (known != null) {
            return known;
        }
        List<String> chain = List.copyOf(Jdbc.query(dataSource, "with recursive up (id, code, parent_id, depth) as ("
                + "select id, code, parent_id, 0 from members.organisation where code = ? "
                + "union all select o.id, o.code, o.parent_id, u.depth + 1 from members.organisation o join up u on o.id = u.parent_id "
                + "where u.depth < 10) select code from up order by depth", row -> row.getString(1), unitCode));
        if (!chain.isEmpty()) {
            if (chains.size() >= MAX_REMEMBERED) {
                chains.clear();
            }
            chains.put(unitCode, chain);
        }
        return chain;
    }
}
