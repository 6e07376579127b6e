package org.huzhu.claims.intake;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import javax.sql.DataSource;

import org.huzhu.claims.api.assessment.AssessmentReason;
import org.huzhu.claims.api.assessment.ClaimType;
import org.huzhu.claims.api.assessment.ReasonCode;
import org.huzhu.claims.intake.rules.ClaimsProblem;
import org.huzhu.platform.api.Jdbc;

/**
 * Another live claim of the same member for a stay whose days overlap this one's (admission to discharge, both ends
 * included), in any plan: the same stay claimed twice under different invoices, or a data error. Such a claim is not
 * refused but goes to a second review with the reason.
 */
@ApplicationScoped
public class OverlappingStays {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    /** The earliest other stay of the member overlapping this claim's, as a reason for review. */
    public Optional<AssessmentReason> of(ClaimRow claim) {
        if (claim.type() != ClaimType.INPATIENT) {
            return Optional.empty();
        }
        return Jdbc.queryOne(dataSource, "select id, service_date, end_date from claims.claim where member_id = ? and id <> ? "
                        + "and claim_type = 'INPATIENT' and status not in ('REJECTED', 'REFUSED', 'WITHDRAWN') "
                        + "and service_date <= ? and end_date >= ? order by id fetch first 1 rows only",
                row -> AssessmentReason.of(ReasonCode.OVERLAPPING_STAY, (Object) ClaimsProblem.reference(row.getLong(1)),
                        row.getDate(2).toLocalDate(), row.getDate(3).toLocalDate()),
                claim.memberId(), claim.id(), claim.endDate(), claim.serviceDate());
    }
}
