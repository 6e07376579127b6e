package org.huzhu.insurance.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.huzhu.insurance.premium.rules.BillStatus;
import org.huzhu.insurance.testing.BothDatabases;
import org.huzhu.insurance.testing.InsuranceDatabase;
import org.huzhu.insurance.testing.InsuranceDatabase.Kind;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The database holds a bill's status to the one rule, {@link BillStatus#of}: on H2 and PostgreSQL, for each case of
 * the rule a bill is stored with the status the rule gives (or LAPSED, the lapse's decision) and refused with any other.
 */
class BillStatusRuleInDatabaseTest {

    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases("bill_status");

    @ParameterizedTest(name = "total {0}, paid {1}")
    @CsvSource({"195.00, 0.00", "195.00, 0.01", "195.00, 100.00", "195.00, 194.99", "195.00, 195.00", "0.00, 0.00"})
    void aBillIsStoredOnlyWithTheStatusItsAmountsGiveOrLapsed(BigDecimal total, BigDecimal paid) throws SQLException {
        BillStatus rule = BillStatus.of(total, paid);
        for (Kind kind : Kind.values()) {
            InsuranceDatabase database = DATABASES.get(kind);
            for (BillStatus status : BillStatus.values()) {
                if (status == rule || status == BillStatus.LAPSED) {
                    insertBill(database.connection(), total, paid, status);
                    database.rollback();
                } else {
                    SQLException refused = assertThrows(SQLException.class, () -> insertBill(database.connection(), total, paid, status),
                            kind + " stores " + status);
                    assertTrue(refused.getSQLState().startsWith("235"), refused.getSQLState() + " " + refused.getMessage());
                    assertTrue(refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("bill_status_follows_amounts"),
                            refused.getMessage());
                    database.rollback();
                }
            }
        }
    }

    private static void insertBill(Connection db, BigDecimal total, BigDecimal paid, BillStatus status) throws SQLException {
        long version;
        try (PreparedStatement query = db.prepareStatement("select min(id) from insurance.plan_version"); ResultSet row = query.executeQuery()) {
            row.next();
            version = row.getLong(1);
        }
        long list;
        try (PreparedStatement insert = db.prepareStatement("insert into insurance.enrolment_list (unit_code, plan_version_id, kind, status, "
                + "eligible_headcount, enrolled_count, required_count, submitted_by, submitted_at) values ('U1', ?, 'NEW', 'CONFIRMED', 1, 1, 1, "
                + "'t', current_timestamp)", new String[] {"id"})) {
            insert.setLong(1, version);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                list = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = db.prepareStatement("insert into insurance.bill (unit_code, plan_version_id, list_id, issued_on, "
                + "payment_due, rate, total, paid, unit_part, status, issued_at) values ('U1', ?, ?, date '2026-07-01', date '2026-07-31', 0, "
                + "?, ?, ?, ?, current_timestamp)")) {
            insert.setLong(1, version);
            insert.setLong(2, list);
            insert.setBigDecimal(3, total);
            insert.setBigDecimal(4, paid);
            insert.setBigDecimal(5, total);
            insert.setString(6, status.name());
            assertEquals(1, insert.executeUpdate());
        }
    }
}
