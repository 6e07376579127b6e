package org.huzhu.members.member;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.huzhu.members.api.MemberSearch;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.access.AccessPolicy;
import org.huzhu.members.api.access.Action;
import org.huzhu.members.api.access.Caller;
import org.huzhu.members.api.access.Scope;
import org.huzhu.platform.api.Jdbc;

/** {@link MemberSearch} with one indexed query, filtered in SQL by the caller's scope. */
@ApplicationScoped
public class JdbcMemberSearch implements MemberSearch {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    AccessPolicy policy;

    @Override
    public List<MemberView> find(Caller caller, String text, int limit) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.length() < SHORTEST || limit <= 0) {
            return List.of();
        }
        Scope scope = policy.scope(caller, Action.READ_MEMBER);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(JdbcMemberDirectory.MEMBER_COLUMNS)
                .append("where (m.name like ? escape '!' or m.resident_id like ? escape '!')");
        String literal = escape(wanted);
        parameters.add("%" + literal + "%");
        parameters.add(literal.toUpperCase(Locale.ROOT) + "%");
        if (!scope.everything()) {
            sql.append(" and o.code in (").append(String.join(", ", Collections.nCopies(scope.unitCodes().size(), "?"))).append(')');
            parameters.addAll(scope.unitCodes());
        }
        sql.append(" order by case when m.membership = 'ACTIVE' then 0 else 1 end, m.name, m.resident_id fetch first ? rows only");
        parameters.add(limit);
        return Jdbc.query(dataSource, sql.toString(), JdbcMemberDirectory::member, parameters.toArray());
    }

    /** The text as a LIKE literal: its own {@code %}, {@code _} and {@code !} match only themselves. */
    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
