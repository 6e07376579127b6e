package org.huzhu.insurance.ledger;

/**
 * The accounts of the association's journal, with the side on which each normally carries its balance: premium
 * accounting and the benefits paid to members. There is no separate written-premium account: see
 * {@link PostingsChart} for why written premium goes to the unearned premium reserve first.
 */
public enum Account {
    /** Premium billed to units and not yet paid (asset). */
    PREMIUM_RECEIVABLE(Side.DEBIT),
    /** The association's bank account (asset). */
    BANK(Side.DEBIT),
    /** Premium written but not yet earned: the cover still to be given (liability). */
    UNEARNED_PREMIUM_RESERVE(Side.CREDIT),
    /** Premium earned by cover given, pro rata by day (income). */
    EARNED_PREMIUM(Side.CREDIT),
    /** Refunds owed to leavers and not yet paid out (liability). */
    REFUNDS_PAYABLE(Side.CREDIT),
    /** The union hardship fund held in the association's books, which pays hardship members' shares (liability). */
    HARDSHIP_FUND(Side.CREDIT),
    /** Units' overpayments, owed back or to be set against later bills (liability). */
    UNIT_CREDIT(Side.CREDIT),
    /** Benefits paid to members, as the bank confirmed them, less what reversed claims take back (expense). */
    CLAIMS_EXPENSE(Side.DEBIT),
    /** Benefits paid on claims reversed since, to be recovered from the payee (asset). */
    RECOVERIES_RECEIVABLE(Side.DEBIT);

    private final Side normalSide;

    Account(Side normalSide) {
        this.normalSide = normalSide;
    }

    public Side normalSide() {
        return normalSide;
    }
}
