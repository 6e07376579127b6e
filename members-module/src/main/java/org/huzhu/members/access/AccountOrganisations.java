package org.huzhu.members.access;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

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

import org.huzhu.members.api.OrganisationKind;
import org.huzhu.platform.api.Jdbc;

/**
 * The organisation each account belongs to ({@code members.account_organisation}): a unit agent's unit, a staff
 * member's association, district or industry union or unit. Accounts themselves live in the platform module.
 */
@ApplicationScoped
public class AccountOrganisations {

    private static final int IN_LIST = 1_000;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    /** An account's organisation: its code and level. */
    public record Placed(String code, OrganisationKind kind) {
    }

    public Optional<Placed> of(String username) {
        return Jdbc.queryOne(dataSource, "select o.code, o.kind from members.account_organisation a join members.organisation o "
                + "on o.id = a.organisation_id where a.username = ?", row -> new Placed(row.getString(1),
                OrganisationKind.valueOf(row.getString(2))), username);
    }

    /** Organisation codes of these accounts (accounts without one left out). */
    public Map<String, String> of(Collection<String> usernames) {
        Map<String, String> found = new HashMap<>();
        List<String> all = new ArrayList<>(new HashSet<>(usernames));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            Jdbc.query(dataSource, "select a.username, o.code from members.account_organisation a join members.organisation o "
                    + "on o.id = a.organisation_id where a.username in (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")",
                    row -> found.put(row.getString(1), row.getString(2)), part.toArray());
        }
        return found;
    }

    /** The accounts whose organisation is one of these. */
    public Set<String> within(Collection<String> organisationCodes) {
        Set<String> usernames = new HashSet<>();
        List<String> codes = new ArrayList<>(new HashSet<>(organisationCodes));
        for (int from = 0; from < codes.size(); from += IN_LIST) {
            List<String> part = codes.subList(from, Math.min(codes.size(), from + IN_LIST));
            Jdbc.query(dataSource, "select a.username from members.account_organisation a join members.organisation o "
                    + "on o.id = a.organisation_id where o.code in (" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")",
                    row -> usernames.add(row.getString(1)), part.toArray());
        }
        return usernames;
    }

    public void remove(String username) {
        Jdbc.update(dataSource, "delete from members.account_organisation where username = ?", username);
    }

    /** Records the account's organisation, replacing the one it had. */
    public void place(String username, long organisationId) {
        Jdbc.update(dataSource, "delete from members.account_organisation where username = ?", username);
        Jdbc.update(dataSource, "insert into members.account_organisation (username, organisation_id) values (?, ?)", username, organisationId);
    }
}
