package org.huzhu.insurance.premium;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.huzhu.insurance.api.premium.PaymentView;
import org.huzhu.insurance.testing.BothDatabases;
import org.huzhu.insurance.testing.InsuranceDatabase.Kind;
import org.huzhu.insurance.testing.PoolOfOne;
import org.huzhu.platform.api.Jdbc;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Payments are looked up outside a transaction holding one connection at a time: on a pool of one they are read with
 * their allocations (reading those inside the payment's row mapper asked for a second connection while holding the only one).
 */
class PaymentsOnAPoolOfOneTest {

    @RegisterExtension
    static final BothDatabases DATABASES = new BothDatabases("payments_pool_of_one");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void paymentsAreReadWithTheirAllocationsOnAPoolOfOne(Kind kind) {
        long first = payment(kind, "100.00");
        long second = payment(kind, "50.00");
        Payments payments = new Payments();
        payments.dataSource = PoolOfOne.around(DATABASES.get(kind).dataSource());
        PaymentView one = payments.view(first).orElseThrow();
        assertEquals(yuan("100.00"), one.amount());
        assertEquals(List.of(), one.allocations());
        assertEquals(List.of(first, second), payments.ofUnit("U1").stream().map(PaymentView::id).toList());
    }

    private static long payment(Kind kind, String amount) {
        return Jdbc.insert(DATABASES.get(kind).dataSource(), "insert into insurance.payment (unit_code, received_on, amount, payer, "
                + "recorded_by, recorded_at) values ('U1', ?, ?, 'UNIT', 't', current_timestamp)", LocalDate.of(2016, 7, 15), yuan(amount));
    }
}
