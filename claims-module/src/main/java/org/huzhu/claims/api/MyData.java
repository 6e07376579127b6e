package org.huzhu.claims.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.huzhu.insurance.api.enrolment.CoverageView;
import org.huzhu.members.api.MemberView;
import org.huzhu.members.api.access.Caller;

/**
 * A member's own data, to take away: their profile, their cover today, and every claim with its assessment, history and
 * the list of its documents. Only a member, and only their own; each export is in the read log.
 */
public interface MyData {

    Export export(Caller caller, Locale locale);

    /** Everything Huzhu keeps about the member that a person reads (documents listed, not their scans). */
    record Export(Instant exportedAt, MemberView profile, List<CoverageView> cover, List<ClaimWithHistory> claims) {
    }

    /** A claim with the changes of its status. */
    record ClaimWithHistory(ClaimRequests.ClaimView claim, List<ClaimRequests.EventView> history) {
    }
}
