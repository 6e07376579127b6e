package org.huzhu.insurance.enrolment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;

import org.huzhu.members.api.MemberEventKind;
import org.huzhu.members.api.MemberStatusChanged;
import org.huzhu.platform.api.Jdbc;

/**
 * A member who leaves the unit or dies keeps cover up to and including that day; enrolments that had not
 * started yet end without ever being in force. Retirement changes nothing here: working plans run to the end
 * of their period and the next renewal leaves the retiree out.
 */
@ApplicationScoped
public class MemberDepartures {

    @Resource(lookup = "jdbc/huzhu")
    DataSource dataSource;

    void onStatusChange(@Observes MemberStatusChanged change) {
        if (change.kind() != MemberEventKind.LEFT_UNIT && change.kind() != MemberEventKind.DIED) {
            return;
        }
        String reason = change.kind().name();
        Jdbc.update(dataSource, "update insurance.enrolment set status = 'ENDED', ended_on = ?, ended_reason = ?, "
                + "cover_end = case when cover_start > ? then cover_start else ? end "
                + "where member_id = ? and status = 'ACTIVE' and cover_end >= ?", change.effectiveDate(), reason,
                change.effectiveDate(), change.effectiveDate(), change.memberId(), change.effectiveDate());
    }
}
