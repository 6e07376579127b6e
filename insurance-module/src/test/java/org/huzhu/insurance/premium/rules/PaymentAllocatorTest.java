package org.huzhu.insurance.premium.rules;

import static org.huzhu.insurance.testing.RulesFixture.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.huzhu.platform.api.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentAllocatorTest {

    private static final LocalDate DAY = LocalDate.of(2016, 8, 1);

    /** Unit U1 with bill OLD (100.00, June), MID (50.00, July) and NEW (30.00, July, issued later). */
    private static UnitAccount account() {
        return UnitAccount.open("U1")
                .withBill(new BillBalance("NEW", "U1", LocalDate.of(2016, 7, 20), yuan("30.00"), yuan("0")))
                .withBill(new BillBalance("OLD", "U1", LocalDate.of(2016, 6, 1), yuan("100.00"), yuan("0")))
                .withBill(new BillBalance("MID", "U1", LocalDate.of(2016, 7, 1), yuan("50.00"), yuan("0")));
    }

    private static Payment pay(String id, String amount) {
        return Payment.byBank(id, "U1", DAY, yuan(amount));
    }

    @ParameterizedTest(name = "{0} yuan oldest first: OLD {1}, MID {2}, NEW {3}, credit {4}")
    @CsvSource({
            "40.00,  PARTIALLY_PAID, UNPAID,         UNPAID,         0.00",
            "100.00, PAID,           UNPAID,         UNPAID,         0.00",
            "120.50, PAID,           PARTIALLY_PAID, UNPAID,         0.00",
            "180.00, PAID,           PAID,           PAID,           0.00",
            "200.01, PAID,           PAID,           PAID,           20.01",
    })
    void paymentGoesToTheOldestOpenBillFirstAndTheRestBecomesCredit(String amount, BillStatus old, BillStatus mid,
                                                                    BillStatus newest, BigDecimal credit) {
        UnitAccount account = account();
        PaymentAllocation allocation = PaymentAllocator.oldestFirst(account, pay("P1", amount));
        account = account.apply(allocation);
        assertEquals(old, account.bill("OLD").orElseThrow().status());
        assertEquals(mid, account.bill("MID").orElseThrow().status());
        assertEquals(newest, account.bill("NEW").orElseThrow().status());
        assertEquals(credit, account.credit());
        assertEquals(yuan(amount), allocation.amount());
    }

    @Test
    void allocationListsEachBillReachedInOrder() {
        PaymentAllocation allocation = PaymentAllocator.oldestFirst(account(), pay("P1", "120.50"));
        assertEquals(List.of(new Allocation("OLD", yuan("100.00")), new Allocation("MID", yuan("20.50"))), allocation.allocations());
        assertEquals(yuan("0.00"), allocation.toCredit());
    }

    @Test
    void aPaymentForAChosenBillPaysOnlyThatBillAndTheExcessBecomesCredit() {
        UnitAccount account = account();
        PaymentAllocation allocation = PaymentAllocator.toBill(account, pay("P1", "45.00"), "NEW");
        assertEquals(List.of(new Allocation("NEW", yuan("30.00"))), allocation.allocations());
        assertEquals(yuan("15.00"), allocation.toCredit());
        account = account.apply(allocation);
        assertEquals(BillStatus.PAID, account.bill("NEW").orElseThrow().status());
        assertEquals(BillStatus.UNPAID, account.bill("OLD").orElseThrow().status());
    }

    @Test
    void aBillIsPaidOnlyWhenFullyCoveredAndOnlyThenIsCoverInForce() {
        UnitAccount account = account().apply(PaymentAllocator.toBill(account(), pay("P1", "29.99"), "NEW"));
        BillBalance bill = account.bill("NEW").orElseThrow();
        assertEquals(BillStatus.PARTIALLY_PAID, bill.status());
        assertEquals(yuan("0.01"), bill.outstanding());
        assertFalse(bill.coverInForce());
        account = account.apply(PaymentAllocator.toBill(account, pay("P2", "0.01"), "NEW"));
        assertTrue(account.bill("NEW").orElseThrow().coverInForce());
    }

    @Test
    void reversingAPaymentProducesNegatedAllocationsAndReopensTheBills() {
        UnitAccount account = account();
        PaymentAllocation payment = PaymentAllocator.oldestFirst(account, pay("P1", "200.00"));
        account = account.apply(payment);
        PaymentAllocation reversal = PaymentAllocator.reverse(account, "P1", DAY.plusDays(3));
        assertTrue(reversal.reversal());
        assertEquals(DAY.plusDays(3), reversal.date());
        assertEquals(List.of(new Allocation("OLD", yuan("-100.00")), new Allocation("MID", yuan("-50.00")),
                new Allocation("NEW", yuan("-30.00"))), reversal.allocations());
        assertEquals(yuan("-20.00"), reversal.toCredit());
        account = account.apply(reversal);
        assertEquals(3, account.openBills().size());
        assertEquals(yuan("0.00"), account.credit());
        assertTrue(account.bills().stream().allMatch(b -> b.status() == BillStatus.UNPAID));
    }

    @Test
    void aPaymentIsReversedOnlyOnce() {
        UnitAccount account = account();
        account = account.apply(PaymentAllocator.oldestFirst(account, pay("P1", "10.00")));
        account = account.apply(PaymentAllocator.reverse(account, "P1", DAY));
        UnitAccount reversed = account;
        assertEquals("premium.payment.alreadyReversed",
                assertThrows(DomainException.class, () -> PaymentAllocator.reverse(reversed, "P1", DAY)).code());
    }

    @Test
    void paidBillsAreSkippedByLaterPayments() {
        UnitAccount account = account();
        account = account.apply(PaymentAllocator.oldestFirst(account, pay("P1", "100.00")));
        PaymentAllocation second = PaymentAllocator.oldestFirst(account, pay("P2", "10.00"));
        assertEquals(List.of(new Allocation("MID", yuan("10.00"))), second.allocations());
    }

    @Test
    void withNoOpenBillTheWholePaymentIsCredit() {
        PaymentAllocation allocation = PaymentAllocator.oldestFirst(UnitAccount.open("U1"), pay("P1", "12.34"));
        assertEquals(List.of(), allocation.allocations());
        assertEquals(yuan("12.34"), allocation.toCredit());
    }

    @Test
    void refusedPayments() {
        UnitAccount account = account();
        UnitAccount paid = account.apply(PaymentAllocator.toBill(account, pay("P1", "30.00"), "NEW"));
        assertEquals("premium.payment.twice",
                assertThrows(DomainException.class, () -> PaymentAllocator.oldestFirst(paid, pay("P1", "1.00"))).code());
        assertEquals("premium.payment.billPaid",
                assertThrows(DomainException.class, () -> PaymentAllocator.toBill(paid, pay("P2", "1.00"), "NEW")).code());
        assertEquals("premium.payment.unknownBill",
                assertThrows(DomainException.class, () -> PaymentAllocator.toBill(paid, pay("P2", "1.00"), "NOPE")).code());
        assertEquals("premium.payment.unknown",
                assertThrows(DomainException.class, () -> PaymentAllocator.reverse(paid, "P9", DAY)).code());
        for (String amount : new String[] {"0", "-5.00", "1.001"}) {
            assertEquals("premium.payment.amount", assertThrows(DomainException.class, () -> pay("P3", amount)).code());
        }
    }
}
