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
