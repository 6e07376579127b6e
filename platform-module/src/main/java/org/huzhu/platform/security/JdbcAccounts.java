package org.huzhu.platform.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

import org.huzhu.platform.api.Accounts;

@ApplicationScoped
public class JdbcAccounts implements Accounts {

    @Resource(lookup = "jdbc/huzhu")
    private DataSource dataSource;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private jakarta.enterprise.event.Event<org.huzhu.platform.api.AccountChanged> changed;

    @Override
    public boolean exists(String username) {
        return queryExists("select 1 from platform.app_user where username = ?", username);
    }

    @Override
    public boolean anyWithRole(String role) {
        return queryExists("select 1 from platform.app_user_role where role_code = ?", role);
    }

    @Override
    @Transactional
    public void createIfAbsent(String username, char[] password, Set<String> roles) {
        if (exists(username)) {
            return;
        }
        String hash = passwordHash.generate(password);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into platform.app_user (username, password_hash, enabled) values (?, ?, true)")) {
                insert.setString(1, username);
                insert.setString(2, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into platform.app_user_role (username, role_code) values (?, ?)")) {
                for (String role : roles) {
                    insert.setString(1, username);
                    insert.setString(2, role);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create account " + username, e);
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final java.time.Duration CODE_LIFETIME = java.time.Duration.ofDays(14);

    @Override
    @Transactional
    public String issueActivationCode(String username, String role, String issuedBy) {
        if (!exists(username)) {
            char[] unusable = new char[32];
            for (int i = 0; i < unusable.length; i++) {
                unusable[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
            }
            createIfAbsent(username, unusable, Set.of(role));
            update("update platform.app_user set enabled = false where username = ?", username);
            changed.fire(new org.huzhu.platform.api.AccountChanged(username));
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
        update("delete from platform.activation_code where username = ?", username);
        update("insert into platform.activation_code (username, code_hash, issued_by, issued_at, expires_at) values (?, ?, ?, ?, ?)",
                username, passwordHash.generate(code.toString().toCharArray()), issuedBy, now,
                new java.sql.Timestamp(now.getTime() + CODE_LIFETIME.toMillis()));
        return code.toString();
    }

    @Override
    @Transactional
    public void activate(String username, String code, char[] newPassword) {
        PasswordPolicy.check(newPassword);
        String hash = null;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select code_hash from platform.activation_code "
                     + "where username = ? and expires_at > ? for update")) {
            query.setString(1, username);
            query.setTimestamp(2, new java.sql.Timestamp(System.currentTimeMillis()));
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    hash = rows.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read activation codes", e);
        }
        if (hash == null || code == null || !passwordHash.verify(code.strip().toUpperCase(java.util.Locale.ROOT).toCharArray(), hash)) {
            throw new org.huzhu.platform.api.DomainException(org.huzhu.platform.api.PlatformMessages.BUNDLE, "account.activation.invalid",
                    org.huzhu.platform.api.DomainException.Kind.INVALID);
        }
        update("update platform.app_user set password_hash = ?, enabled = true where username = ?", passwordHash.generate(newPassword), username);
        update("delete from platform.activation_code where username = ?", username);
        changed.fire(new org.huzhu.platform.api.AccountChanged(username));
    }

    @Override
    @Transactional
    public void changePassword(String username, char[] currentPassword, char[] newPassword) {
        PasswordPolicy.check(newPassword);
        String hash;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select password_hash from platform.app_user where username = ? and enabled = true")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                hash = rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read accounts", e);
        }
        if (hash == null || !passwordHash.verify(currentPassword, hash)) {
            throw new org.huzhu.platform.api.DomainException(org.huzhu.platform.api.PlatformMessages.BUNDLE, "account.password.wrong",
                    org.huzhu.platform.api.DomainException.Kind.INVALID);
        }
        update("update platform.app_user set password_hash = ? where username = ?", passwordHash.generate(newPassword), username);
        changed.fire(new org.huzhu.platform.api.AccountChanged(username));
    }

    private void update(String sql, Object... parameters) {
        org.huzhu.platform.api.Jdbc.update(dataSource, sql, parameters);
    }

    private boolean queryExists(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read accounts", e);
        }
    }
}
