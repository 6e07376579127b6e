package org.huzhu.insurance.ledger;

import static org.huzhu.insurance.ledger.Posting.credit;
import static org.huzhu.insurance.ledger.Posting.debit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.huzhu.insurance.premium.PaymentAllocation;
import org.huzhu.insurance.premium.PaymentSource;
import org.huzhu.insurance.premium.PremiumBill;

/**
 * The entries premium events make. Written premium goes to the unearned premium reserve first: nothing is
 * earned when a bill is issued (cover may start later, and an unpaid enrolment is void from its start), so
 * the whole bill is credited to the UPR and released to earned premium month by month as cover is given.
 * Written premium for a month is read from the bill entries ({@link Journal#writtenPremium}).
 *
 * <pre>
 * bill issued          Dr PREMIUM_RECEIVABLE           Cr UNEARNED_PREMIUM_RESERVE   bill total
 * payment received     Dr BANK (or HARDSHIP_FUND)      Cr PREMIUM_RECEIVABLE         allocated to bills
 *                                                      Cr UNIT_CREDIT                overpayment
 * payment reversed     the payment entry reversed ({@link Journal#reverse})
 * monthly earning      Dr UNEARNED_PREMIUM_RESERVE     Cr EARNED_PREMIUM             earned in the month
 * enrolment voided     Dr UNEARNED_PREMIUM_RESERVE     Cr PREMIUM_RECEIVABLE         the lapsed line's amount
 * member left          Dr UNEARNED_PREMIUM_RESERVE     the member's UPR left (premium − earned posted)
 *                                                      Cr REFUNDS_PAYABLE            refund
 *                                                      Cr EARNED_PREMIUM             the rest, earned at once
 * refund paid          Dr REFUNDS_PAYABLE              Cr BANK (or UNIT_CREDIT)      refund
 * </pre>
 * Zero amounts are left out; an event whose amounts are all zero makes no entry.
 */
public final class PremiumPostings {

    private PremiumPostings() {
    }

    public static EntryDraft billIssued(PremiumBill bill) {
        return new EntryDraft(bill.issuedOn(), EntryKind.BILL_ISSUED, bill.billId(), List.of(
                debit(Account.PREMIUM_RECEIVABLE, bill.total()), credit(Account.UNEARNED_PREMIUM_RESERVE, bill.total())));
    }

    public static EntryDraft paymentReceived(PaymentAllocation allocation) {
        if (allocation.reversal()) {
            throw new IllegalArgumentException("Post a reversal with Journal.reverse of the payment's entry");
        }
        Account source = allocation.source() == PaymentSource.BANK ? Account.BANK : Account.HARDSHIP_FUND;
        List<Posting> postings = new ArrayList<>();
        postings.add(debit(source, allocation.amount()));
        addIfNonZero(postings, Account.PREMIUM_RECEIVABLE, Side.CREDIT, allocation.toBills());
        addIfNonZero(postings, Account.UNIT_CREDIT, Side.CREDIT, allocation.toCredit());
        return new EntryDraft(allocation.date(), EntryKind.PAYMENT_RECEIVED, allocation.paymentId(), postings);
    }

    /** Premium earned in a month (the sum of the enrolments' {@code EarnedPremium.earnedIn}), dated its last day. */
    public static Optional<EntryDraft> earned(YearMonth month, BigDecimal earned) {
        if (earned.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new EntryDraft(month.atEndOfMonth(), EntryKind.PREMIUM_EARNED, month.toString(), List.of(
                debit(Account.UNEARNED_PREMIUM_RESERVE, earned), credit(Account.EARNED_PREMIUM, earned))));
    }

    /** A lapsed enrolment's line is taken off: the premium was never owed. */
    public static EntryDraft enrolmentVoided(LocalDate on, String reference, BigDecimal lineAmount) {
        return new EntryDraft(on, EntryKind.ENROLMENT_VOIDED, reference, List.of(
                debit(Account.UNEARNED_PREMIUM_RESERVE, lineAmount), credit(Account.PREMIUM_RECEIVABLE, lineAmount)));
    }

    /**
     * A member left or died: their whole remaining UPR is released, the refund to refunds payable and the rest
     * to earned premium (the cover has ended). Should the refund exceed the UPR left, the difference is
     * debited to earned premium.
     */
    public static Optional<EntryDraft> memberLeft(LocalDate lastDayOfCover, String reference, BigDecimal unearnedLeft,
                                                  BigDecimal refund) {
        List<Posting> postings = new ArrayList<>();
        addIfNonZero(postings, Account.UNEARNED_PREMIUM_RESERVE, Side.DEBIT, unearnedLeft);
        addIfNonZero(postings, Account.REFUNDS_PAYABLE, Side.CREDIT, refund);
        BigDecimal earnedAtOnce = unearnedLeft.subtract(refund);
        addIfNonZero(postings, Account.EARNED_PREMIUM, earnedAtOnce.signum() > 0 ? Side.CREDIT : Side.DEBIT, earnedAtOnce.abs());
        return postings.isEmpty() ? Optional.empty()
                : Optional.of(new EntryDraft(lastDayOfCover, EntryKind.MEMBER_LEFT, reference, postings));
    }

    public static EntryDraft refundPaid(LocalDate on, String reference, BigDecimal refund, boolean toUnitCredit) {
        return new EntryDraft(on, EntryKind.REFUND_PAID, reference, List.of(debit(Account.REFUNDS_PAYABLE, refund),
                credit(toUnitCredit ? Account.UNIT_CREDIT : Account.BANK, refund)));
    }

    private static void addIfNonZero(List<Posting> postings, Account account, Side side, BigDecimal amount) {
        if (amount.signum() != 0) {
            postings.add(new Posting(account, side, amount));
        }
    }
}
