package org.huzhu.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

import org.h2.jdbcx.JdbcConnectionPool;
import org.huzhu.platform.api.AccountRecord;
import org.junit.jupiter.api.Test;

/**
 * An account is looked up (sign-in checks, account pages: outside a transaction) holding one connection at a time: on a
 * pool of one connection it is found with its roles. Reading the roles inside the account's row mapper asked for a second
 * connection while holding the only one, and waited for it until the pool gave up.
 */
class AccountOnAPoolOfOneTest {

    @Test
    void anAccountIsFoundWithItsRolesOnAPoolOfOne() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:accounts_pool_of_one;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DB_CLOSE_DELAY=-1", "sa", "");
        try {
            pool.setMaxConnections(1);
            pool.setLoginTimeout(1);
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create schema if not exists platform");
                for (String migration : new String[] {"V1__accounts.sql", "V2__member_activation.sql", "V3__staff_accounts.sql"}) {
                    String text = Files.readString(Path.of("src/main/resources/db/migration/platform/" + migration));
                    for (String sql : text.replaceAll("(?m)^--.*$", "").split(";")) {
                        if (!sql.isBlank()) {
                            statement.execute(sql);
                        }
                    }
                }
                statement.execute("insert into platform.app_user (username, display_name, password_hash) values ('li.officer', 'Li', 'x')");
                statement.execute("insert into platform.app_user_role (username, role_code) values ('li.officer', 'OFFICER'), "
                        + "('li.officer', 'SUPERVISOR')");
            }
            JdbcAccounts accounts = new JdbcAccounts();
            accounts.dataSource = pool;
            AccountRecord account = accounts.find("li.officer").orElseThrow();
            assertEquals("Li", account.displayName());
            assertEquals(Set.of("OFFICER", "SUPERVISOR"), account.roles());
            assertTrue(accounts.find("nobody").isEmpty());
            assertEquals(0, pool.getActiveConnections(), "every connection given back");
        } finally {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("shutdown");
            }
            pool.dispose();
        }
    }
}
