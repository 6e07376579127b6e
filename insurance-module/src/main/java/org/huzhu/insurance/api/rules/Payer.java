package org.huzhu.insurance.api.rules;

/** Who pays a part of the premium: the employer, the union, the member, or the union's hardship fund. */
public enum Payer {
    UNIT, UNION, MEMBER, HARDSHIP_FUND
}
