package org.huzhu.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

import org.huzhu.platform.api.AccountAction;
import org.huzhu.platform.api.AccountChangeRecord;
import org.huzhu.platform.api.AccountChanged;
import org.huzhu.platform.api.AccountRecord;
import org.huzhu.platform.api.Accounts;
import org.huzhu.platform.api.CreatedAccount;
import org.huzhu.platform.api.DomainException;
import org.huzhu.platform.api.Jdbc;
import org.huzhu.platform.api.PlatformMessages;
import org.huzhu.platform.api.Roles;
import org.huzhu.platform.api.audit.AuditTrail;
import org.huzhu.platform.api.audit.AuditedObject;

/** The accounts in {@code platform.app_user}, their roles, one-time codes and audit trail, with plain JDBC. */
@ApplicationScoped
public class JdbcAccounts implements Accounts {

    /** Who made a change that start-up made (the first administrator, demo accounts). */
    static final String SYSTEM = "system";
    private static final String COLUMNS = "select username, display_name, enabled, must_change_password, created_by, created_at, "
            + "disabled_at from platform.app_user ";
    private static final int IN_LIST = 1_000;

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Event<AccountChanged> changed;

    @Inject
    AuditTrail trail;

    @Override
    public boolean exists(String username) {
        return Jdbc.queryOne(dataSource, "select 1 from platform.app_user where username = ?", row -> true, username).isPresent();
    }

    @Override
    public boolean existsIgnoringCase(String username) {
        return username != null && Jdbc.queryOne(dataSource, "select 1 from platform.app_user where lower(username) = ?", row -> true,
                username.toLowerCase(Locale.ROOT)).isPresent();
    }

    @Override
    public boolean anyWithRole(String role) {
        return Jdbc.queryOne(dataSource, "select 1 from platform.app_user_role where role_code = ?", row -> true, role).isPresent();
    }

    @Override
    public Optional<AccountRecord> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        // the account first, its roles once its connection is given back: reading them inside the row mapper held one
        // connection while asking for a second, which outside a transaction (a sign-in, a page's account check) can leave
        // every request waiting once as many run as the pool has connections
        return Jdbc.queryOne(dataSource, COLUMNS + "where username = ?", row -> account(row, Set.of()), username)
                .map(a -> new AccountRecord(a.username(), a.displayName(), roles(username), a.enabled(), a.mustChangePassword(),
                        a.createdBy(), a.createdAt(), a.disabledAt()));
    }

    @Override
    public List<AccountRecord> search(String text, String role, Boolean enabled, Collection<String> among, int offset, int limit) {
        if (among != null && among.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (lower(username) like ? escape '\\' or lower(coalesce(display_name, '')) like ? escape '\\')");
            parameters.add(like);
            parameters.add(like);
        }
        if (role != null && !role.isBlank()) {
            where.append(" and username in (select username from platform.app_user_role where role_code = ?)");
            parameters.add(role.strip());
        }
        if (enabled != null) {
            where.append(" and enabled = ?");
            parameters.add(enabled);
        }
        if (among != null) {
            where.append(" and username in (").append(String.join(", ", Collections.nCopies(among.size(), "?"))).append(")");
            parameters.addAll(among);
        }
        parameters.add(Math.max(0, offset));
        parameters.add(Math.max(1, Math.min(limit, 500)));
        List<AccountRecord> withoutRoles = Jdbc.query(dataSource, COLUMNS + where + " order by username offset ? rows fetch next ? rows only",
                row -> account(row, Set.of()), parameters.toArray());
        Map<String, Set<String>> roles = roles(withoutRoles.stream().map(AccountRecord::username).toList());
        return withoutRoles.stream().map(a -> new AccountRecord(a.username(), a.displayName(), roles.getOrDefault(a.username(), Set.of()),
                a.enabled(), a.mustChangePassword(), a.createdBy(), a.createdAt(), a.disabledAt())).toList();
    }

    @Override
    @Transactional
    public void createIfAbsent(String username, char[] password, Set<String> roles) {
        if (exists(username)) {
            return;
        }
        insert(username, username, roles, password, false, SYSTEM);
        audit(username, SYSTEM, AccountAction.CREATED, roleList(roles));
    }

    @Override
    @Transactional
    public CreatedAccount create(String username, String displayName, Set<String> roles, char[] initialPassword, String createdBy, String detail) {
        AccountRules.checkUsername(username);
        AccountRules.checkStaffRoles(roles);
        String name = AccountRules.displayName(displayName, username);
        if (initialPassword != null) {
            PasswordPolicy.check(initialPassword, username);
        }
        if (existsIgnoringCase(username)) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.username.taken", DomainException.Kind.CONFLICT, username);
        }
        try {
            insert(username, name, roles, initialPassword == null ? OneTimeCodes.unusablePassword() : initialPassword, initialPassword != null,
                    createdBy);
        } catch (Jdbc.DataAccessException e) {
            if (e.isUniqueViolation()) {
                throw new DomainException(PlatformMessages.BUNDLE, "account.username.taken", DomainException.Kind.CONFLICT, username);
            }
            throw e;
        }
        String code = initialPassword == null ? newCode(username, createdBy) : null;
        audit(username, createdBy, AccountAction.CREATED, roleList(roles) + (detail == null ? "" : "; " + detail)
                + (code == null ? "; initial password, to be changed at first login" : "; activation code issued"));
        return new CreatedAccount(require(username), code);
    }

    @Override
    public void checkPassword(String username, char[] password) {
        PasswordPolicy.check(password, username);
    }

    @Override
    @Transactional
    public AccountRecord changeRoles(String username, Set<String> roles, String changedBy) {
        AccountRules.checkStaffRoles(roles);
        AccountRecord account = require(username);
        if (account.roles().equals(roles)) {
            return account;
        }
        if (account.enabled() && account.holds(Roles.ADMIN) && !roles.contains(Roles.ADMIN)
                && AccountRules.leavesNoAdministrator(true, false, lockEnabledAdministrators())) {
            throw AccountRules.lastAdministrator(username);
        }
        Jdbc.update(dataSource, "delete from platform.app_user_role where username = ?", username);
        insertRoles(username, roles);
        audit(username, changedBy, AccountAction.ROLES_CHANGED, roleList(account.roles()) + " → " + roleList(roles), account);
        changed.fire(new AccountChanged(username, AccountAction.ROLES_CHANGED));
        return require(username);
    }

    @Override
    @Transactional
    public AccountRecord changeDisplayName(String username, String displayName, String changedBy) {
        AccountRecord account = require(username);
        String name = AccountRules.displayName(displayName, username);
        if (name.equals(account.displayName())) {
            return account;
        }
        Jdbc.update(dataSource, "update platform.app_user set display_name = ? where username = ?", name, username);
        audit(username, changedBy, AccountAction.DISPLAY_NAME_CHANGED, account.displayName() + " → " + name, account);
        return require(username);
    }

    @Override
    @Transactional
    public AccountRecord disable(String username, String changedBy) {
        AccountRecord account = require(username);
        AccountRules.notYourself(username, changedBy);
        if (!account.enabled()) {
            return account;
        }
        if (account.holds(Roles.ADMIN) && AccountRules.leavesNoAdministrator(true, false, lockEnabledAdministrators())) {
            throw AccountRules.lastAdministrator(username);
        }
        Jdbc.update(dataSource, "update platform.app_user set enabled = false, disabled_at = ? where username = ?", now(), username);
        audit(username, changedBy, AccountAction.DISABLED, null, account);
        changed.fire(new AccountChanged(username, AccountAction.DISABLED));
        return require(username);
    }

    @Override
    @Transactional
    public AccountRecord enable(String username, String changedBy) {
        AccountRecord account = require(username);
        if (account.enabled()) {
            return account;
        }
        Jdbc.update(dataSource, "update platform.app_user set enabled = true, disabled_at = null where username = ?", username);
        audit(username, changedBy, AccountAction.ENABLED, null, account);
        changed.fire(new AccountChanged(username, AccountAction.ENABLED));
        return require(username);
    }

    @Override
    @Transactional
    public String resetPassword(String username, String changedBy) {
        require(username);
        Jdbc.update(dataSource, "update platform.app_user set password_hash = ?, must_change_password = false where username = ?",
                passwordHash.generate(OneTimeCodes.unusablePassword()), username);
        String code = newCode(username, changedBy);
        audit(username, changedBy, AccountAction.PASSWORD_RESET, null);
        changed.fire(new AccountChanged(username, AccountAction.PASSWORD_RESET));
        return code;
    }

    @Override
    @Transactional
    public String issueActivationCode(String username, String role, String issuedBy) {
        if (!exists(username)) {
            insert(username, username, Set.of(role), OneTimeCodes.unusablePassword(), false, issuedBy);
            audit(username, issuedBy, AccountAction.CREATED, role);
        }
        String code = newCode(username, issuedBy);
        audit(username, issuedBy, AccountAction.CODE_ISSUED, null);
        return code;
    }

    @Override
    @Transactional(dontRollbackOn = DomainException.class)
    public void activate(String username, String code, char[] newPassword) {
        PasswordPolicy.check(newPassword, username);
        Optional<AccountRecord> account = find(username);
        record Issued(String hash, int failures) {
        }
        Issued issued = account.isEmpty() ? null : Jdbc.queryOne(dataSource, "select code_hash, failed_attempts from platform.activation_code "
                + "where username = ? and expires_at > ? for update", row -> new Issued(row.getString(1), row.getInt(2)), username, now()).orElse(null);
        if (issued == null || issued.failures() >= OneTimeCodes.MAX_FAILED_ATTEMPTS) {
            throw invalidCode();
        }
        if (!passwordHash.verify(OneTimeCodes.normal(code).toCharArray(), issued.hash())) {
            // committed although the activation is refused: five wrong codes spend the code
            Jdbc.update(dataSource, "update platform.activation_code set failed_attempts = failed_attempts + 1 where username = ?", username);
            throw invalidCode();
        }
        if (!account.get().enabled()) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.disabled", DomainException.Kind.CONFLICT, username);
        }
        Jdbc.update(dataSource, "update platform.app_user set password_hash = ?, must_change_password = false where username = ?",
                passwordHash.generate(newPassword), username);
        Jdbc.update(dataSource, "delete from platform.activation_code where username = ?", username);
        audit(username, username, AccountAction.ACTIVATED, null);
        changed.fire(new AccountChanged(username, AccountAction.ACTIVATED));
    }

    @Override
    @Transactional
    public void changePassword(String username, char[] currentPassword, char[] newPassword) {
        String hash = Jdbc.queryOne(dataSource, "select password_hash from platform.app_user where username = ? and enabled = true",
                row -> row.getString(1), username).orElse(null);
        if (hash == null || currentPassword == null || !passwordHash.verify(currentPassword, hash)) {
            throw new DomainException(PlatformMessages.BUNDLE, "account.password.wrong", DomainException.Kind.INVALID);
        }
        PasswordPolicy.checkChange(currentPassword, newPassword, username);
        Jdbc.update(dataSource, "update platform.app_user set password_hash = ?, must_change_password = false where username = ?",
                passwordHash.generate(newPassword), username);
        audit(username, username, AccountAction.PASSWORD_CHANGED, null);
        changed.fire(new AccountChanged(username, AccountAction.PASSWORD_CHANGED));
    }

    @Override
    @Transactional
    public void record(String username, String changedBy, AccountAction action, String detail) {
        require(username);
        audit(username, changedBy, action, detail);
        changed.fire(new AccountChanged(username, action));
    }

    @Override
    public List<AccountChangeRecord> changes(String username) {
        return Jdbc.query(dataSource, "select changed_at, changed_by, action, detail from platform.account_change where username = ? "
                + "order by changed_at desc, id desc", row -> new AccountChangeRecord(row.getTimestamp(1).toInstant(), row.getString(2),
                AccountAction.valueOf(row.getString(3)), row.getString(4)), username);
    }

    private AccountRecord require(String username) {
        return find(username).orElseThrow(() -> new DomainException(PlatformMessages.BUNDLE, "account.notFound",
                DomainException.Kind.NOT_FOUND, String.valueOf(username)));
    }

    private void insert(String username, String displayName, Set<String> roles, char[] password, boolean mustChange, String createdBy) {
        Jdbc.update(dataSource, "insert into platform.app_user (username, password_hash, enabled, display_name, must_change_password, "
                + "created_by, created_at) values (?, ?, true, ?, ?, ?, ?)", username, passwordHash.generate(password), displayName, mustChange,
                createdBy, now());
        insertRoles(username, roles);
    }

    private void insertRoles(String username, Set<String> roles) {
        for (String role : new TreeSet<>(roles)) {
            Jdbc.update(dataSource, "insert into platform.app_user_role (username, role_code) values (?, ?)", username, role);
        }
    }

    private String newCode(String username, String issuedBy) {
        String code = OneTimeCodes.code();
        Timestamp now = now();
        Jdbc.update(dataSource, "delete from platform.activation_code where username = ?", username);
        Jdbc.update(dataSource, "insert into platform.activation_code (username, code_hash, issued_by, issued_at, expires_at) values (?, ?, ?, ?, ?)",
                username, passwordHash.generate(code.toCharArray()), issuedBy, now,
                Timestamp.from(now.toInstant().plus(Duration.ofDays(CODE_LIFETIME_DAYS))));
        return code;
    }

    /** Locks the enabled administrators' rows and counts them: two administrators disabling each other wait for each other. */
    private long lockEnabledAdministrators() {
        return Jdbc.query(dataSource, "select username from platform.app_user where enabled = true and username in "
                + "(select username from platform.app_user_role where role_code = ?) for update", row -> row.getString(1), Roles.ADMIN).size();
    }

    private void audit(String username, String changedBy, AccountAction action, String detail) {
        audit(username, changedBy, action, detail, null);
    }

    /** The account's own trail and the one audit trail (its state before, when known, and after; never a password or code). */
    private void audit(String username, String changedBy, AccountAction action, String detail, AccountRecord before) {
        String text = detail == null || detail.isBlank() ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        Jdbc.update(dataSource, "insert into platform.account_change (username, changed_at, changed_by, action, detail) values (?, ?, ?, ?, ?)",
                username, now(), changedBy == null ? SYSTEM : changedBy, action, text);
        trail.record(changedBy == null ? SYSTEM : changedBy, "ACCOUNT_" + action, AuditedObject.ACCOUNT, username, before,
                new AuditedAccount(find(username).orElse(null), text));
    }

    /** An account's state after a change, with the change's detail. */
    public record AuditedAccount(AccountRecord account, String detail) {
    }

    private Set<String> roles(String username) {
        return Set.copyOf(Jdbc.query(dataSource, "select role_code from platform.app_user_role where username = ?", row -> row.getString(1), username));
    }

    private Map<String, Set<String>> roles(List<String> usernames) {
        Map<String, Set<String>> roles = new HashMap<>();
        for (int from = 0; from < usernames.size(); from += IN_LIST) {
            List<String> part = usernames.subList(from, Math.min(usernames.size(), from + IN_LIST));
            Jdbc.query(dataSource, "select username, role_code from platform.app_user_role where username in ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")",
                    row -> roles.computeIfAbsent(row.getString(1), u -> new TreeSet<>()).add(row.getString(2)), part.toArray());
        }
        return roles;
    }

    private static AccountRecord account(ResultSet row, Set<String> roles) throws SQLException {
        Timestamp created = row.getTimestamp(6);
        Timestamp disabled = row.getTimestamp(7);
        return new AccountRecord(row.getString(1), row.getString(2) == null ? row.getString(1) : row.getString(2), roles, row.getBoolean(3),
                row.getBoolean(4), row.getString(5), created == null ? null : created.toInstant(), disabled == null ? null : disabled.toInstant());
    }

    private static String roleList(Set<String> roles) {
        return String.join(",", new TreeSet<>(roles));
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static DomainException invalidCode() {
        return new DomainException(PlatformMessages.BUNDLE, "account.activation.invalid", DomainException.Kind.INVALID);
    }
}
