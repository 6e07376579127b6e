package org.huzhu.insurance.ledger;

import static org.huzhu.insurance.ledger.Posting.credit;
import static org.huzhu.insurance.ledger.Posting.debit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The postings chart: the entries premium and benefit events make, and the only place they are made (every posting
 * of the application is built here and written by {@link JournalStore}). Written premium goes to the unearned
 * premium reserve first: nothing is earned when a bill is issued (cover may start later, and an unpaid enrolment
 * is void from its start), so the whole bill is credited to the UPR and released to earned premium month by month
 * as cover is given.
 *
 * <pre>
 * bill issued          Dr PREMIUM_RECEIVABLE           Cr UNEARNED_PREMIUM_RESERVE   bill total
 * payment received     Dr BANK (or HARDSHIP_FUND)      Cr PREMIUM_RECEIVABLE         allocated to bills
 *                                                      Cr UNIT_CREDIT                overpayment
 * payment reversed     the payment entry reversed ({@link JournalStore#reverse})
 * credit applied       Dr UNIT_CREDIT                  Cr PREMIUM_RECEIVABLE         credit set against a bill
 * monthly earning      Dr UNEARNED_PREMIUM_RESERVE     Cr EARNED_PREMIUM             earned in the month
 * bill lapsed          Dr UNEARNED_PREMIUM_RESERVE     the bill total
 *                                                      Cr PREMIUM_RECEIVABLE         what was still owed
 *                                                      Cr UNIT_CREDIT                what it had received
 * member left          Dr UNEARNED_PREMIUM_RESERVE     the member's UPR left (premium − earned posted)
 *                                                      Cr REFUNDS_PAYABLE            refund
 *                                                      Cr EARNED_PREMIUM             the rest, earned at once
 * benefits paid        Dr CLAIMS_EXPENSE               Cr BANK                       the lines a bank return confirms paid
 * paid claim reversed  Dr RECOVERIES_RECEIVABLE        Cr CLAIMS_EXPENSE             what the claim had been paid
 * </pre>
 * A benefit is booked when the bank confirms it paid, not when it is approved or put in a payment batch: until then it
 * is a case reserve of the actuarial summary, which values it (a line the bank returns as failed was never paid and
 * posts nothing).
 * Zero amounts are left out; an event whose amounts are all zero makes no entry.
 */
public final class PostingsChart {

    private PostingsChart() {
    }

    public static EntryDraft billIssued(LocalDate issuedOn, String billReference, BigDecimal total) {
        return new EntryDraft(issuedOn, EntryKind.BILL_ISSUED, billReference, List.of(
                debit(Account.PREMIUM_RECEIVABLE, total), credit(Account.UNEARNED_PREMIUM_RESERVE, total)));
    }

    /** A payment received from the bank or the hardship fund: what went to bills, and the rest to the unit's credit. */
    public static EntryDraft paymentReceived(LocalDate receivedOn, String paymentReference, boolean fromHardshipFund,
                                             BigDecimal toBills, BigDecimal toCredit) {
        List<Posting> postings = new ArrayList<>();
        postings.add(debit(fromHardshipFund ? Account.HARDSHIP_FUND : Account.BANK, toBills.add(toCredit)));
        addIfNonZero(postings, Account.PREMIUM_RECEIVABLE, Side.CREDIT, toBills);
        addIfNonZero(postings, Account.UNIT_CREDIT, Side.CREDIT, toCredit);
        return new EntryDraft(receivedOn, EntryKind.PAYMENT_RECEIVED, paymentReference, postings);
    }

    /** Credit the unit holds set against one of its bills. */
    public static EntryDraft creditApplied(LocalDate on, String billReference, BigDecimal used) {
        return new EntryDraft(on, EntryKind.CREDIT_APPLIED, billReference, List.of(debit(Account.UNIT_CREDIT, used),
                credit(Account.PREMIUM_RECEIVABLE, used)));
    }

    /** Premium earned (by a month's run over a range of enrolments), dated the month's last day. */
    public static Optional<EntryDraft> earned(LocalDate monthEnd, String reference, BigDecimal earned) {
        if (earned.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new EntryDraft(monthEnd, EntryKind.PREMIUM_EARNED, reference, List.of(
                debit(Account.UNEARNED_PREMIUM_RESERVE, earned), credit(Account.EARNED_PREMIUM, earned))));
    }

    /**
     * A bill not paid in full by its payment date lapses: its enrolments are void from their start, so its whole
     * amount leaves the reserve; what was still owed leaves the receivable and what it had received goes to the
     * unit's credit.
     */
    public static EntryDraft billLapsed(LocalDate on, String billReference, BigDecimal total, BigDecimal paid) {
        List<Posting> postings = new ArrayList<>();
        postings.add(debit(Account.UNEARNED_PREMIUM_RESERVE, total));
        addIfNonZero(postings, Account.PREMIUM_RECEIVABLE, Side.CREDIT, total.subtract(paid));
        addIfNonZero(postings, Account.UNIT_CREDIT, Side.CREDIT, paid);
        return new EntryDraft(on, EntryKind.ENROLMENT_VOIDED, billReference, postings);
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

    /** Benefits a bank return confirmed paid (the sum of its paid lines), dated the day the return was applied. */
    public static Optional<EntryDraft> benefitsPaid(LocalDate on, String batchReference, BigDecimal paid) {
        if (paid.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new EntryDraft(on, EntryKind.BENEFITS_PAID, batchReference, List.of(
                debit(Account.CLAIMS_EXPENSE, paid), credit(Account.BANK, paid))));
    }

    /** A claim reversed after it was paid: what it was paid is taken back from the expense and is to be recovered. */
    public static Optional<EntryDraft> benefitReversed(LocalDate on, String claimReference, BigDecimal paid) {
        if (paid.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new EntryDraft(on, EntryKind.BENEFIT_REVERSED, claimReference, List.of(
                debit(Account.RECOVERIES_RECEIVABLE, paid), credit(Account.CLAIMS_EXPENSE, paid))));
    }

    private static void addIfNonZero(List<Posting> postings, Account account, Side side, BigDecimal amount) {
        if (amount.signum() != 0) {
            postings.add(new Posting(account, side, amount));
        }
    }
}
