package org.huzhu.insurance.testing;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import org.huzhu.insurance.testing.InsuranceDatabase.Kind;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's insurance schema on both databases the application runs on ({@link InsuranceDatabase}): migrated
 * before the class's tests, each test's transaction rolled back after it, closed (PostgreSQL's dropped) after the
 * class. Register it as a static field with {@code @RegisterExtension}.
 */
public final class BothDatabases implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final String name;
    private final Map<Kind, InsuranceDatabase> databases = new EnumMap<>(Kind.class);

    public BothDatabases(String name) {
        this.name = name;
    }

    public InsuranceDatabase get(Kind kind) {
        return databases.get(kind);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        for (Kind kind : Kind.values()) {
            databases.put(kind, InsuranceDatabase.fresh(kind, name));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        for (InsuranceDatabase database : databases.values()) {
            database.rollback();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        for (InsuranceDatabase database : databases.values()) {
            database.close();
        }
        databases.clear();
    }
}
