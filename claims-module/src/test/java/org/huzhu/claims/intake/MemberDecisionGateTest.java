package org.huzhu.claims.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemberDecisionGateTest {

    @Test
    void onlyTheLimitOfDecisionsOnOneMembersPlanYearRunAtOnceAndOthersMembersAreNotHeldUp() {
        String hot = "1/WORKING_INPATIENT/2026-01-01";
        assertTrue(MemberDecisionGate.enter(hot, 2));
        assertTrue(MemberDecisionGate.enter(hot, 2));
        assertFalse(MemberDecisionGate.enter(hot, 2), "a third decision on the same member's year is told to try again");
        assertTrue(MemberDecisionGate.enter("2/WORKING_INPATIENT/2026-01-01", 2), "another member is not held up");
        MemberDecisionGate.leave(hot);
        assertTrue(MemberDecisionGate.enter(hot, 2), "a place freed is taken again");
        MemberDecisionGate.leave(hot);
        MemberDecisionGate.leave(hot);
        MemberDecisionGate.leave("2/WORKING_INPATIENT/2026-01-01");
        assertTrue(MemberDecisionGate.enter(hot, 1));
        assertFalse(MemberDecisionGate.enter(hot, 1));
        MemberDecisionGate.leave(hot);
    }
}
