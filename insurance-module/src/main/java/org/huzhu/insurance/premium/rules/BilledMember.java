package org.huzhu.insurance.premium.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member on a unit's enrolment list as the bill sees them: shares held, first day of cover (the period
 * start, or later for a mid-period joiner), and whether the union's hardship fund pays the member's share.
 */
public record BilledMember(String memberId, int shares, LocalDate coverStart, boolean hardship) {

    public BilledMember {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(coverStart, "coverStart");
    }
}
